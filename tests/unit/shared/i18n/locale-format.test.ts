/**
 * The locale helpers write money, dates and relative days as a Belgian, Dutch or English
 * reader expects, and the Language setting resolves against the system's languages.
 */
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDay,
  formatMoney,
  formatMonth,
  formatNumber,
  formatRelativeDays,
  formatTimeAgo
} from '@shared/i18n/format';
import { localeFor, resolveLanguage } from '@shared/i18n/languages';
import { systemLanguagesFromEnv } from '@main/node/system-languages';

// Intl separates French thousands with a narrow no-break space and puts a no-break space
// before the euro sign; compare with plain spaces.
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const eur = { amountMinor: 123_450, currency: 'EUR' };

describe('money', () => {
  it('reads 1 234,50 € in Belgian French', () => {
    expect(plain(formatMoney(eur, 'fr-BE'))).toBe('1 234,50 €');
  });

  it('reads € 1.234,50 in Belgian and Netherlands Dutch', () => {
    expect(plain(formatMoney(eur, 'nl-BE'))).toBe('€ 1.234,50');
    expect(plain(formatMoney(eur, 'nl-NL'))).toBe('€ 1.234,50');
  });

  it('reads €1,234.50 in English and keeps a currency without cents whole', () => {
    expect(formatMoney(eur, 'en')).toBe('€1,234.50');
    expect(plain(formatAmount(1500, 'JPY', 'fr-BE'))).toBe('1 500 JPY');
    expect(formatAmount(-995, 'USD', 'en')).toBe('-$9.95');
  });
});

describe('dates and numbers', () => {
  it('writes a local day and a month in each language', () => {
    expect(formatDay('2026-12-02', 'fr-BE', 'long')).toBe('2 décembre 2026');
    expect(formatDay('2026-12-02', 'nl-BE', 'long')).toBe('2 december 2026');
    expect(formatDay('2026-12-02', 'en', 'medium')).toBe('Dec 2, 2026');
    expect(formatDay('not a day', 'en')).toBeNull();
    expect(formatMonth('2026-03', 'fr-BE')).toBe('mars 2026');
    expect(formatMonth('2026-03', 'nl-NL')).toBe('maart 2026');
  });

  it('groups numbers the local way', () => {
    expect(plain(formatNumber(12345.5, 'fr-BE'))).toBe('12 345,5');
    expect(formatNumber(12345.5, 'nl-BE')).toBe('12.345,5');
  });

  it('says relative days in words', () => {
    expect(formatRelativeDays(1, 'fr-BE')).toBe('demain');
    expect(formatRelativeDays(12, 'nl-BE')).toBe('over 12 dagen');
    expect(formatRelativeDays(-3, 'en')).toBe('3 days ago');
    const now = Date.UTC(2026, 11, 2, 12);
    expect(plain(formatTimeAgo(now - 5 * 60_000, now, 'fr-BE'))).toBe('il y a 5 minutes');
    expect(formatTimeAgo(now - 2 * 86_400_000, now, 'nl-BE')).toBe('2 dagen geleden');
  });
});

describe('the Language setting', () => {
  it('follows the first system language Hostdeck speaks, English otherwise', () => {
    expect(resolveLanguage('system', ['de-DE', 'nl-BE', 'fr-BE'])).toBe('nl');
    expect(resolveLanguage('system', ['fr_BE.UTF-8'])).toBe('fr');
    expect(resolveLanguage('system', ['de-DE', 'es'])).toBe('en');
    expect(resolveLanguage('fr', ['nl-NL'])).toBe('fr');
  });

  it('keeps the system region for the chosen language, else Belgium', () => {
    expect(localeFor('nl', ['nl-NL'])).toBe('nl-NL');
    expect(localeFor('nl', ['fr-BE'])).toBe('nl-BE');
    expect(localeFor('fr', ['fr_FR.UTF-8'])).toBe('fr-FR');
    expect(localeFor('en', ['nl-BE', 'en-GB'])).toBe('en-GB');
    expect(localeFor('en', [])).toBe('en');
  });

  it('reads the POSIX environment outside Electron', () => {
    expect(systemLanguagesFromEnv({ LANGUAGE: 'nl_BE:fr', LANG: 'en_US.UTF-8' })).toEqual([
      'nl-BE',
      'fr',
      'en-US'
    ]);
    expect(systemLanguagesFromEnv({ LANG: 'C.UTF-8' })).toHaveLength(1);
  });
});
