import { describe, expect, it } from 'vitest';
import { createI18n } from '@shared/i18n/create-i18n';
import { errorReason, errorText } from '@shared/i18n/error-text';
import { LANGUAGES } from '@shared/i18n/languages';
import { ERROR_CODES, ERROR_KINDS } from '@shared/result';
import { en } from '@shared/i18n/locales/en';

describe('error reasons', () => {
  it('says why for every error kind in English, French and Dutch, each in its own words', () => {
    for (const kind of ERROR_KINDS) {
      const reasons = LANGUAGES.map((language) =>
        errorReason(createI18n(language).getFixedT(language, 'errors'), {
          kind,
          message: 'raw'
        })
      );
      expect(new Set(reasons).size).toBe(3);
      for (const reason of reasons) expect(reason).not.toMatch(/^kind\.|\{\{/);
    }
  });

  it("keeps the provider's own words as detail only where they say more than the kind", () => {
    const fr = createI18n('fr').getFixedT('fr', 'errors');
    expect(errorReason(fr, { kind: 'provider', message: 'Domain locked' })).toBe(
      'le fournisseur a répondu par une erreur (Domain locked)'
    );
    expect(errorReason(fr, { kind: 'offline', message: 'ECONNREFUSED' })).toBe(
      'le fournisseur est injoignable'
    );
    expect(errorReason(fr, { kind: 'something-new', message: 'as sent' })).toBe('as sent');
  });
});

/** Sample values for the variables each code's English sentence names. */
function sampleValues(code: string): Record<string, string> {
  const sentence = (en.errors.code as Record<string, string>)[code] ?? '';
  const names = [...sentence.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '');
  return Object.fromEntries(names.map((name) => [name, `«${name}-value»`]));
}

describe('failure sentences from codes', () => {
  it('writes every code core can send in English, French and Dutch, with its values filled in', () => {
    for (const code of ERROR_CODES) {
      const values = sampleValues(code);
      const sentences = LANGUAGES.map((language) =>
        errorText(createI18n(language).getFixedT(language, 'errors'), {
          kind: 'not-found',
          message: 'English log text',
          code,
          values
        })
      );
      expect(new Set(sentences).size, code).toBe(3);
      for (const sentence of sentences) {
        expect(sentence, code).not.toMatch(/code\.|\{\{|English log text/);
        for (const value of Object.values(values)) expect(sentence, code).toContain(value);
      }
    }
  });

  it("says a missing invoice in French and Dutch with its number, not core's English", () => {
    const failure = {
      kind: 'not-found',
      message: 'Invoice 2026-0042 is not in the cache.',
      code: 'invoice-not-cached',
      values: { invoice: '2026-0042' }
    };
    expect(errorText(createI18n('fr').getFixedT('fr', 'errors'), failure)).toBe(
      'La facture 2026-0042 n’est pas dans le cache. Elle n’est peut-être pas encore synchronisée, ou elle a été supprimée chez le fournisseur.'
    );
    expect(errorText(createI18n('nl').getFixedT('nl', 'errors'), failure)).toMatch(
      /^Factuur 2026-0042 staat niet in de cache\./
    );
  });

  it('falls back to the kind as a sentence when no code came, and to the message for an unknown kind', () => {
    const nl = createI18n('nl').getFixedT('nl', 'errors');
    expect(errorText(nl, { kind: 'offline', message: 'ECONNREFUSED' })).toBe(
      'De provider is niet bereikbaar'
    );
    expect(errorText(nl, { kind: 'offline', message: 'x', code: 'from-the-future' })).toBe(
      'De provider is niet bereikbaar'
    );
    expect(errorText(nl, { kind: 'something-new', message: 'as sent' })).toBe('as sent');
  });
});
