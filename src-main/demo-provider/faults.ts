/**
 * Fault injection for resilience tests: latency, HTTP 500s, 429 with Retry-After, truncated
 * JSON, PHP fatal-error HTML pages and dropped connections. Decisions come from a seeded
 * PRNG and a request counter, so a run with the same seed and requests is repeatable.
 */
import { z } from 'zod';
import { createPrng, deriveSeed, type Prng } from './prng';

export interface FaultConfig {
  /** Delay before every response, measured on the provider's clock. */
  readonly latencyMs?: number;
  /** Rate 0..1 of HTTP 500 responses. */
  readonly errorRate?: number;
  /** Every Nth request gets 429 with Retry-After. */
  readonly rateLimit?: { readonly everyN: number; readonly retryAfterSeconds: number };
  /** Rate 0..1 of JSON responses cut short (still HTTP 200). */
  readonly malformedJson?: number;
  /** Rate 0..1 of PHP fatal-error HTML pages (HTTP 200 or 500). */
  readonly htmlError?: number;
  /** Rate 0..1 of connections destroyed before any response. */
  readonly dropConnection?: number;
  /**
   * Rate 0..1 of successful writes (OpenTicket, AddTicketReply, UpdateTicket, renewals)
   * whose answer is lost: the write is stored, then the connection is destroyed.
   */
  readonly lostWriteAnswer?: number;
  /** Invoice PDF downloads (dl.php) answer the HTML login page, as when single sign-on fails. */
  readonly pdfLoginPage?: boolean;
  /**
   * Listed invoices whose GetInvoice answers `{"status":"error","message":"Invoice ID Not
   * Found"}` (no `result` key), as some installs do for an invoice they still list.
   */
  readonly invoiceDetailErrors?: readonly number[];
  /**
   * GetInvoices lists every invoice whatever its `status` filter, as an install that does not
   * know the status asked for might.
   */
  readonly invoiceStatusFilterIgnored?: boolean;
}

const rate = z.number().min(0).max(1);

/** Schema of a FaultConfig (used by POST /__demo/faults). */
export const faultConfigSchema = z
  .object({
    latencyMs: z.number().int().min(0).optional(),
    errorRate: rate.optional(),
    rateLimit: z
      .object({ everyN: z.number().int().min(1), retryAfterSeconds: z.number().int().min(0) })
      .optional(),
    malformedJson: rate.optional(),
    htmlError: rate.optional(),
    dropConnection: rate.optional(),
    lostWriteAnswer: rate.optional(),
    pdfLoginPage: z.boolean().optional(),
    invoiceDetailErrors: z.array(z.number().int().positive()).optional(),
    invoiceStatusFilterIgnored: z.boolean().optional()
  })
  .strict();

/**
 * Parses "latency=200,error=0.1,429=5:2,malformed=0.05,html=0.05,drop=0.05,lostwrite=0.5,
 * pdflogin=1,invoicegone=1003:1007" (any subset, any order; `ratelimit=` is an alias of
 * `429=`). Throws a RangeError naming the bad part.
 */
