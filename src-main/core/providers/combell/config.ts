/**
 * Configuration of a Combell API v2 connection. The secret arrives here from the SecretStore
 * (or a CLI secret source) at wiring time; nothing here is ever logged.
 */

/** The public API's root; requests go to `<root>/v2/…`. */
export const COMBELL_PUBLIC_URL = 'https://api.combell.com';

export interface CombellAdapterConfig {
  /** API root without `/v2` (the public API, or the demo provider in tests). */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly apiSecret: string;
  /** Rows per request (`take`); 100 by default. */
  readonly pageSize?: number;
  /** IANA zone whose calendar dates expiry instants fall on; Europe/Brussels by default. */
  readonly timeZone?: string;
  /** Longest X-RateLimit-Reset wait taken before a request (seconds); 120 by default. */
  readonly maxRateLimitWaitSeconds?: number;
}
