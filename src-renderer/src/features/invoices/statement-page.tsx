/**
 * The statement (route `statement`): for a period, the payments, refunds and credit
 * movements with running balances, the period's totals, a CSV export, and the accountant's
 * bundle of the same period. Everything is read from the cache, so it works offline.
 */
import { useEffect, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { BridgeError, errorMessage } from '../../lib/call';
import { formatDateTime } from '../../lib/format-time';
import { useSettings } from '../../lib/queries/settings';
import { navigate } from '../../lib/router';
import { formatMoney } from '../../../../src-shared/money';
import type { Statement } from '../../../../src-shared/contract';
import { BillingTabs } from './billing-tabs';
import { BundleExport } from './bundle-export';
import { formatMinor, localToday, presetPeriod, type Period } from './invoices-lib';
import { useExportStatement, useStatement } from './invoices-queries';
import { PeriodPicker } from './period-picker';
import { StatementTable } from './statement-table';
import { useStatementViewStore, type PeriodChoice } from './statement-view-store';
import './invoices.css';

/** The clock, re-read every ten minutes so "this month" turns over with the date. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 10 * 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** The dates a choice stands for today, the right way round. */
function resolvePeriod(choice: PeriodChoice, today: string): Period {
  const period = choice.kind === 'preset' ? presetPeriod(choice.preset, today) : choice.period;
  return period.from <= period.to ? period : { from: period.to, to: period.from };
}

/** The Statement page. */
export function StatementPage() {
  const settings = useSettings();
  const choice = useStatementViewStore((state) => state.choice);
  const setChoice = useStatementViewStore((state) => state.setChoice);
  const now = useNow();
  const today = settings.data ? localToday(now, settings.data.timeZone) : null;
  const period = today ? resolvePeriod(choice, today) : null;
  const statement = useStatement(period);
  const exportCsv = useExportStatement();

  if (!period || statement.isPending) return <QueryLoading page="statement" what="the statement" />;
  if (statement.isError) {
    if (statement.error instanceof BridgeError && statement.error.kind === 'not-found') {
      return (
        <div data-page="statement" data-view-state="empty">
          <EmptyState
            title="No provider connected"
            action={{ label: 'Open Providers', onClick: () => navigate('profiles') }}
          >
            <p>Connect your provider, or use the demo provider, to see its payments and credit.</p>
          </EmptyState>
        </div>
      );
    }
    return (
      <QueryFailure
        page="statement"
        what="The statement"
        error={statement.error}
        onRetry={() => void statement.refetch()}
      />
    );
  }

  const data = statement.data;
  const neverSynced = data.syncedAt.transactions === null && data.syncedAt.credits === null;
  const empty = data.entries.length === 0;
  return (
    <div
      data-page="statement"
      data-view-state={statement.isPlaceholderData ? 'loading' : empty ? 'empty' : 'ready'}
      className="billing"
    >
      <BillingTabs current="statement" />
      <section className="card billing__list" aria-labelledby="statement-title">
        <div className="billing__section-head">
          <h2 id="statement-title" className="billing__section-title">
            Payments, refunds and credit
          </h2>
          <div className="billing__export">
            <button
              type="button"
              className="button"
              disabled={exportCsv.isPending}
              onClick={() => exportCsv.mutate(period)}
            >
              Export CSV
            </button>
            <span role="status" className="muted">
              {exportCsv.isError
                ? errorMessage(exportCsv.error)
                : exportCsv.data
                  ? `Saved ${exportCsv.data}`
                  : ''}
            </span>
          </div>
        </div>
        <PeriodPicker choice={choice} period={period} onChange={setChoice} />
        <StatementSummary statement={data} />
        {neverSynced ? (
          <EmptyState title="Not synced yet">
            <p>
              Hostdeck has not read this account&apos;s transactions and credit log yet. They appear
              here after the next sync.
            </p>
          </EmptyState>
        ) : empty ? (
          <EmptyState title="Nothing in this period">
            <p>
              No payments, refunds or credit movements from the chosen dates. Try a wider period.
            </p>
          </EmptyState>
        ) : (
          <StatementTable key={`${period.from}:${period.to}`} statement={data} />
        )}
        <StatementNotes statement={data} timeZone={settings.data?.timeZone} />
      </section>
      <BundleExport period={period} />
    </div>
  );
}

function StatementSummary({ statement }: { readonly statement: Statement }) {
  const { totals, currency } = statement;
  const figure = (label: string, minor: number, id: string) => (
    <div className="statement-figure" data-testid={`statement-${id}`}>
      <dt>{label}</dt>
      <dd>{formatMinor(minor, currency)}</dd>
    </div>
  );
  return (
    <dl className="statement-figures">
      {figure('Payments', totals.payments, 'payments')}
      {figure('Refunds', totals.refunds, 'refunds')}
      {figure('Gateway fees', totals.fees, 'fees')}
      {figure('Credit added', totals.creditAdded, 'credit-added')}
      {figure('Credit used', totals.creditUsed, 'credit-used')}
      <div className="statement-figure">
        <dt>Credit balance now</dt>
        <dd>{statement.creditBalanceNow ? formatMoney(statement.creditBalanceNow) : '—'}</dd>
      </div>
    </dl>
  );
}

function StatementNotes({
  statement,
  timeZone
}: {
  readonly statement: Statement;
  readonly timeZone: string | undefined;
}) {
  const synced = statement.syncedAt.transactions ?? statement.syncedAt.credits;
  return (
    <p className="muted billing__notes">
      {statement.skipped > 0
        ? `${statement.skipped} entr${statement.skipped === 1 ? 'y' : 'ies'} in another currency than ${statement.currency ?? 'the account’s'} are left out. `
        : null}
      {synced ? `Transactions as of ${formatDateTime(Date.parse(synced), timeZone)}.` : null}
    </p>
  );
}
