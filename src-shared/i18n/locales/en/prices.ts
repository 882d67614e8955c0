/** English, namespace `prices`: the source catalog; French and Dutch follow its keys. */
export const prices = {} as const;
