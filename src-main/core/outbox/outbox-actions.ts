/**
 * Retry and Discard of one outbox item, with the refusals both surfaces give: the app's
 * outbox channels (outbox-handlers.ts) and `hostdeck outbox retry|discard`.
 */
import type { DatabaseSync } from 'node:sqlite';
import { AppFailure } from '../errors';
import {
  discardOutboxItem,
  getOutboxRecord,
  requeueFailedItem,
  type OutboxRecord
} from './outbox-repository';

function gone(): AppFailure {
  return new AppFailure('not-found', 'This outbox item is gone.', {
    code: 'outbox-item-not-found'
  });
}

/**
 * Puts the failed item `id` back in the queue, its attempts kept, and returns it; the caller
 * sends its ticket's queue. Not-found when there is no such item, conflict when it is not failed.
 */
export function requeueForRetry(db: DatabaseSync, id: string): OutboxRecord {
  const record = requeueFailedItem(db, id);
  if (record !== null) return record;
  const existing = getOutboxRecord(db, id);
  if (existing === null) throw gone();
  throw new AppFailure(
    'conflict',
    `Only a failed item can be retried (this one is ${existing.state}).`,
    { code: 'outbox-not-retryable', values: { state: existing.state } }
  );
}

/**
 * Drops the queued or failed item `id`: it is never sent. Not-found when there is no such
 * item, conflict when it is being sent or was sent.
 */
export function discardItem(db: DatabaseSync, id: string): void {
  if (discardOutboxItem(db, id)) return;
  const existing = getOutboxRecord(db, id);
  if (existing === null) throw gone();
  throw new AppFailure(
    'conflict',
    `Only a queued or failed item can be discarded (this one is ${existing.state}).`,
    { code: 'outbox-not-discardable', values: { state: existing.state } }
  );
}
