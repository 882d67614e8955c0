import { describe, expect, it } from 'vitest';
import type { AlertText } from '@shared/contract';
import { alertBody, alertTitle } from '@shared/i18n/alert-text';
import { createI18n } from '@shared/i18n/create-i18n';
import { LANGUAGES, type Language } from '@shared/i18n/languages';

const LOCALES: Record<Language, string> = { en: 'en', fr: 'fr-BE', nl: 'nl-BE' };
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function words(language: Language, text: AlertText) {
  const t = createI18n(language).getFixedT(language, 'notices');
  return { title: alertTitle(t, text), body: alertBody(t, text, LOCALES[language]) };
}

const threshold = (daysLeft: number): AlertText => ({
  code: 'domain-threshold',
  domain: 'voorbeeld.be',
  daysLeft,
  expiresOn: '2026-12-04'
});

/** One alert of every code, with its values. */
const EVERY_CODE: readonly AlertText[] = [
  threshold(7),
  { code: 'domain-grace', domain: 'a.be', expiresOn: '2026-11-20', renewal: eur(1299) },
  { code: 'domain-redemption', domain: 'b.be', expiresOn: null, restore: eur(8000) },
  { code: 'domain-expired', domain: 'c.be', expiresOn: '2026-11-21' },
  { code: 'ticket-reply', subject: 'Mail bounces' },
  { code: 'invoice-overdue', invoice: 'INV-7', dueOn: '2026-11-15', balance: eur(123450) },
  { code: 'low-credit', balance: eur(500), threshold: eur(2000) },
  {
    code: 'summary-domains',
    count: 5,
    domains: { expired: 1, redemption: 0, grace: 0, thresholds: [{ days: 7, count: 2 }] }
  },
  {
    code: 'summary',
    count: 4,
    domains: {
      count: 2,
      breakdown: { expired: 0, redemption: 0, grace: 1, thresholds: [{ days: 1, count: 1 }] }
    },
    tickets: 1,
    invoices: 1,
    lowCredit: true,
    otherDomains: 0
  }
];

describe('alert text in every language', () => {
  it('writes every code in English, French and Dutch, each language its own words', () => {
    for (const text of EVERY_CODE) {
      const all = LANGUAGES.map((language) => words(language, text));
      for (const { title, body } of all) {
        expect(title).not.toBe('');
        expect(body).not.toBe('');
        expect(`${title} ${body}`).not.toMatch(/\{\{|title\.|domain\.|summary\./);
      }
      // Only a ticket's body is the provider's own text (its subject).
      if (text.code !== 'ticket-reply') expect(new Set(all.map((w) => w.body)).size).toBe(3);
      expect(new Set(all.map((w) => w.title)).size).toBe(3);
    }
  });

  it('counts days with the right plural: 1 jour / 2 jours, 1 dag / 2 dagen', () => {
    const summary = (days: number): AlertText => ({
      code: 'summary-domains',
      count: 2,
      domains: { expired: 0, redemption: 0, grace: 0, thresholds: [{ days, count: 1 }] }
    });
    expect(words('fr', summary(1)).body).toBe('1 expire d’ici 1 jour');
    expect(words('fr', summary(2)).body).toBe('1 expire d’ici 2 jours');
    expect(words('nl', summary(1)).body).toBe('1 verloopt binnen 1 dag');
    expect(words('nl', summary(2)).body).toBe('1 verloopt binnen 2 dagen');
    expect(words('en', summary(2)).body).toBe('1 expires within 2 days');
    expect(words('fr', threshold(2)).body).toBe('voorbeeld.be expire dans 2 jours (4 déc. 2026)');
    expect(words('nl', threshold(2)).body).toBe('voorbeeld.be verloopt over 2 dagen (4 dec 2026)');
    expect(words('fr', threshold(1)).body).toBe('voorbeeld.be expire demain (4 déc. 2026)');
    expect(words('nl', threshold(0)).body).toBe('voorbeeld.be verloopt vandaag (4 dec 2026)');
    expect(words('fr', EVERY_CODE[7]!).title).toBe('5 domaines demandent votre attention');
    expect(
      words('nl', {
        ...(EVERY_CODE[7] as Extract<AlertText, { code: 'summary-domains' }>),
        count: 1
      }).title
    ).toBe('1 domeinnaam vraagt aandacht');
  });

  it('writes money and dates in the locale', () => {
    expect(words('fr', EVERY_CODE[5]!).body).toBe(
      'La facture INV-7 était à échéance le 15 nov. 2026 — 1\u202f234,50\u00a0€ restent dus'
    );
    expect(words('nl', EVERY_CODE[5]!).body).toBe(
      'Factuur INV-7 had vervaldatum 15 nov 2026 — €\u00a01.234,50 staat nog open'
    );
    expect(words('en', EVERY_CODE[6]!).body).toBe(
      'Your credit balance is €5.00, below your alert level of €20.00'
    );
    expect(words('fr', EVERY_CODE[8]!).body).toBe(
      '2 domaines\u00a0: 1 en période de grâce, 1 expire d’ici 1 jour · 1 réponse à un ticket · 1 facture en retard · crédit bas'
    );
  });
});

describe('a domain stage has one name in each language', () => {
  const stages = [
    {
      stage: 'grace',
      alert: { code: 'domain-grace', domain: 'a.be', expiresOn: null, renewal: null }
    },
    {
      stage: 'redemption',
      alert: { code: 'domain-redemption', domain: 'b.be', expiresOn: null, restore: null }
    }
  ] as const;

  it.each(LANGUAGES)(
    '%s: the list chip, the alert and the command line call grace and redemption the same',
    (language) => {
      const i18n = createI18n(language);
      for (const { stage, alert } of stages) {
        const chip = i18n.getFixedT(language, 'domains')(`status.${stage}`).toLowerCase();
        const cli = i18n.getFixedT(language, 'cli')(`alerts.reason.${stage}`).toLowerCase();
        const { title, body } = words(language, alert as AlertText);
        // The command line's column may say it shorter ("grace"), never otherwise.
        expect(chip).toContain(cli);
        expect(`${title} ${body}`.toLowerCase()).toContain(chip);
      }
    }
  );
});
