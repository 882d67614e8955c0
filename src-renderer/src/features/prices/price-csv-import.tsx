/**
 * "Import CSV": a file picker for `kind,name,monthly_price,currency` lines. Main imports all
 * or nothing, so a file with issues lists them by line number and saves nothing.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/call';
import { useImportPrices } from './prices-api';
import { csvIssueText } from './price-words';

/** The import section (`data-testid="price-import"`). */
export function PriceCsvImport() {
  const { t } = useTranslation('prices');
  const importer = useImportPrices();
  const inputId = useId();
  const helpId = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const onFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // The same file can be picked again after fixing it.
    event.target.value = '';
    if (!file) return;
    setFileName(file.name);
    importer.reset();
    void file.text().then(
      (csv) => importer.mutate(csv),
      () => importer.mutate('')
    );
  };

  const result = importer.data;
  const name = fileName ?? t('import.theFile');
  return (
    <section
      className="card price-import"
      data-testid="price-import"
      aria-labelledby={`${inputId}-title`}
    >
      <h2 id={`${inputId}-title`}>{t('import.title')}</h2>
      <p id={helpId} className="muted">
        <Trans t={t} i18nKey="import.help" components={{ code: <code /> }} />
      </p>
      <div className="price-import__picker">
        {/* A real button opens the system's file picker; the file input itself stays hidden. */}
        <button
          type="button"
          className="button"
          aria-describedby={helpId}
          disabled={importer.isPending}
          onClick={() => picker.current?.click()}
        >
          {importer.isPending ? t('import.importing') : t('import.button')}
        </button>
        <input
          ref={picker}
          id={inputId}
          hidden
          type="file"
          accept=".csv,text/csv"
          tabIndex={-1}
          onChange={onFile}
        />
      </div>
      <div role="status" data-testid="price-import-result">
        {importer.isError ? (
          <p className="save-status save-status--error">
            {t('import.failed', { file: name, reason: errorMessage(importer.error) })}
          </p>
        ) : result && result.issues.length > 0 ? (
          <div className="price-import__issues">
            <p className="save-status save-status--error">
              {t('import.issues', { count: result.issues.length, file: name })}
            </p>
            <ul>
              {result.issues.map((issue) => (
                <li key={`${issue.line}:${issue.message}`}>
                  <strong>{t('import.line', { line: issue.line })}</strong> {csvIssueText(t, issue)}
                </li>
              ))}
            </ul>
          </div>
        ) : result ? (
          <p className="save-status save-status--ok">
            {t('import.imported', { count: result.imported, file: name })}
          </p>
        ) : null}
      </div>
    </section>
  );
}
