/**
 * The CSV export buttons: rows or daily breakdown of the month shown, downloaded as a file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageExportKind } from '@shared/contract';
import { errorMessage } from '../../lib/call';
import { downloadUsageCsv } from './use-usage-month';

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly filename: string }
  | { readonly kind: 'error'; readonly message: string };

/** Two buttons and a one-line outcome. */
export function UsageExport({ month }: { readonly month: string }) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const { t } = useTranslation('usage');
  const run = async (what: UsageExportKind) => {
    setState({ kind: 'busy' });
    try {
      setState({ kind: 'done', filename: await downloadUsageCsv(month, what) });
    } catch (error) {
      setState({ kind: 'error', message: errorMessage(error) });
    }
  };
  return (
    <div className="usage-export">
      <button
        type="button"
        className="button"
        disabled={state.kind === 'busy'}
        onClick={() => void run('rows')}
      >
        {t('export.rows')}
      </button>
      <button
        type="button"
        className="button"
        disabled={state.kind === 'busy'}
        onClick={() => void run('daily')}
      >
        {t('export.daily')}
      </button>
      <span className="usage-export__status" role="status">
        {state.kind === 'done'
          ? t('export.saved', { filename: state.filename })
          : state.kind === 'error'
            ? state.message
            : ''}
      </span>
    </div>
  );
}
