/**
 * A price CSV's issues written from core's codes and values in English, French and Dutch:
 * every issue core can raise has its words (never the English message in French), plurals
 * follow the language, and an unknown code keeps core's message.
 */
import { describe, expect, it } from 'vitest';
import { parsePriceCsv } from '@main/core/prices/price-list';
import { createI18n } from '@shared/i18n/create-i18n';
import type { Language } from '@shared/i18n/languages';
import { priceIssueText } from '@shared/i18n/price-issue-text';

const t = (language: Language) => createI18n(language).getFixedT(language, 'prices');
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const BAD = [
  'kind,name,monthly_price,currency',
  'servicepack,Basic,4.95,EUR',
  'plan,Pro,12,EUR',
  'addon,,1,EUR',
  'addon,IP,1.999,EUR',
  'addon,Backup,abc,EUR',
  'addon,Extra,2,USD',
  'servicepack,Basic,5,EUR',
  'addon,Too,many,fields,here',
  'addon,Coin,1,EURO',
  'addon,Huge,99999999999999999999,EUR'
].join('\n');

function issues() {
  const result = parsePriceCsv(BAD);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('a price CSV issue in words', () => {
  it('is written in French for every code core raises', () => {
    const words = issues().map((issue) => plain(priceIssueText(t('fr'), issue)));
    expect(words).toEqual([
      'le type doit être servicepack ou addon, et non « plan »',
      'le nom est vide',
      'le prix « 1.999 » a plus de 2 décimales',
      'le prix « abc » n’est pas un nombre décimal simple comme 12.50',
      'la devise USD diffère de EUR : une seule devise par liste de prix',
      'le pack de services « Basic » a déjà un prix à la ligne 2',
      '4 champs attendus, 5 trouvés',
      '« EURO » n’est pas un code de devise comme EUR',
      'le prix « 99999999999999999999 » est trop élevé'
    ]);
  });

  it('is written in Dutch, with its plural', () => {
    const [, , decimals] = issues();
    expect(priceIssueText(t('nl'), decimals!)).toBe('prijs ‘1.999’ heeft meer dan 2 decimalen');
    expect(
      priceIssueText(t('nl'), {
        line: 2,
        code: 'price-decimals',
        values: { got: '1.5', digits: 1 },
        message: ''
      })
    ).toBe('prijs ‘1.5’ heeft meer dan 1 decimaal');
    expect(priceIssueText(t('nl'), { line: 1, code: 'empty', message: 'the file is empty' })).toBe(
      'het bestand is leeg'
    );
  });

  it('keeps core’s English message for a code it does not know, or none', () => {
    expect(priceIssueText(t('fr'), { line: 4, code: 'newer-rule', message: 'a newer rule' })).toBe(
      'a newer rule'
    );
    expect(priceIssueText(t('fr'), { line: 4, message: 'from an older main' })).toBe(
      'from an older main'
    );
  });
});
