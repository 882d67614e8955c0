/**
 * The statement (route `statement`): for a period, the payments, refunds and credit
 * movements with running balances, the period's totals, a CSV export, and the accountant's
 * bundle of the same period. Everything is read from the cache, so it works offline.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { QueryFailure, QueryLoading } from '../../components/query-state';
import { BridgeError, errorMessage } from '../../lib/call';
import { useLocale } from '../../lib/i18n';
import { useSettings } from '../../lib/queries/settings';
import { navigate } from '../../lib/router';
import { formatDateTime, formatMoney } from '@shared/i18n/format';
import type { Statement } from '@shared/contract';
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
  // The page shown, for the period it was chosen in: another period starts at its first page.
  const periodKey = period ? `${period.from}:${period.to}` : '';
  const [paging, setPaging] = useState({ periodKey, page: 0 });
  const page = paging.periodKey === periodKey ? paging.page : 0;
  const statement = useStatement(period, page);
  const exportCsv = useExportStatement();
  const { t } = useTranslation('invoices');

  if (!period || statement.isPending)
    return <QueryLoading page="statement" what={t('loadingStatement')} />;
  if (statement.isError) {
    if (statement.error instanceof BridgeError && statement.error.kind === 'not-found') {
      return (
        <div data-page="statement" data-view-state="empty">
          <EmptyState
            title={t('noProvider.title')}
            action={{ label: t('noProvider.action'), onClick: () => navigate('profiles') }}
          >
            <p>{t('noProvider.statement')}</p>
          </EmptyState>
        </div>
      );
    }
    return (
      <QueryFailure
        page="statement"
        what={t('statementLoadFailed')}
        error={statement.error}
        onRetry={() => void statement.refetch()}
      />
    );
  }

  const data = statement.data;
  const neverSynced = data.syncedAt.transactions === null && data.syncedAt.credits === null;
  const empty = data.entryCount === 0;
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
            {t('statement.title')}
          </h2>
          <div className="billing__export">
            <button
              type="button"
              className="button"
              disabled={exportCsv.isPending}
              onClick={() => exportCsv.mutate(period)}
            >
              {t('statement.exportCsv')}
            </button>
            <span role="status" className="muted">
              {exportCsv.isError
                ? errorMessage(exportCsv.error)
                : exportCsv.data
                  ? t('statement.saved', { file: exportCsv.data })
                  : ''}
            </span>
          </div>
        </div>
        <PeriodPicker choice={choice} period={period} onChange={setChoice} />
        <StatementSummary statement={data} />
        {neverSynced ? (
          <EmptyState title={t('statement.notSyncedTitle')}>
            <p>{t('statement.notSyncedBody')}</p>
          </EmptyState>
        ) : empty ? (
          <EmptyState title={t('statement.emptyTitle')}>
            <p>{t('statement.emptyBody')}</p>
          </EmptyState>
        ) : (
          <StatementTable
            statement={data}
            onPage={(next) => setPaging({ periodKey, page: next })}
          />
        )}
        <StatementNotes statement={data} timeZone={settings.data?.timeZone} />
      </section>
      <BundleExport period={period} />
    </div>
  );
}

function StatementSummary({ statement }: { readonly statement: Statement }) {
  const { totals, currency } = statement;
  const { t } = useTranslation('invoices');
  const locale = useLocale();
  const figure = (label: string, minor: number, id: string) => (
    <div className="statement-figure" data-testid={`statement-${id}`}>
      <dt>{label}</dt>
      <dd>{formatMinor(minor, currency, locale)}</dd>
    </div>
  );
  return (
    <dl className="statement-figures">
      {figure(t('statement.payments'), totals.payments, 'payments')}
      {figure(t('statement.refunds'), totals.refunds, 'refunds')}
      {figure(t('statement.fees'), totals.fees, 'fees')}
      {figure(t('statement.creditAdded'), totals.creditAdded, 'credit-added')}
      {figure(t('statement.creditUsed'), totals.creditUsed, 'credit-used')}
      <div className="statement-figure">
        <dt>{t('statement.creditNow')}</dt>
        <dd>
          {statement.creditBalanceNow ? formatMoney(statement.creditBalanceNow, locale) : '—'}
        </dd>
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
  const { t } = useTranslation('invoices');
  const locale = useLocale();
  return (
    <p className="muted billing__notes">
      {statement.skipped > 0
        ? `${t('statement.skipped', {
            count: statement.skipped,
            currency: statement.currency ?? t('statement.accountCurrency')
          })} `
        : null}
      {synced
        ? t('statement.asOf', {
            time: formatDateTime(Date.parse(synced), locale, { timeZone })
          })
        : null}
    </p>
  );
}
