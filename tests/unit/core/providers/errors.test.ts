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
} from '@main/core/providers/errors';
import { AppFailure, toAppError } from '@main/core/errors';
import { ERROR_KINDS } from '@shared/result';

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
      retryAfterSeconds: 30,
      code: 'rate-limited'
    });
    expect(toAppError(new RateLimitedError(30))).toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 30
    });
    expect(toAppError(new NetworkError('down'))).toEqual({
      kind: 'offline',
      message: 'down',
      code: 'provider-unreachable'
    });
    expect(toAppError(new Error('boom'))).toMatchObject({
      kind: 'internal',
      code: 'internal-error'
    });
    expect(toAppError(new SecondFactorRequiredError('ch'))).toMatchObject({ kind: 'auth' });
  });
});

describe('core failures', () => {
  it('reach the contract with their code and values next to the English message', () => {
    expect(
      toAppError(
        new AppFailure('not-found', 'Invoice 7 is not in the cache.', {
          code: 'invoice-not-cached',
          values: { invoice: '7' }
        })
      )
    ).toEqual({
      kind: 'not-found',
      message: 'Invoice 7 is not in the cache.',
      code: 'invoice-not-cached',
      values: { invoice: '7' }
    });
    expect(toAppError(new AppFailure('rate-limited', 'slow down', 12))).toEqual({
      kind: 'rate-limited',
      message: 'slow down',
      retryAfterSeconds: 12
    });
  });
});
