/**
 * The background PDF downloader as the billing screens see it: the cache's state from
 * `invoices:get-pdf-status`, kept current by `invoices:pdf-progress` events while a billing
 * screen is open. An event about one invoice refreshes that invoice's detail, so an open
 * invoice whose PDF just arrived shows it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PdfProgressView } from '@shared/contract';
import { getBridge } from '../../lib/bridge';
import { queryKey } from '../../lib/query-keys';
import { usePdfCacheStatus } from './invoices-queries';

const RUNNING_PHASES: ReadonlySet<PdfProgressView['phase']> = new Set(['started', 'downloading']);

/** Whether a progress event means the downloader is still at work. */
export function isPdfRunRunning(progress: PdfProgressView | null): boolean {
  return progress !== null && RUNNING_PHASES.has(progress.phase);
}

/** The cache's state and the latest progress event (null until one arrives). */
export function usePdfProgress() {
  const queryClient = useQueryClient();
  const status = usePdfCacheStatus();
  const [progress, setProgress] = useState<PdfProgressView | null>(null);

  useEffect(
    () =>
      getBridge().on('invoices:pdf-progress', (event) => {
        setProgress(event);
        if (event.invoiceId !== null)
          void queryClient.invalidateQueries({
            queryKey: queryKey('invoices:get', event.invoiceId)
          });
        if (!RUNNING_PHASES.has(event.phase) || event.phase === 'started')
          void queryClient.invalidateQueries({ queryKey: queryKey('invoices:get-pdf-status') });
      }),
    [queryClient]
  );

  const running = isPdfRunRunning(progress) || (progress === null && status.data?.running === true);
  return { status: status.data ?? null, progress, running };
}
