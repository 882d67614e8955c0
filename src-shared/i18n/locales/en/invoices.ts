/** English, namespace `invoices`: the source catalog; French and Dutch follow its keys. */
export const invoices = {} as const;
