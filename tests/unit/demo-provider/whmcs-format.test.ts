import { describe, expect, it } from 'vitest';
import { generateDemoData } from '@main/demo-provider';
import { display, pageWindow } from '@main/demo-provider/whmcs-format';

describe('WHMCS wire formatting', () => {
  const client = generateDemoData({
    size: 'demo',
    seed: 1,
    now: Date.parse('2026-11-22T09:00:00Z')
  }).client;

  it('formats display amounts with prefix, thousands separators and suffix', () => {
    expect(display(client, 264580)).toBe('€2,645.80 EUR');
    expect(display(client, 5)).toBe('€0.05 EUR');
    expect(display(client, -123456789)).toBe('-€1,234,567.89 EUR');
  });

  it('reads limitstart/limitnum with defaults and clamps to the maximum', () => {
    const p = (q: string) => pageWindow(new URLSearchParams(q), 250, 5000);
    expect(p('')).toEqual({ start: 0, limit: 250 });
    expect(p('limitstart=10&limitnum=99999')).toEqual({ start: 10, limit: 5000 });
    expect(p('limitstart=-4&limitnum=0')).toEqual({ start: 0, limit: 250 });
    expect(p('limitnum=abc')).toEqual({ start: 0, limit: 250 });
  });
});
