/** English, namespace `alerts`: the source catalog; French and Dutch follow its keys. */
export const alerts = {} as const;
