/** English, namespace `usage`: the source catalog; French and Dutch follow its keys. */
export const usage = {} as const;
