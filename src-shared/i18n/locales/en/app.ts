/** English, namespace `app`: the source catalog; French and Dutch follow its keys. */
export const app = {} as const;
