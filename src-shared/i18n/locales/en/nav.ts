/** English, namespace `nav`: the source catalog; French and Dutch follow its keys. */
export const nav = {} as const;
