import { describe, expect, it } from 'vitest';
import {
  AuthError,
  IpNotAllowedError,
  NetworkError,
  NotFoundError,
  ProtocolError,
  ProviderError,
  RateLimitedError,
  SecondFactorRequiredError,
  UnsupportedError,
  ValidationError
} from '../../../../src-main/core/providers/errors';
import { toAppError } from '../../../../src-main/core/errors';
import { ERROR_KINDS } from '../../../../src-shared/result';

describe('provider errors', () => {
  it('give every class a contract error kind', () => {
    const errors = [
      new AuthError('a'),
      new IpNotAllowedError('b'),
      new RateLimitedError(5),
      new NotFoundError('c'),
      new ValidationError('d'),
      new ProviderError('e'),
      new ProtocolError('f'),
      new NetworkError('g'),
      new SecondFactorRequiredError('ch'),
      new UnsupportedError('h')
    ];
    expect(errors.map((e) => e.kind)).toEqual([
      'auth',
      'ip-not-allowed',
      'rate-limited',
      'not-found',
      'invalid-input',
      'provider',
      'provider',
      'offline',
      'auth',
      'unsupported'
    ]);
    for (const e of errors) expect(ERROR_KINDS).toContain(e.kind);
    expect(errors[0]?.name).toBe('AuthError');
  });

  it('become contract errors with the retry hint kept, through the core converter', () => {
    expect(toAppError(new RateLimitedError(30))).toEqual({
      kind: 'rate-limited',
      message: 'The provider is rate limiting requests',
      retryAfterSeconds: 30
    });
    expect(toAppError(new RateLimitedError(30))).toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 30
    });
    expect(toAppError(new NetworkError('down'))).toEqual({ kind: 'offline', message: 'down' });
    expect(toAppError(new Error('boom'))).toMatchObject({ kind: 'internal' });
    expect(toAppError(new SecondFactorRequiredError('ch'))).toMatchObject({ kind: 'auth' });
  });
});
