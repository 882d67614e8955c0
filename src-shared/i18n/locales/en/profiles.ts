/** English, namespace `profiles`: the source catalog; French and Dutch follow its keys. */
export const profiles = {} as const;
