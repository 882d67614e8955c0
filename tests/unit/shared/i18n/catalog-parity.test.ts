/**
 * Every language has every key of the English catalog and no other, the plural forms its own
 * Intl.PluralRules asks for, and the same {{variables}} in each text.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@shared/i18n/languages';
import { NAMESPACES } from '@shared/i18n/namespaces';
import { resources } from '@shared/i18n/resources';
import { findCatalogProblems, pluralForms } from './catalog-check';

describe('translation catalogs', () => {
  it('have one object per namespace in every language', () => {
    for (const language of LANGUAGES)
      expect(Object.keys(resources[language]).sort()).toEqual([...NAMESPACES].sort());
  });

  it('agree with English in every language: keys, plural forms, variables', () => {
    expect(findCatalogProblems(resources)).toEqual([]);
  });

  it('report a missing key, a missing French "many", a dropped variable and an extra key', () => {
    const en = {
      ns: { greet: 'Hello {{name}}', days_one: '{{count}} day', days_other: '{{count}} days' }
    };
    const fr = {
      ns: { greet: 'Bonjour', days_one: '{{count}} jour', days_other: '{{count}} jours' }
    };
    const nl = { ns: { days_one: '{{count}} dag', days_other: '{{count}} dagen', extra: 'x' } };
    expect(findCatalogProblems({ en, fr, nl })).toEqual([
      'fr: ns.greet uses {{}}, English {{name}}',
      'fr: ns.days has plural forms [one, other], wants [many, one, other]',
      'nl: ns.extra is not in English',
      'nl: ns.greet is missing'
    ]);
    expect(pluralForms('nl')).toEqual(['one', 'other']);
  });
});
