/** English, namespace `cli`: the source catalog; French and Dutch follow its keys. */
export const cli = {} as const;
