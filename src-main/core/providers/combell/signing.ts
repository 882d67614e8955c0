/**
 * Combell API v2 request signing (HMAC-SHA256), as the API documents it: the string to sign
 * is, with no separators, the API key, the lower-cased method, the PHP-`urlencode`d
 * lower-cased path and query (starting at `/v2`), the unix timestamp in seconds, a nonce, and
 * — only when the body is not empty — base64 of the body's raw MD5. The signature is base64
 * of the raw HMAC-SHA256 of that string under the API secret, sent as
 * `Authorization: hmac <key>:<signature>:<nonce>:<timestamp>`.
 *
 * The demo provider checks signatures with these same functions' parts (parseAuthorization,
 * stringToSign), so both sides share one recipe; the unit tests pin it against node:crypto
 * computed step by step and a fixed vector.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** Everything that goes into one signature. */
export interface SignatureInput {
  readonly apiKey: string;
  readonly method: string;
  /** Path and query as sent, starting with `/v2` (e.g. `/v2/accounts?skip=0&take=50`). */
  readonly pathAndQuery: string;
  /** Unix time in whole seconds. */
  readonly timestamp: number;
  readonly nonce: string;
  /** The request body; absent or empty adds nothing to the string to sign. */
  readonly body?: string | Uint8Array;
}

/** The parts of an `Authorization: hmac …` header. */
export interface HmacAuthorization {
  readonly apiKey: string;
  readonly signature: string;
  readonly nonce: string;
  readonly timestamp: number;
}

const UNRESERVED = /[A-Za-z0-9_.-]/;

/**
 * PHP's `urlencode`: every byte of the UTF-8 text except `A–Z a–z 0–9 _ . -` becomes `%XX`
 * with uppercase hex, and a space becomes `+`. Unlike encodeURIComponent it also encodes
 * `!'()*~` and `/`.
 */
export function phpUrlEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    if (byte < 0x80 && UNRESERVED.test(char)) out += char;
    else if (byte === 0x20) out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** base64 of the raw MD5 of a non-empty body; '' for no body. */
export function bodyHash(body: string | Uint8Array | undefined): string {
  if (body === undefined || body.length === 0) return '';
  return createHash('md5').update(body).digest('base64');
}

/** The exact string the HMAC is computed over. */
export function stringToSign(input: SignatureInput): string {
  if (!input.pathAndQuery.toLowerCase().startsWith('/v2')) {
    throw new Error(`Combell signatures cover a path starting with /v2, not ${input.pathAndQuery}`);
  }
  return (
    input.apiKey +
    input.method.toLowerCase() +
    phpUrlEncode(input.pathAndQuery.toLowerCase()) +
    String(input.timestamp) +
    input.nonce +
    bodyHash(input.body)
  );
}

/** base64 of the raw HMAC-SHA256 of the string to sign under the secret. */
export function signature(apiSecret: string, input: SignatureInput): string {
  return createHmac('sha256', apiSecret).update(stringToSign(input), 'utf8').digest('base64');
}

/** The Authorization header value for one request. */
export function authorizationHeader(apiSecret: string, input: SignatureInput): string {
  return `hmac ${input.apiKey}:${signature(apiSecret, input)}:${input.nonce}:${input.timestamp}`;
}

/** A fresh nonce: 128 random bits as hex (only characters urlencode leaves alone). */
export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

/** Reads an `hmac key:signature:nonce:timestamp` header (base64 never holds `:`); null otherwise. */
export function parseAuthorization(header: string | undefined): HmacAuthorization | null {
  if (header === undefined) return null;
  const match = /^hmac ([^:]+):([^:]+):([^:]+):(\d+)$/i.exec(header.trim());
  if (!match) return null;
  return {
    apiKey: match[1]!,
    signature: match[2]!,
    nonce: match[3]!,
    timestamp: Number(match[4])
  };
}
