/**
 * Typed failures inside core, and their translation to the contract's error envelope.
 */
import { ERROR_KINDS, type AppError, type ErrorKind } from '../../src-shared/result';

/** A failure core raises on purpose; its kind reaches the UI unchanged. */
export class AppFailure extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly retryAfterSeconds?: number
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}

function isErrorKind(value: unknown): value is ErrorKind {
  return typeof value === 'string' && (ERROR_KINDS as readonly string[]).includes(value);
}

/**
 * Turns anything thrown into a contract error. Typed failures (ours or the provider layer's,
 * which carry a `kind`) keep their kind and message; anything else is an internal error whose
 * message is generic, so stack details and secrets never reach the renderer.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof Error && 'kind' in error && isErrorKind((error as { kind: unknown }).kind)) {
    const retry = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    const kind = (error as { kind: ErrorKind }).kind;
    return typeof retry === 'number'
      ? { kind, message: error.message, retryAfterSeconds: retry }
      : { kind, message: error.message };
  }
  return {
    kind: 'internal',
    message: 'Something went wrong inside Hostdeck. The details are in the log file.'
  };
}
