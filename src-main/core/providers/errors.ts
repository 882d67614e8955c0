/**
 * Typed provider errors. Core code throws these; the contract boundary turns them into
 * `{ ok:false, error:{ kind, message } }` with toAppError (src-main/core/errors.ts), which reads
 * the `kind` (and `retryAfterSeconds`) each class fixes.
 */
import type { ErrorKind } from '@shared/result';

/** Base class of every error an adapter or the HTTP layer throws on purpose. */
export abstract class ProviderAdapterError extends Error {
  abstract readonly kind: ErrorKind;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Credentials rejected (WHMCS "Authentication Failed", REST 401, bad second factor). */
export class AuthError extends ProviderAdapterError {
  readonly kind = 'auth' as const;
  /** What failed, for the screen's words (src-shared/result.ts ERROR_CODES). */
  readonly code = 'auth-refused' as const;
}

/** The provider refuses our IP (WHMCS "Invalid IP x.x.x.x", REST 403). */
export class IpNotAllowedError extends ProviderAdapterError {
  readonly kind = 'ip-not-allowed' as const;
  /** What failed, for the screen's words (src-shared/result.ts ERROR_CODES). */
  readonly code = 'ip-not-allowed' as const;
}

/** Too many requests; retry after the given number of seconds when known. */
export class RateLimitedError extends ProviderAdapterError {
  readonly kind = 'rate-limited' as const;
  /** What failed, for the screen's words (src-shared/result.ts ERROR_CODES). */
  readonly code = 'rate-limited' as const;

  constructor(
    readonly retryAfterSeconds: number | null,
    message = 'The provider is rate limiting requests'
  ) {
    super(message);
  }
}

/** The requested record does not exist (or is not this client's). */
export class NotFoundError extends ProviderAdapterError {
  readonly kind = 'not-found' as const;
}

/** The provider rejected our input (missing or invalid field). */
export class ValidationError extends ProviderAdapterError {
  readonly kind = 'invalid-input' as const;
}

/** The provider reported an error we have no finer class for; `providerMessage` is its text. */
export class ProviderError extends ProviderAdapterError {
  readonly kind = 'provider' as const;

  constructor(
    message: string,
    readonly providerMessage: string | null = null,
    options?: { cause?: unknown }
  ) {
    super(message, options);
  }
}

/** The reply is not what the protocol promises: not JSON, truncated, HTML, unknown shape. */
export class ProtocolError extends ProviderAdapterError {
  readonly kind = 'provider' as const;
}

/** The provider could not be reached: DNS, refused connection, reset, timeout, open circuit. */
export class NetworkError extends ProviderAdapterError {
  readonly kind = 'offline' as const;
  /** What failed, for the screen's words (src-shared/result.ts ERROR_CODES). */
  readonly code = 'provider-unreachable' as const;

  constructor(
    message: string,
    readonly reason: 'network' | 'timeout' | 'circuit-open' = 'network',
    options?: { cause?: unknown }
  ) {
    super(message, options);
  }
}

/** Login needs a second factor; finish it with completeSecondFactor(challenge, code). */
export class SecondFactorRequiredError extends ProviderAdapterError {
  readonly kind = 'auth' as const;

  constructor(
    readonly challenge: string,
    message = 'The provider asks for a second factor to finish login'
  ) {
    super(message);
  }
}

/** The provider (or this connection mode) does not offer the operation; see capabilities(). */
export class UnsupportedError extends ProviderAdapterError {
  readonly kind = 'unsupported' as const;
}
