/** English, namespace `errors`: the source catalog; French and Dutch follow its keys. */
export const errors = {
  /** Why something failed, from the error's kind (src-shared/result.ts), as a reason clause. */
  kind: {
    auth: 'the provider did not accept the credentials',
    'ip-not-allowed': 'the provider does not allow API access from this IP address',
    offline: 'the provider cannot be reached',
    'rate-limited': 'the provider asked to slow down; Hostdeck will try again later',
    'invalid-input': 'the request was not valid',
    'not-found': 'the provider did not find what was asked for',
    conflict: 'the data changed at the provider in the meantime',
    provider: 'the provider answered with an error',
    unsupported: 'the provider does not offer this',
    forbidden: 'the provider refused this',
    internal: 'Hostdeck hit an unexpected error'
  },
  /** A reason followed by the provider's or the system's own words. */
  withDetail: '{{reason}} ({{detail}})'
} as const;
