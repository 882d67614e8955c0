/**
 * End-to-end tests only: a web shell whose clock starts at a given instant and runs at the
 * real pace from there (`HOSTDECK_TEST_CLOCK=<ISO instant>` with `HOSTDECK_TEST_CONTROL=1`).
 * The shell's core and its built-in demo providers share it, so a test can stop Hostdeck and
 * start it again hours "later" — the hours Hostdeck was not running that Combell's hourly
 * record must show as missing — without waiting for them.
 */
import { systemClock, type Clock } from '../core/ports';

/** A clock reading `startIso` now and moving with real time; null for a missing or bad value. */
export function clockStartingAt(startIso: string | undefined): Clock | null {
  if (startIso === undefined || startIso === '') return null;
  const start = Date.parse(startIso);
  if (!Number.isFinite(start)) return null;
  const offset = start - Date.now();
  return { now: () => Date.now() + offset, sleep: systemClock.sleep };
}
