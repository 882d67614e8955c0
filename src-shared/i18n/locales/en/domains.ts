/** English, namespace `domains`: the source catalog; French and Dutch follow its keys. */
export const domains = {} as const;
