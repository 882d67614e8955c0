/**
 * "Import CSV": a file picker for `kind,name,monthly_price,currency` lines. Main imports all
 * or nothing, so a file with issues lists them by line number and saves nothing.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { errorMessage } from '../../lib/call';
import { useImportPrices } from './prices-api';

/** The import section (`data-testid="price-import"`). */
export function PriceCsvImport() {
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
  const name = fileName ?? 'the file';
  return (
    <section
      className="card price-import"
      data-testid="price-import"
      aria-labelledby={`${inputId}-title`}
    >
      <h2 id={`${inputId}-title`}>Import from a CSV file</h2>
      <p id={helpId} className="muted">
        One line per price: <code>kind,name,monthly_price,currency</code>, with kind{' '}
        <code>servicepack</code> or <code>addon</code> and the price as a decimal (
        <code>12.50</code>), all in one currency. The first line is the header. A file with a
        problem is not imported at all.
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
          {importer.isPending ? 'Importing…' : 'Import CSV…'}
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
            {name} could not be imported: {errorMessage(importer.error)}
          </p>
        ) : result && result.issues.length > 0 ? (
          <div className="price-import__issues">
            <p className="save-status save-status--error">
              Nothing imported: {name} has{' '}
              {result.issues.length === 1 ? 'a problem' : `${result.issues.length} problems`}. Fix
              and choose it again.
            </p>
            <ul>
              {result.issues.map((issue) => (
                <li key={`${issue.line}:${issue.message}`}>
                  <strong>Line {issue.line}:</strong> {issue.message}
                </li>
              ))}
            </ul>
          </div>
        ) : result ? (
          <p className="save-status save-status--ok">
            Imported {result.imported} {result.imported === 1 ? 'price' : 'prices'} from {name}.
          </p>
        ) : null}
      </div>
    </section>
  );
}
