import { describe, expect, it } from 'vitest';
import { formatProviderDateTime } from '@renderer/features/invoices/invoices-lib';

describe('provider times on the invoice screens', () => {
  it('shows an instant in the reseller’s zone: paid at 09:00 UTC reads 10:00 in Brussels in winter', () => {
    const shown = formatProviderDateTime('2026-12-02T09:00:00Z', 'Europe/Brussels');
    expect(shown).toMatch(/\b10:00\b/);
    expect(shown).not.toMatch(/\b9:00\b|\b09:00\b/);
    expect(formatProviderDateTime('2026-07-01T09:00:00Z', 'Europe/Brussels')).toMatch(/\b11:00\b/);
  });

  it('shows wall-clock text an older Hostdeck cached as recorded, and nothing as a dash', () => {
    expect(formatProviderDateTime('2026-12-02T10:00:00', 'America/New_York')).toMatch(/\b10:00\b/);
    expect(formatProviderDateTime(null, 'Europe/Brussels')).toBe('—');
  });
});
