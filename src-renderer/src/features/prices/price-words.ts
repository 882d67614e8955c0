/**
 * The price list's problems in words: a typed price that cannot be read, and a CSV line's
 * issue from the code main sends with it (src-shared/i18n/price-issue-text.ts, shared with
 * the CLI). Pure: `t` and the locale come in.
 */
import type { PricesT } from '@shared/i18n/price-issue-text';
import { decimalMark, priceText, type PriceProblem } from './price-input';

export { priceIssueText as csvIssueText } from '@shared/i18n/price-issue-text';

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
