import { describe, expect, it } from 'vitest';
import {
  SETTLE_MS,
  dispositionOf,
  markerFromBytes,
  mayAttempt
} from '@main/core/outbox/outbox-rules';
import { splitClientMarker, withClientMarker } from '@main/core/providers/whmcs/client-marker';

describe('outbox rules', () => {
  it('fails a write the provider refuses for good, and keeps the rest queued', () => {
    expect(dispositionOf('invalid-input')).toBe('failed');
    expect(dispositionOf('not-found')).toBe('failed');
    expect(dispositionOf('provider')).toBe('retry');
    expect(dispositionOf('internal')).toBe('retry');
    expect(dispositionOf('offline')).toBe('stop');
    expect(dispositionOf('auth')).toBe('stop');
  });

  it('waits for an attempt that may still be in flight to settle, and only for that', () => {
    const began = '2026-11-22T09:00:00.000Z';
    const t = Date.parse(began);
    expect(mayAttempt(began, true, t + SETTLE_MS - 1)).toBe(false);
    expect(mayAttempt(began, true, t + SETTLE_MS)).toBe(true);
    expect(mayAttempt(began, false, t)).toBe(true);
    expect(mayAttempt(null, true, t)).toBe(true);
  });

  it('makes short markers the WHMCS marker trailer accepts and finds again', () => {
    const marker = markerFromBytes(
      new Uint8Array([0, 31, 32, 255, 128, 7, 9, 10, 200, 100, 50, 1])
    );
    expect(marker).toMatch(/^[a-z2-9]{12}$/);
    expect(splitClientMarker(withClientMarker('Hello\r\n', marker))).toEqual({
      body: 'Hello',
      marker
    });
  });
});
