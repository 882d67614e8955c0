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
  /** A failure's sentence, from its code (src-shared/result.ts ERROR_CODES) and values. */
  code: {
    'no-provider-connected':
      'No provider is connected yet. Connect one in Settings or use the demo provider.',
    'profile-not-found': 'That profile no longer exists.',
    'credentials-not-stored':
      "The credentials could not be stored in the system's secret store, so the profile was not added.",
    'credentials-in-cleartext':
      'The API address must start with https:// so the credentials are not sent in clear text.',
    'auth-refused': 'The provider did not accept the credentials. Check them in Settings.',
    'ip-not-allowed':
      "The provider does not allow API access from this IP address. Add it to the API's allowed addresses at the provider.",
    'provider-unreachable': 'The provider cannot be reached. Check the connection and try again.',
    'rate-limited': 'The provider asked to slow down. Try again in a moment.',
    'invalid-input': 'The request was not valid.',
    'unknown-channel': 'This version of Hostdeck does not know that request.',
    'invalid-reply': 'Hostdeck produced an invalid reply. The details are in the log file.',
    'internal-error': 'Something went wrong inside Hostdeck. The details are in the log file.',
    'local-server-unreachable': "Hostdeck's local server cannot be reached. Is it still running?",
    'local-server-bad-reply': "Hostdeck's local server sent an unexpected reply.",
    'invoice-not-cached':
      'Invoice {{invoice}} is not in the cache. It may not be synced yet, or it was removed at the provider.',
    'pdf-not-cached':
      'The PDF of invoice {{invoice}} is not cached yet and the provider cannot be reached.',
    'invoice-nothing-to-pay': 'Invoice {{invoice}} has nothing left to pay.',
    'demo-no-payment-page': 'The demo provider has no payment page to open.',
    'service-not-cached':
      'This service is not in the cache. It may not be synced yet, or it was removed at the provider.',
    'sso-unsupported': 'This provider offers no single sign-on into the control panel.',
    'link-refused':
      "Hostdeck did not open this link: it does not lead to the provider's own site over https.",
    'domain-not-cached':
      'This domain is not in the cache. It may have been removed at the provider.',
    'auto-renew-unsupported':
      "This provider's API cannot switch auto-renew. Change it in the provider's control panel.",
    'renew-in-combell-panel':
      "Renew {{domain}} in the Combell control panel; Combell's API cannot renew domains.",
    'renew-no-address': 'This provider has no web address to renew domains at.',
    'alert-not-active': 'This alert is no longer active. The domain may have been renewed.',
    'alert-not-snoozable': 'Only domain alerts can be snoozed. Acknowledge this one instead.',
    'snooze-date-past': 'Choose a date after today to snooze until.',
    'ticket-not-cached':
      'This ticket is not in the cache. Sync first; it may also have been removed at the provider.',
    'ticket-not-found': 'Ticket {{ticket}} is neither in the cache nor at the provider.',
    'department-unknown': 'The provider has no department “{{department}}”.',
    'related-not-cached': 'The item to link the ticket to is not in the cache. Sync first.',
    'outbox-item-not-found': 'This outbox item is gone.',
    'outbox-not-retryable': 'Only a failed item can be sent again.',
    'outbox-not-discardable': 'Only a queued or failed item can be discarded.',
    'currency-invalid': '“{{currency}}” is not a currency code such as EUR.',
    'currency-mismatch':
      'The prices are in {{current}}. Give every price again to switch the list to {{currency}}.'
  },
  withDetail: '{{reason}} ({{detail}})'
} as const;
