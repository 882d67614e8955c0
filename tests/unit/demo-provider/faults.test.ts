import { describe, expect, it } from 'vitest';
import { parseFaults } from '@main/demo-provider';
import { FaultInjector } from '@main/demo-provider/faults';

describe('parseFaults', () => {
  it('parses the full spec string', () => {
    expect(parseFaults('latency=200,error=0.1,429=5:2,malformed=0.05,html=0.05,drop=0.05')).toEqual(
      {
        latencyMs: 200,
        errorRate: 0.1,
        rateLimit: { everyN: 5, retryAfterSeconds: 2 },
        malformedJson: 0.05,
        htmlError: 0.05,
        dropConnection: 0.05
      }
    );
  });

  it('accepts an empty spec and spaces', () => {
    expect(parseFaults('')).toEqual({});
    expect(parseFaults(' error = 1 , ratelimit=2:0 ')).toEqual({
      errorRate: 1,
      rateLimit: { everyN: 2, retryAfterSeconds: 0 }
    });
  });

  it('parses the billing switches', () => {
    expect(parseFaults('pdflogin=1,invoicegone=1003:1007,nostatusfilter=1')).toEqual({
      pdfLoginPage: true,
      invoiceDetailErrors: [1003, 1007],
      invoiceStatusFilterIgnored: true
    });
    expect(parseFaults('nostatusfilter=0')).toEqual({ invoiceStatusFilterIgnored: false });
    expect(() => parseFaults('nostatusfilter=yes')).toThrow(/1 \(on\) or 0 \(off\)/);
  });

  it('rejects unknown keys, out-of-range rates and malformed rate limits', () => {
    expect(() => parseFaults('boom=1')).toThrow(/Unknown fault/);
    expect(() => parseFaults('error=1.5')).toThrow(/between 0 and 1/);
    expect(() => parseFaults('429=5')).toThrow(/everyN:retryAfterSeconds/);
    expect(() => parseFaults('latency=abc')).toThrow(/not a number/);
  });
});

describe('FaultInjector', () => {
  it('repeats its decisions for the same seed and config', () => {
    const sequence = (seed: number) => {
      const injector = new FaultInjector(seed, {
        errorRate: 0.3,
        htmlError: 0.3,
        dropConnection: 0.1
      });
      return Array.from({ length: 50 }, () => injector.next().outcome.kind);
    };
    expect(sequence(1)).toEqual(sequence(1));
    expect(sequence(1)).not.toEqual(sequence(2));
    expect(new Set(sequence(1))).toEqual(new Set(['none', 'error', 'html', 'drop']));
  });

  it('never injects anything with an empty config', () => {
    const injector = new FaultInjector(1);
    const kinds = Array.from({ length: 100 }, () => injector.next());
    expect(kinds.every((d) => d.outcome.kind === 'none' && !d.malformed && d.latencyMs === 0)).toBe(
      true
    );
  });
});
