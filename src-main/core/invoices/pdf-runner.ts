/**
 * Runs the PDF downloader in the background of a session: started after each data sync,
 * paused while the next sync runs (the data comes first), stopped when the session closes.
 * Progress goes out as `invoices:pdf-progress`; stored PDFs invalidate the invoices scope.
 */
import type { DatabaseSync } from 'node:sqlite';
import { localDate } from '../time';
import type { Clock, EventSink, Logger } from '../ports';
import type { ProviderReader } from '../providers/provider';
import {
  downloadMissingPdfs,
  type PdfCacheScope,
  type PdfProgress,
  type PdfRunReport
} from './pdf-downloader';

export interface PdfRunnerDeps {
  readonly db: DatabaseSync;
  readonly dir: string;
  readonly adapter: () => Promise<ProviderReader>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly events: EventSink;
  readonly scope: () => PdfCacheScope;
  readonly timeZone: () => string;
  /** Pause between downloads (the runner's rate limit). */
  readonly pauseMs?: number;
}

export interface PdfRunner {
  /** Starts a run unless one is running (then returns that one). */
  start(): Promise<PdfRunReport | null>;
  /** Stops the running run, if any, and waits for it; the next start resumes. */
  stop(): Promise<void>;
  running(): boolean;
  lastProgress(): PdfProgress | null;
}

/** Creates the runner of one session. */
export function createPdfRunner(deps: PdfRunnerDeps): PdfRunner {
  let current: Promise<PdfRunReport | null> | null = null;
  let controller: AbortController | null = null;
  let progress: PdfProgress | null = null;

  const run = async (signal: AbortSignal): Promise<PdfRunReport | null> => {
    try {
      const adapter = await deps.adapter();
      const report = await downloadMissingPdfs({
        db: deps.db,
        dir: deps.dir,
        adapter,
        clock: deps.clock,
        logger: deps.logger,
        scope: deps.scope(),
        today: localDate(deps.clock.now(), deps.timeZone()),
        signal,
        ...(deps.pauseMs === undefined ? {} : { pauseMs: deps.pauseMs }),
        onProgress: (p) => {
          progress = p;
          deps.events.emit('invoices:pdf-progress', p);
          if (p.phase === 'downloading' && p.done > 0 && p.done % 25 === 0)
            deps.events.emit('cache:changed', { scopes: ['invoices'] });
        }
      });
      if (report.downloaded > 0) deps.events.emit('cache:changed', { scopes: ['invoices'] });
      return report;
    } catch (error) {
      // No adapter (offline start, missing secret): the next sync starts another run.
      deps.logger.log('warn', 'invoice PDF downloads did not start', {
        error: error instanceof Error ? error.message : String(error)
      });
      return null;
    }
  };

  return {
    start() {
      if (current) return current;
      controller = new AbortController();
      const started = run(controller.signal).finally(() => {
        if (current === started) {
          current = null;
          controller = null;
        }
      });
      current = started;
      return started;
    },
    async stop() {
      controller?.abort();
      await current?.catch(() => null);
    },
    running: () => current !== null,
    lastProgress: () => progress
  };
}
