/** English, namespace `common`: the source catalog; French and Dutch follow its keys. */
export const common = {} as const;
