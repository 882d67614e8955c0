/** English, namespace `services`: the source catalog; French and Dutch follow its keys. */
export const services = {} as const;
