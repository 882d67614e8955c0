/** English, namespace `dashboard`: the source catalog; French and Dutch follow its keys. */
export const dashboard = {} as const;
