/**
 * The price list editor: every service pack and add-on Hostdeck has seen, each with its
 * monthly price typed as a decimal in the list's currency, the ones without a price flagged,
 * and one Save for the whole list. Enter in any field saves too.
 */
import { useId, useState, type FormEvent } from 'react';
import type { PriceListEntryView, PriceListView } from '../../../../src-shared/contract';
import { errorMessage } from '../../lib/call';
import { formatDateTime } from '../../lib/format-time';
import { useSavePrices } from './prices-api';
import { currencyDigits, entryKey, planSave, priceText } from './price-input';

const KIND_LABELS = { servicepack: 'Service pack', addon: 'Add-on' } as const;

export interface PriceListEditorProps {
  readonly list: PriceListView;
  readonly timeZone: string | undefined;
}

/** The editor form (`data-testid="price-list-editor"`). */
export function PriceListEditor({ list, timeZone }: PriceListEditorProps) {
  // Only what the reseller changed is kept here; everything else shows the saved list.
  const [edits, setEdits] = useState<ReadonlyMap<string, string>>(new Map());
  const [currencyEdit, setCurrencyEdit] = useState<string | null>(null);
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
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
          <label htmlFor={currencyId}>Currency</label>
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
            One currency for the whole list, as on your Combell invoices (EUR).
          </p>
          {currencyValid ? null : (
            <p id={currencyErrorId} className="price-editor__problem">
              Use a three-letter currency code such as EUR.
            </p>
          )}
        </div>
        <p className="price-editor__summary" data-testid="price-unpriced-count">
          {list.unpricedCount === 0
            ? `All ${list.entries.length} priced.`
            : `${list.unpricedCount} of ${list.entries.length} without a price: their usage counts as unknown, not free.`}
        </p>
      </div>
      <div className="table-wrap price-editor__table">
        <table className="data-table">
          <caption className="visually-hidden">
            Monthly prices of the service packs and add-ons seen in your account
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col" className="data-table__num">
                Monthly price ({currencyValid ? currency : savedCurrency})
              </th>
              <th scope="col">Price</th>
              <th scope="col">Last seen</th>
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
                  text={edits.get(key) ?? priceText(entry.monthlyPrice, savedDigits)}
                  problem={problems.get(key) ?? null}
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
          {save.isPending ? 'Saving…' : 'Save prices'}
        </button>
        <p
          id={statusId}
          className={`save-status${save.isError || problemCount > 0 ? ' save-status--error' : savedAt !== null ? ' save-status--ok' : ''}`}
          role="status"
          data-testid="price-save-status"
        >
          {save.isPending
            ? 'Saving the price list…'
            : save.isError
              ? `The prices were not saved: ${errorMessage(save.error)}`
              : problemCount > 0
                ? `Nothing saved: ${problemCount === 1 ? 'one price needs' : `${problemCount} prices need`} fixing.`
                : savedAt !== null
                  ? 'Price list saved. The usage of this month is priced again.'
                  : dirty
                    ? 'Unsaved changes.'
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
  readonly disabled: boolean;
  readonly timeZone: string | undefined;
  readonly onChange: (text: string) => void;
}) {
  const { entry } = props;
  const problemId = `${props.inputId}-problem`;
  const unpriced = entry.monthlyPrice === null;
  return (
    <tr data-testid="price-row" data-priced={unpriced ? 'false' : 'true'}>
      <th scope="row">{entry.name}</th>
      <td>{KIND_LABELS[entry.kind]}</td>
      <td className="data-table__num">
        <input
          id={props.inputId}
          className="input price-editor__input"
          inputMode="decimal"
          autoComplete="off"
          value={props.text}
          placeholder="No price"
          aria-label={`Monthly price of ${KIND_LABELS[entry.kind].toLowerCase()} ${entry.name}`}
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
        {unpriced ? (
          <span className="status-chip price-chip price-chip--missing">No price</span>
        ) : (
          <span className="status-chip price-chip price-chip--set">Priced</span>
        )}
      </td>
      <td>
        {entry.lastSeen ? formatDateTime(Date.parse(entry.lastSeen), props.timeZone) : 'Not seen'}
      </td>
    </tr>
  );
}
