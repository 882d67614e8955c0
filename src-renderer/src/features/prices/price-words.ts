/**
 * The price list's problems in words: a typed price that cannot be read, and a CSV line's
 * issue from the code main sends with it (its English message stays the fallback for a code
 * this version does not know). Pure: `t` and the locale come in.
 */
import type { TFunction } from 'i18next';
import type { PriceImportIssue } from '../../../../src-shared/contract';
import { decimalMark, priceText, type PriceProblem } from './price-input';

type PricesT = TFunction<'prices'>;

/** Why a typed price cannot be read, with an example amount in the locale's decimals. */
export function priceProblemText(t: PricesT, problem: PriceProblem, locale: string): string {
  switch (problem.code) {
    case 'not-a-number':
      return t('problem.notANumber', { example: priceText(1250, 2, decimalMark(locale)) });
    case 'no-decimals':
      return t('problem.noDecimals');
    case 'too-many-decimals':
      return t('problem.tooManyDecimals', { count: problem.digits });
    case 'too-large':
      return t('problem.tooLarge');
  }
}

function text(values: PriceImportIssue['values'], key: string): string | null {
  const value = values?.[key];
  return value === undefined ? null : String(value);
}

/** A CSV line's issue in the language of `t`; main's English message for an unknown code. */
export function csvIssueText(t: PricesT, issue: PriceImportIssue): string {
  const values = issue.values;
  const got = text(values, 'got') ?? '';
  const digits = Number(values?.['digits'] ?? NaN);
  switch (issue.code) {
    case 'empty':
      return t('csv.empty');
    case 'header':
      return t('csv.header', { expected: text(values, 'expected') ?? '', got });
    case 'field-count':
      return t('csv.fieldCount', { got });
    case 'kind':
      return t('csv.kind', { got });
    case 'name-empty':
      return t('csv.nameEmpty');
    case 'currency':
      return t('csv.currency', { got });
    case 'currency-mixed':
      return t('csv.currencyMixed', { got, currency: text(values, 'currency') ?? '' });
    case 'currency-list':
      return t('csv.currencyList', { got, currency: text(values, 'currency') ?? '' });
    case 'price-not-number':
      return t('csv.priceNotNumber', { got });
    case 'price-decimals':
      return Number.isInteger(digits)
        ? t('csv.priceDecimals', { got, count: digits })
        : issue.message;
    case 'price-too-large':
      return t('csv.priceTooLarge', { got });
    case 'duplicate': {
      const kind = text(values, 'kind');
      return t('csv.duplicate', {
        kind: kind === 'servicepack' || kind === 'addon' ? t(`kinds.${kind}`) : (kind ?? ''),
        name: text(values, 'name') ?? '',
        line: text(values, 'line') ?? ''
      });
    }
    case 'no-lines':
      return t('csv.noLines');
    default:
      return issue.message;
  }
}
