import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  authorizationHeader,
  bodyHash,
  newNonce,
  parseAuthorization,
  phpUrlEncode,
  signature,
  stringToSign
} from '@main/core/providers/combell/signing';

const apiKey = '0123abcd-demo';
const secret = 's3cr3t/Combell+key';

describe('PHP-style URL encoding of the signed path', () => {
  it('encodes slashes, query separators and the characters encodeURIComponent keeps', () => {
    expect(phpUrlEncode('/v2/accounts?skip=0&take=50')).toBe(
      '%2Fv2%2Faccounts%3Fskip%3D0%26take%3D50'
    );
    expect(phpUrlEncode("a!'()*~b")).toBe('a%21%27%28%29%2A%7Eb');
    expect(phpUrlEncode('a b')).toBe('a+b');
    expect(phpUrlEncode('keep-_.AZaz09')).toBe('keep-_.AZaz09');
  });

  it('writes UTF-8 bytes with uppercase hex', () => {
    expect(phpUrlEncode('/v2/domains/café.be')).toBe('%2Fv2%2Fdomains%2Fcaf%C3%A9.be');
  });
});

describe('Combell request signature', () => {
  it('matches the documented recipe computed step by step (GET, no body)', () => {
    const input = {
      apiKey,
      method: 'GET',
      pathAndQuery: '/v2/Accounts?skip=50&take=25&identifier=Shop.Example.BE',
      timestamp: 1_790_000_000,
      nonce: 'f00dfeed'
    };
    // The recipe, independently: lower-case path and query, PHP urlencode, concatenate.
    const encodedPath = encodeURIComponent(input.pathAndQuery.toLowerCase()).replace(
      /[!'()*~]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    );
    const expectedString = `${apiKey}get${encodedPath}1790000000f00dfeed`;
    expect(stringToSign(input)).toBe(expectedString);
    expect(encodedPath).toBe(
      '%2Fv2%2Faccounts%3Fskip%3D50%26take%3D25%26identifier%3Dshop.example.be'
    );
    const expectedSignature = createHmac('sha256', secret).update(expectedString).digest('base64');
    expect(signature(secret, input)).toBe(expectedSignature);
    expect(authorizationHeader(secret, input)).toBe(
      `hmac ${apiKey}:${expectedSignature}:f00dfeed:1790000000`
    );
  });

  it('adds base64 of the raw MD5 of a non-empty body, and nothing for an empty one', () => {
    const body = '{"will_renew":false}';
    const md5 = createHash('md5').update(body).digest('base64');
    const base = {
      apiKey,
      method: 'PUT',
      pathAndQuery: '/v2/domains/example.be/renew',
      timestamp: 1_790_000_123,
      nonce: 'abc'
    };
    expect(bodyHash(body)).toBe(md5);
    expect(stringToSign({ ...base, body })).toBe(
      `${apiKey}put%2Fv2%2Fdomains%2Fexample.be%2Frenew1790000123abc${md5}`
    );
    expect(stringToSign({ ...base, body: '' })).toBe(
      `${apiKey}put%2Fv2%2Fdomains%2Fexample.be%2Frenew1790000123abc`
    );
    expect(signature(secret, { ...base, body })).not.toBe(signature(secret, base));
  });

  it('produces the fixed vector computed by hand with openssl', () => {
    // printf '%s' '{"will_renew":true}' | openssl dgst -md5 -binary | base64
    //   → g8Ir5T9UWCH7UyVFllPWUA==
    // printf '%s' "<string below>" | openssl dgst -sha256 -hmac 's3cr3t/Combell+key' -binary | base64
    const input = {
      apiKey,
      method: 'PUT',
      pathAndQuery: '/v2/domains/Example.BE/renew?skip=0&take=25',
      timestamp: 1_767_225_600,
      nonce: 'n0nce-42',
      body: '{"will_renew":true}'
    };
    expect(stringToSign(input)).toBe(
      '0123abcd-demoput%2Fv2%2Fdomains%2Fexample.be%2Frenew%3Fskip%3D0%26take%3D251767225600n0nce-42g8Ir5T9UWCH7UyVFllPWUA=='
    );
    expect(authorizationHeader(secret, input)).toBe(
      'hmac 0123abcd-demo:4HMiY9IDeCZD5oW8E1bu0mhPAeqfd3lhvnuSmh0EAeQ=:n0nce-42:1767225600'
    );
    expect(
      authorizationHeader(secret, {
        apiKey,
        method: 'get',
        pathAndQuery: '/v2/accounts?skip=0&take=50',
        timestamp: 1_767_225_600,
        nonce: 'abc123'
      })
    ).toBe('hmac 0123abcd-demo:KYUmifvl6ODF5ado3+HHFoQFJivdcEszF4h8froUHOk=:abc123:1767225600');
  });

  it('changes with the secret, the timestamp and the nonce', () => {
    const input = {
      apiKey,
      method: 'GET',
      pathAndQuery: '/v2/servicepacks',
      timestamp: 1,
      nonce: 'a'
    };
    const reference = signature(secret, input);
    expect(signature('other', input)).not.toBe(reference);
    expect(signature(secret, { ...input, timestamp: 2 })).not.toBe(reference);
    expect(signature(secret, { ...input, nonce: 'b' })).not.toBe(reference);
  });

  it('refuses to sign a path outside /v2', () => {
    expect(() =>
      stringToSign({ apiKey, method: 'GET', pathAndQuery: '/accounts', timestamp: 1, nonce: 'a' })
    ).toThrow(/\/v2/);
  });

  it('reads back the header it writes, and gives a fresh nonce each time', () => {
    const header = authorizationHeader(secret, {
      apiKey,
      method: 'GET',
      pathAndQuery: '/v2/domains',
      timestamp: 1_767_225_600,
      nonce: 'n1'
    });
    expect(parseAuthorization(header)).toEqual({
      apiKey,
      signature: header.split(':')[1],
      nonce: 'n1',
      timestamp: 1_767_225_600
    });
    expect(parseAuthorization('Bearer abc')).toBeNull();
    expect(parseAuthorization(undefined)).toBeNull();
    const nonces = new Set(Array.from({ length: 50 }, () => newNonce()));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(phpUrlEncode(n)).toBe(n);
  });
});
