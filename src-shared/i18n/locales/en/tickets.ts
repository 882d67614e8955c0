/** English, namespace `tickets`: the source catalog; French and Dutch follow its keys. */
export const tickets = {} as const;
