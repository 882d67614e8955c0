import { describe, expect, it } from 'vitest';
import { createI18n } from '@shared/i18n/create-i18n';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { payuWarningText, type CodedWarning } from '@shared/i18n/warning-text';

const instant = (iso: string): string => `<${iso.slice(11, 16)}>`;

function say(language: Language, warning: CodedWarning): string | null {
  return payuWarningText(createI18n(language).getFixedT(language, 'notices'), warning, instant);
}

/** Every code the engine words (missing-snapshots is the usage screen's own sentence). */
const WARNINGS: readonly CodedWarning[] = [
  {
    code: 'hours-without-data',
    from: '2026-11-01T00:00:00Z',
    to: '2026-11-01T05:00:00Z',
    hours: 5
  },
  { code: 'established-run', resourceId: 'acc-1', runStart: '2026-11-01T00:00:00Z' },
  { code: 'non-whole-hour-zone', timeZone: 'Asia/Kolkata' },
  { code: 'addon-without-parent', resourceId: 'addon-7', firstHour: '2026-11-03T10:00:00Z' },
  {
    code: 'addon-parent-absent',
    resourceId: 'addon-7',
    parentAccountId: 'acc-9',
    firstHour: '2026-11-03T10:00:00Z'
  }
];

describe('pay-as-you-use warnings in words', () => {
  it('writes every code with its values in English, French and Dutch', () => {
    for (const warning of WARNINGS) {
      const sentences = LANGUAGES.map((language) => say(language, warning));
      for (const sentence of sentences) {
        expect(sentence).not.toBeNull();
        expect(sentence).not.toMatch(/\{\{|payu\./);
        for (const value of Object.values(warning))
          if (typeof value === 'string' && value !== warning.code && !value.includes('T'))
            expect(sentence).toContain(value);
      }
      expect(new Set(sentences).size).toBe(3);
    }
  });

  it('counts hours with the language’s plural', () => {
    const hours = (n: number): CodedWarning => ({ ...WARNINGS[0]!, hours: n });
    expect(say('fr', hours(1))).toBe(
      'Aucun relevé connu pour 1 heure, du <00:00> au <05:00>\u00a0; rien n’y est compté.'
    );
    expect(say('fr', hours(2))).toContain('pour 2 heures,');
    expect(say('en', hours(1))).toContain('for 1 hour,');
    expect(say('en', hours(2))).toContain('for 2 hours,');
    expect(say('nl', hours(2))).toContain('voor 2 uur,');
  });

  it('gives null for an unknown code or missing values, so the engine sentence shows', () => {
    expect(say('fr', { code: 'something-new' })).toBeNull();
    expect(say('fr', { code: 'established-run', message: 'acc-1 …' })).toBeNull();
  });
});
