/** English, namespace `onboarding`: the source catalog; French and Dutch follow its keys. */
export const onboarding = {} as const;
