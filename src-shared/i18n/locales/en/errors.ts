/** English, namespace `errors`: the source catalog; French and Dutch follow its keys. */
export const errors = {} as const;
