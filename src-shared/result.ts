/**
 * The result envelope every contract call returns.
 *
 * Errors are values at the contract boundary: a closed set of kinds the UI can turn into
 * clear messages, plus a human-readable message; invalid input also lists its issues (path,
 * message) so a form marks the right fields without reading the message. Electron only forwards `message` across
 * `invoke`, so the envelope is how structured errors survive IPC.
 */
export const ERROR_KINDS = [
  'auth',
  'ip-not-allowed',
  'offline',
  'rate-limited',
  'invalid-input',
  'not-found',
  'conflict',
  'provider',
  'unsupported',
  'forbidden',
  'internal'
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * What exactly failed, for the screen to say in the chosen language (src-shared/i18n/error-text.ts,
 * namespace `errors`, `code.*`). Closed: a code is added here and in the three catalogs together.
 * The envelope's English `message` stays for logs and JSON consumers.
 */
export const ERROR_CODES = [
  'no-provider-connected',
  'profile-not-found',
  'credentials-not-stored',
  'credentials-in-cleartext',
  'auth-refused',
  'ip-not-allowed',
  'provider-unreachable',
  'rate-limited',
  'invalid-input',
  'unknown-channel',
  'invalid-reply',
  'internal-error',
  'local-server-unreachable',
  'local-server-bad-reply',
  'invoice-not-cached',
  'pdf-not-cached',
  'invoice-nothing-to-pay',
  'demo-no-payment-page',
  'service-not-cached',
  'sso-unsupported',
  'link-refused',
  'domain-not-cached',
  'auto-renew-unsupported',
  'renew-in-combell-panel',
  'renew-no-address',
  'alert-not-active',
  'alert-not-snoozable',
  'snooze-date-past',
  'ticket-not-cached',
  'ticket-not-found',
  'department-unknown',
  'related-not-cached',
  'outbox-item-not-found',
  'outbox-not-retryable',
  'outbox-not-discardable',
  'currency-invalid',
  'currency-mismatch'
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The facts a code's sentence needs (an invoice number, a domain, a currency…). */
export type ErrorValues = Readonly<Record<string, string | number>>;

/**
 * One refused value of an `invalid-input` failure: where it sits in the input (`['quietHours',
 * 'start']`) and the schema's (English) reason. Forms mark the field at `path` invalid.
 */
export interface InputIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export interface AppError {
  readonly kind: ErrorKind;
  readonly message: string;
  /** Seconds after which a retry makes sense (rate-limited). */
  readonly retryAfterSeconds?: number;
  /** What failed, for the screen's words; absent where only the kind is known. */
  readonly code?: ErrorCode;
  /** The values the code's sentence needs. */
  readonly values?: ErrorValues;
  /** `invalid-input` only: each refused value, by its path in the input. */
  readonly issues?: readonly InputIssue[];
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** Wraps a value in a success envelope. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Builds a failure envelope; `coded` adds the code and values the screen words, and for invalid
 * input the issues a form maps to its fields.
 */
export function err(
  kind: ErrorKind,
  message: string,
  retryAfterSeconds?: number,
  coded?: {
    readonly code: ErrorCode;
    readonly values?: ErrorValues;
    readonly issues?: readonly InputIssue[];
  }
): Result<never> {
  return {
    ok: false,
    error: {
      kind,
      message,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      ...(coded === undefined ? {} : { code: coded.code }),
      ...(coded?.values === undefined ? {} : { values: coded.values }),
      ...(coded?.issues === undefined ? {} : { issues: coded.issues })
    }
  };
}
