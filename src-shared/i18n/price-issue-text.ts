/**
 * A price CSV line's issue in words: core sends each with a code and its values
 * (core/prices/price-list.ts; its English message is for JSON consumers), and the screen
 * or the CLI writes it in the chosen language (namespace `prices`, keys `csv.*`). A code this
 * version does not know falls back to the message.
 */
import type { TFunction } from 'i18next';
import type { PriceImportIssue } from '../contract/prices';
import './i18next-types';

/** `t` of the `prices` namespace. */
export type PricesT = TFunction<'prices'>;

function text(values: PriceImportIssue['values'], key: string): string | null {
  const value = values?.[key];
  return value === undefined ? null : String(value);
}

/** A CSV line's issue in the language of `t`; main's English message for an unknown code. */
export function priceIssueText(t: PricesT, issue: PriceImportIssue): string {
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
      if (kind !== 'servicepack' && kind !== 'addon') return issue.message;
      return t(`csv.duplicate.${kind}`, {
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
