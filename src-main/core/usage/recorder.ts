/**
 * Hostdeck's own hourly images (issue 14): after each sync of a profile whose provider has
 * no usage data (Combell), the accounts just synced, with their add-ons and service packs,
 * are recorded for the hour slot the sync ran in, and the priced usage is derived again.
 */
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction } from '../cache/database';
import { readEntities } from '../cache/repositories/entities';
import { derivePricedUsage, recordImage, type RecordOutcome } from './recorded-usage-repository';
import type { Logger } from '../ports';
import { hourlyImage } from '../providers/combell/hourly-image';
import type { ProviderCapabilities } from '@shared/model';

/** The part of a sync report recording looks at. */
export interface SyncOutcomeForRecording {
  readonly startedAt: string;
  readonly entities: readonly { readonly entity: string; readonly ok: boolean }[];
}

/**
 * Records the image of the cached accounts for the slot the sync started in, when the
 * provider needs Hostdeck's own record and the accounts were synced in full this time (a
 * failed or cancelled accounts listing would record a wrong image: the hour stays missing).
 * Returns what was recorded, or null when nothing was.
 */
export function recordAfterSync(
  db: DatabaseSync,
  capabilities: ProviderCapabilities,
  report: SyncOutcomeForRecording,
  logger: Logger
): RecordOutcome | null {
  if (!capabilities.usageRecording) return null;
  const services = report.entities.find((e) => e.entity === 'services');
  if (!services?.ok) return null;
  const image = hourlyImage(readEntities(db, 'services'), Date.parse(report.startedAt));
  const outcome = inTransaction(db, () => {
    const recorded = recordImage(db, image);
    if (recorded.kind !== 'ignored') derivePricedUsage(db);
    return recorded;
  });
  if (outcome.kind === 'ignored')
    logger.log('warn', 'hourly image older than the last recorded slot; not recorded', {
      slot: outcome.slot,
      lastSlot: outcome.lastSlot
    });
  else if (outcome.kind === 'recorded' && outcome.missingHours > 0)
    logger.log('info', 'hours without an hourly image (Hostdeck was not running)', {
      slot: outcome.slot,
      missingHours: outcome.missingHours
    });
  return outcome;
}
