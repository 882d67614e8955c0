/**
 * A cheap fingerprint of a file's current content, for readers that keep what they parsed
 * from it. conf writes by renaming a fresh file over the old one, so every
 * write gives a new inode; size and the change times catch writes in place (a hand edit).
 * One stat call, no read.
 */
import { statSync } from 'node:fs';

/**
 * File times advance in clock ticks (milliseconds apart), so two writes within one tick can
 * leave the same stamp. A file changed this recently is given a revision of its own on every
 * call: it is read again until its stamp is old enough to be trusted.
 */
const SETTLED_MS = 1000;
let unsettled = 0;

/** The file's identity and change stamp, or 'missing' while it does not exist. */
export function fileRevision(path: string): string {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  if (stat === undefined) return 'missing';
  // Every write sets the modification time to the current tick.
  const writtenAt = Number(stat.mtimeNs / 1_000_000n);
  if (Math.abs(Date.now() - writtenAt) < SETTLED_MS) return `unsettled:${(unsettled += 1)}`;
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}
