/**
 * The result envelope every contract call returns.
 *
 * Errors are values at the contract boundary: a closed set of kinds the UI can turn into
 * clear messages, plus a human-readable message. Electron only forwards `message` across
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

export interface AppError {
  readonly kind: ErrorKind;
  readonly message: string;
  /** Seconds after which a retry makes sense (rate-limited). */
  readonly retryAfterSeconds?: number;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** Wraps a value in a success envelope. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failure envelope. */
export function err(kind: ErrorKind, message: string, retryAfterSeconds?: number): Result<never> {
  return {
    ok: false,
    error:
      retryAfterSeconds === undefined ? { kind, message } : { kind, message, retryAfterSeconds }
  };
}
