/**
 * `hostdeck domains <subcommand>`, what the Domains page does for one domain:
 *
 *   hostdeck domains show <name|id>            the cached domain, its alert and alert history
 *   hostdeck domains renew <name|id>           renew it the way the provider allows
 *   hostdeck domains auto-renew <name|id> on|off   switch its auto-renew at the provider
 *
 * (`hostdeck export domains` lists them.) Each prints JSON. `renew` renews through the
 * provider's API where it can, then syncs; with a provider that renews on its own website
 * (WHMCS) it prints that page's address (`mode: "page-url"`) for a person to open. Exit
 * codes: 0 done; 1 the provider cannot do it or could not be reached (nothing changed); 2
 * invalid usage, or a domain that is not cached; 3 the provider refused the credentials.
 * `renew` and `auto-renew` store what the app's reads show afterwards, without the alert
 * ledger's pass (see alerts.ts): the app notifies what it owes at its next pass.
 */
import type { Session } from '../../core/profile-session';
import { alertSettingsFrom } from '../../core/alerts';
import { storeAlertsForReads } from '../../core/alerts/alert-actions';
import { domainDetail, renewDomain, switchAutoRenew } from '../../core/domains/domain-actions';
import { cachedDomainId } from '../../core/domains/domain-repository';
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, parseOptions, withUsage } from '../cli-context';
import {
  BILLING_CONNECTION,
  BILLING_CONNECTION_OPTIONS,
  withBillingCache
} from './billing-connection';
import { readSettings } from '../cli-settings';
import {
  WRITE_CONNECTION_OPTIONS,
  WRITE_CONNECTION_USAGE,
  openWriteSession
} from './write-connection';
import { reportRefusal } from './write-outcome';

const SHOW_USAGE = `hostdeck domains show <name|id> ${BILLING_CONNECTION}`;
const RENEW_USAGE = `hostdeck domains renew <name|id> ${WRITE_CONNECTION_USAGE}`;
const AUTO_RENEW_USAGE = `hostdeck domains auto-renew <name|id> on|off ${WRITE_CONNECTION_USAGE}`;
const USAGE = [SHOW_USAGE, RENEW_USAGE, AUTO_RENEW_USAGE].map((line) => `  ${line}`).join('\n');

/** Dispatches `hostdeck domains <subcommand>`. */
export async function runDomains(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'show':
      return withUsage('domains show', SHOW_USAGE, io, () => show(rest, io));
    case 'renew':
      return withUsage('domains renew', RENEW_USAGE, io, () => renew(rest, io));
    case 'auto-renew':
      return withUsage('domains auto-renew', AUTO_RENEW_USAGE, io, () => autoRenew(rest, io));
    case '--help':
    case '-h':
      io.stdout(`Usage:\n${USAGE}\n`);
      return EXIT.ok;
    default:
      io.stderr(`hostdeck domains: choose show, renew or auto-renew\nUsage:\n${USAGE}\n`);
      return EXIT.usage;
  }
}

function nameOrId(positional: string | undefined): string {
  if (positional === undefined || positional.trim() === '')
    throw new UsageError('expected a domain name or id');
  return positional;
}

async function show(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, BILLING_CONNECTION_OPTIONS, true);
  if (positionals.length !== 1) throw new UsageError('expected one domain name or id');
  const reference = nameOrId(positionals[0]);
  return withBillingCache('domains show', values, io, ({ cache, settings }) => {
    const id = cachedDomainId(cache.db, reference);
    if (id === null) {
      io.stderr(`hostdeck domains show: no cached domain "${reference}"\n`);
      return EXIT.usage;
    }
    const detail = domainDetail(cache.db, alertSettingsFrom(settings), Date.now(), id);
    io.stdout(`${JSON.stringify(detail, null, 2)}\n`);
    return EXIT.ok;
  });
}

/**
 * Opens the session the options point at, finds the domain and runs `action` on it; prints
 * what it returns as JSON, after storing what the app's reads show.
 */
async function onDomain(
  command: string,
  values: Parameters<typeof openWriteSession>[0],
  reference: string,
  io: CliIo,
  action: (session: Session, id: string) => Promise<Record<string, unknown>>
): Promise<number> {
  const connection = await openWriteSession(values, { ...io, command });
  try {
    const { session, dataDir } = connection;
    const { db } = session.cache;
    const id = cachedDomainId(db, reference);
    if (id === null) {
      io.stderr(
        `hostdeck ${command}: no cached domain "${reference}"; run "hostdeck sync" first\n`
      );
      return EXIT.usage;
    }
    let done: Record<string, unknown>;
    try {
      done = await action(session, id);
    } catch (error) {
      return reportRefusal(command, error, io);
    }
    storeAlertsForReads(db, alertSettingsFrom(readSettings(dataDir)), Date.now());
    io.stdout(`${JSON.stringify(done, null, 2)}\n`);
    return EXIT.ok;
  } finally {
    await connection.close();
  }
}

async function renew(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, WRITE_CONNECTION_OPTIONS, true);
  if (positionals.length !== 1) throw new UsageError('expected one domain name or id');
  return onDomain('domains renew', values, nameOrId(positionals[0]), io, async (session, id) => ({
    id,
    // The command line opens no browser: a renewal page comes back as its address.
    ...(await renewDomain(session, id, async () => false))
  }));
}

async function autoRenew(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, WRITE_CONNECTION_OPTIONS, true);
  const [reference, setting] = positionals;
  if (positionals.length !== 2 || (setting !== 'on' && setting !== 'off'))
    throw new UsageError('expected a domain name or id, then on or off');
  return onDomain('domains auto-renew', values, nameOrId(reference), io, (session, id) =>
    switchAutoRenew(session, id, setting === 'on')
  );
}
