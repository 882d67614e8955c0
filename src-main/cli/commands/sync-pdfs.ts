/**
 * `hostdeck sync --pdfs`: after the data, cache the invoice PDFs the app keeps for offline
 * use (unpaid ones and the last 24 months, or all: Settings' PDF scope), one at a time with
 * a pause between them, like the app's background downloader. Failures are reported and
 * retried by the next run; they never change the sync's exit code.
 */
import { localDate } from '../../core/time';
import type { Logger } from '../../core/ports';
import { systemClock } from '../../core/ports';
import { downloadMissingPdfs } from '../../core/invoices/pdf-downloader';
import type { Session } from '../../core/profile-session';
import type { CliIo } from '../cli-io';
import { readSettings } from '../cli-settings';

/** Downloads the missing PDFs of the session's profile and prints one summary line. */
export async function syncPdfs(
  session: Session,
  dataDir: string,
  logger: Logger,
  io: CliIo,
  signal?: AbortSignal
): Promise<void> {
  const settings = readSettings(dataDir);
  const report = await downloadMissingPdfs({
    db: session.cache.db,
    dir: session.pdfDir,
    adapter: await session.adapter(),
    clock: systemClock,
    logger,
    scope: settings.pdfCacheScope,
    today: localDate(Date.now(), settings.timeZone),
    pauseMs: 200,
    ...(signal ? { signal } : {}),
    onProgress: (p) => {
      if (p.phase === 'downloading') io.stderr(`  pdfs: ${p.done}/${p.total}\n`);
    }
  });
  const failed = report.failed.length;
  const state = report.stoppedBecause === null && failed === 0 ? 'ok    ' : 'FAILED';
  const why = report.stoppedBecause ? `; stopped: ${report.stoppedBecause}` : '';
  io.stdout(
    `${state} ${'pdfs'.padEnd(13)} ${report.downloaded} downloaded${failed > 0 ? `, ${failed} failed (retried next time)` : ''}${why}\n`
  );
}
