/**
 * The price list editor: every service pack and add-on Hostdeck has seen, each with its
 * monthly price typed as a decimal in the list's currency, the ones without a price flagged,
 * and one Save for the whole list. Enter in any field saves too.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceListEntryView, PriceListView } from '@shared/contract';
import { formatAmount, formatDateTime } from '@shared/i18n/format';
import { errorMessage } from '../../lib/call';
import { useLocale } from '../../lib/i18n';
import { useSavePrices } from './prices-api';
import {
  currencyDigits,
  decimalMark,
  entryKey,
  planSave,
  priceText,
  type PriceProblem
} from './price-input';
import { priceProblemText } from './price-words';

export interface PriceListEditorProps {
  readonly list: PriceListView;
  readonly timeZone: string | undefined;
}

/** The editor form (`data-testid="price-list-editor"`). */
export function PriceListEditor({ list, timeZone }: PriceListEditorProps) {
  const { t } = useTranslation('prices');
  const { t: common } = useTranslation('common');
  const locale = useLocale();
  const mark = decimalMark(locale);
  // Only what the reseller changed is kept here; everything else shows the saved list.
  const [edits, setEdits] = useState<ReadonlyMap<string, string>>(new Map());
  const [currencyEdit, setCurrencyEdit] = useState<string | null>(null);
  const [problems, setProblems] = useState<ReadonlyMap<string, PriceProblem>>(new Map());
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const save = useSavePrices();
  const currencyId = useId();
  const currencyErrorId = useId();
  const statusId = useId();

  const savedCurrency = list.currency ?? 'EUR';
  const currencyText = currencyEdit ?? savedCurrency;
  const currency = currencyText.trim().toUpperCase();
  const currencyValid = /^[A-Z]{3}$/.test(currency);
  const savedDigits = currencyDigits(savedCurrency);
  const dirty = edits.size > 0 || (currencyEdit !== null && currency !== list.currency);

  const edit = (key: string, text: string): void => {
    setEdits((current) => new Map(current).set(key, text));
    setProblems((current) => {
      if (!current.has(key)) return current;
      const next = new Map(current);
      next.delete(key);
      return next;
    });
    setSavedAt(null);
    save.reset();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (save.isPending) return;
    if (!currencyValid) return;
    const plan = planSave(list, edits, currency);
    if (!plan.ok) {
      setProblems(plan.problems);
      const first = [...plan.problems.keys()][0];
      if (first) document.getElementById(inputId(first))?.focus();
      return;
    }
    save.mutate(
      { currency, entries: [...plan.entries] },
      {
        onSuccess: () => {
          setEdits(new Map());
          setCurrencyEdit(null);
          setProblems(new Map());
          setSavedAt(Date.now());
        }
      }
    );
  };

  // Ids by position: names may hold spaces, which aria-describedby would split.
  const inputId = (key: string): string =>
    `${statusId}-price-${list.entries.findIndex((entry) => entryKey(entry) === key)}`;
  const problemCount = problems.size;

  return (
    <form
      className="price-editor"
      data-testid="price-list-editor"
      onSubmit={onSubmit}
      noValidate
      aria-describedby={statusId}
    >
      <div className="price-editor__bar">
        <div className="field price-editor__currency">
          <label htmlFor={currencyId}>{t('editor.currency')}</label>
          <input
            id={currencyId}
            className="input"
            value={currencyText}
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={currencyValid ? undefined : true}
            aria-describedby={`${currencyId}-help${currencyValid ? '' : ` ${currencyErrorId}`}`}
            onChange={(event) => {
              setCurrencyEdit(event.target.value);
              setSavedAt(null);
              save.reset();
            }}
            disabled={save.isPending}
          />
          <p id={`${currencyId}-help`} className="field__help">
            {t('editor.currencyHelp')}
          </p>
          {currencyValid ? null : (
            <p id={currencyErrorId} className="price-editor__problem">
              {t('editor.currencyInvalid')}
            </p>
          )}
        </div>
        <p className="price-editor__summary" data-testid="price-unpriced-count">
          {list.unpricedCount === 0
            ? t('editor.allPriced', { count: list.entries.length })
            : t('editor.unpriced', { count: list.unpricedCount, total: list.entries.length })}
        </p>
      </div>
      <div className="table-wrap price-editor__table">
        <table className="data-table">
          <caption className="visually-hidden">{t('editor.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editor.columns.name')}</th>
              <th scope="col">{t('editor.columns.kind')}</th>
              <th scope="col" className="data-table__num">
                {t('editor.columns.monthlyPrice', {
                  currency: currencyValid ? currency : savedCurrency
                })}
              </th>
              <th scope="col">{t('editor.columns.price')}</th>
              <th scope="col">{t('editor.columns.lastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {list.entries.map((entry) => {
              const key = entryKey(entry);
              return (
                <PriceRow
                  key={key}
                  entry={entry}
                  inputId={inputId(key)}
                  text={edits.get(key) ?? priceText(entry.monthlyPrice, savedDigits, mark)}
                  problem={(() => {
                    const problem = problems.get(key);
                    return problem ? priceProblemText(t, problem, locale) : null;
                  })()}
                  currency={savedCurrency}
                  disabled={save.isPending}
                  timeZone={timeZone}
                  onChange={(text) => edit(key, text)}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="price-editor__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={save.isPending || !currencyValid}
        >
          {save.isPending ? common('actions.saving') : t('editor.save')}
        </button>
        <p
          id={statusId}
          className={`save-status${save.isError || problemCount > 0 ? ' save-status--error' : savedAt !== null ? ' save-status--ok' : ''}`}
          role="status"
          data-testid="price-save-status"
        >
          {save.isPending
            ? t('editor.saving')
            : save.isError
              ? t('editor.saveFailed', { reason: errorMessage(save.error) })
              : problemCount > 0
                ? t('editor.problems', { count: problemCount })
                : savedAt !== null
                  ? t('editor.saved')
                  : dirty
                    ? t('editor.unsaved')
                    : ''}
        </p>
      </div>
    </form>
  );
}

function PriceRow(props: {
  readonly entry: PriceListEntryView;
  readonly inputId: string;
  readonly text: string;
  readonly problem: string | null;
  /** The saved list's currency, for the saved price. */
  readonly currency: string;
  readonly disabled: boolean;
  readonly timeZone: string | undefined;
  readonly onChange: (text: string) => void;
}) {
  const { t } = useTranslation('prices');
  const locale = useLocale();
  const { entry } = props;
  const problemId = `${props.inputId}-problem`;
  const unpriced = entry.monthlyPrice === null;
  return (
    <tr data-testid="price-row" data-priced={unpriced ? 'false' : 'true'}>
      <th scope="row">{entry.name}</th>
      <td>{t(`kinds.${entry.kind}`)}</td>
      <td className="data-table__num">
        <input
          id={props.inputId}
          className="input price-editor__input"
          inputMode="decimal"
          autoComplete="off"
          value={props.text}
          placeholder={t('editor.noPrice')}
          aria-label={t(`editor.inputName.${entry.kind}`, { name: entry.name })}
          aria-invalid={props.problem ? true : undefined}
          aria-describedby={props.problem ? problemId : undefined}
          disabled={props.disabled}
          onChange={(event) => props.onChange(event.target.value)}
        />
        {props.problem ? (
          <span id={problemId} className="price-editor__problem">
            {props.problem}
          </span>
        ) : null}
      </td>
      <td>
        {entry.monthlyPrice === null ? (
          <span className="status-chip price-chip price-chip--missing">{t('editor.noPrice')}</span>
        ) : (
          <span className="status-chip price-chip price-chip--set" data-testid="price-saved">
            {formatAmount(entry.monthlyPrice, props.currency, locale)}
          </span>
        )}
      </td>
      <td>
        {entry.lastSeen
          ? formatDateTime(Date.parse(entry.lastSeen), locale, { timeZone: props.timeZone })
          : t('editor.notSeen')}
      </td>
    </tr>
  );
}