export function parseFaults(spec: string): FaultConfig {
  const out: { -readonly [K in keyof FaultConfig]: FaultConfig[K] } = {};
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const [key = '', value = ''] = part.split('=', 2).map((s) => s.trim());
    const num = (): number => {
      const n = Number(value);
      if (value === '' || !Number.isFinite(n))
        throw new RangeError(`Fault "${part}": "${value}" is not a number`);
      return n;
    };
    const probability = (): number => {
      const n = num();
      if (n < 0 || n > 1) throw new RangeError(`Fault "${part}": rate must be between 0 and 1`);
      return n;
    };
    switch (key.toLowerCase()) {
      case 'latency': {
        const n = num();
        if (n < 0 || !Number.isInteger(n))
          throw new RangeError(`Fault "${part}": latency must be whole milliseconds`);
        out.latencyMs = n;
        break;
      }
      case 'error':
        out.errorRate = probability();
        break;
      case '429':
      case 'ratelimit': {
        const m = /^(\d+):(\d+)$/.exec(value);
        if (!m || Number(m[1]) < 1)
          throw new RangeError(`Fault "${part}": expected everyN:retryAfterSeconds, e.g. 429=5:2`);
        out.rateLimit = { everyN: Number(m[1]), retryAfterSeconds: Number(m[2]) };
        break;
      }
      case 'malformed':
        out.malformedJson = probability();
        break;
      case 'html':
        out.htmlError = probability();
        break;
      case 'drop':
        out.dropConnection = probability();
        break;
      case 'lostwrite':
        out.lostWriteAnswer = probability();
        break;
      case 'pdflogin':
        if (value !== '0' && value !== '1')
          throw new RangeError(`Fault "${part}": pdflogin is 1 (on) or 0 (off)`);
        out.pdfLoginPage = value === '1';
        break;
      case 'invoicegone': {
        const ids = value.split(':').map(Number);
        if (value === '' || ids.some((id) => !Number.isInteger(id) || id < 1))
          throw new RangeError(
            `Fault "${part}": expected invoice ids separated by ":", e.g. invoicegone=1003:1007`
          );
        out.invoiceDetailErrors = ids;
        break;
      }
      case 'nostatusfilter':
        if (value !== '0' && value !== '1')
          throw new RangeError(`Fault "${part}": nostatusfilter is 1 (on) or 0 (off)`);
        out.invoiceStatusFilterIgnored = value === '1';
        break;
      default:
        throw new RangeError(
          `Unknown fault "${key}" (known: latency, error, 429, malformed, html, drop, lostwrite, pdflogin, invoicegone, nostatusfilter)`
        );
    }
  }
  return out;
}

export type FaultOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'rate-limit'; readonly retryAfterSeconds: number }
  | { readonly kind: 'error' }
  | { readonly kind: 'html'; readonly status: 200 | 500 };

export interface FaultDecision {
  readonly latencyMs: number;
  readonly outcome: FaultOutcome;
  /** Cut the JSON body short (applies only when the outcome is 'none' and the reply is JSON). */
  readonly malformed: boolean;
}

/** Decides the fault, if any, for each request in arrival order. */
export class FaultInjector {
  private config: FaultConfig;
  private prng: Prng;
  /** A separate stream, so lost write answers leave the other faults' sequence unchanged. */
  private writePrng: Prng;
  private count = 0;

  constructor(
    private readonly seed: number,
    config: FaultConfig = {}
  ) {
    this.config = config;
    this.prng = createPrng(deriveSeed(seed, 0xfa17));
    this.writePrng = createPrng(deriveSeed(seed, 0x1057));
  }

  get current(): FaultConfig {
    return this.config;
  }

  /** Replaces the configuration and restarts the decision sequence (repeatable tests). */
  set(config: FaultConfig): void {
    this.config = config;
    this.prng = createPrng(deriveSeed(this.seed, 0xfa17));
    this.writePrng = createPrng(deriveSeed(this.seed, 0x1057));
    this.count = 0;
  }

  /** Whether the answer of a write the provider just stored is lost (asked once per stored write). */
  loseWriteAnswer(): boolean {
    return this.writePrng.next() < (this.config.lostWriteAnswer ?? 0);
  }

  /** The next request's fault. Always draws the same number of values, whatever is enabled. */
  next(): FaultDecision {
    this.count++;
    const [drop, error, html, htmlStatus, malformed] = [0, 0, 0, 0, 0].map(() =>
      this.prng.next()
    ) as [number, number, number, number, number];
    const c = this.config;
    let outcome: FaultOutcome = { kind: 'none' };
    if (drop < (c.dropConnection ?? 0)) outcome = { kind: 'drop' };
    else if (c.rateLimit && this.count % c.rateLimit.everyN === 0)
      outcome = { kind: 'rate-limit', retryAfterSeconds: c.rateLimit.retryAfterSeconds };
    else if (error < (c.errorRate ?? 0)) outcome = { kind: 'error' };
    else if (html < (c.htmlError ?? 0))
      outcome = { kind: 'html', status: htmlStatus < 0.5 ? 200 : 500 };
    return { latencyMs: c.latencyMs ?? 0, outcome, malformed: malformed < (c.malformedJson ?? 0) };
  }
}
