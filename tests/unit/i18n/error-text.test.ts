import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src-shared/i18n/create-i18n';
import { errorReason } from '../../../src-shared/i18n/error-text';
import { LANGUAGES } from '../../../src-shared/i18n/languages';
import { ERROR_KINDS } from '../../../src-shared/result';

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
