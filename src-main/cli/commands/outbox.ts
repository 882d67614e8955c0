/**
 * `hostdeck outbox [--format json|table]` lists the profile's outbox from the cache: each
 * write with its kind, ticket, state (queued/sending/sent/failed), attempts and last error.
 * `hostdeck outbox send` sends what is queued, in order per ticket, exactly once.
 * `hostdeck outbox retry ID` puts a failed write back in the queue and sends its ticket's
 * queue; `hostdeck outbox discard ID` drops a queued or failed write (the app's Retry and
 * Discard, core/outbox/outbox-actions.ts).
 *
 * Exit codes: 0 listed / everything sent / discarded; 1 no cache to read, or something is
 * still queued or was refused by the provider; 2 invalid usage, or an id that is not in the
 * outbox or whose state does not allow it; 3 the provider refused the credentials.
 */
import type { OutboxItem } from '@shared/contract';
import { localDateTime } from '../../core/time';
import { toAppError } from '../../core/errors';
import { discardItem, requeueForRetry } from '../../core/outbox/outbox-actions';
import {
  getOutboxRecord,
  listOutboxRecords,
  toOutboxItem,
  type OutboxRecord
} from '../../core/outbox/outbox-repository';
import { openProfileStore } from '../../core/profiles/profile-store';
import { defaultDataDir } from '../../node/paths';
import type { CliIo } from '../cli-io';
import { cliWords, type CliWords } from '../cli-words';
import { errorReason } from '@shared/i18n/error-text';
import { EXIT, UsageError, openProfileCache, parseOptions, withUsage } from '../cli-context';
import { readSettings } from '../cli-settings';
import {
  WRITE_CONNECTION_OPTIONS,
  WRITE_CONNECTION_USAGE,
  openWriteSession
} from './write-connection';
import { reportWrite } from './write-outcome';
import { BILLING_CONNECTION_OPTIONS } from './billing-connection';

const LIST_USAGE =
  'hostdeck outbox [--format json|table] [--data-dir DIR] [--profile NAME | --whmcs-url URL --identifier ID --client-id N]';
const SEND_USAGE = `hostdeck outbox send ${WRITE_CONNECTION_USAGE}`;
const RETRY_USAGE = `hostdeck outbox retry ID ${WRITE_CONNECTION_USAGE}`;
const DISCARD_USAGE =
  'hostdeck outbox discard ID [--data-dir DIR] [--profile NAME | --whmcs-url URL --identifier ID --client-id N]';

/** Dispatches `hostdeck outbox [send|retry|discard]`. */
export async function runOutbox(args: readonly string[], io: CliIo): Promise<number> {
  if (args[0] === 'send')
    return withUsage('outbox send', SEND_USAGE, io, () => send(args.slice(1), io));
  if (args[0] === 'retry')
    return withUsage('outbox retry', RETRY_USAGE, io, () => retry(args.slice(1), io));
  if (args[0] === 'discard')
    return withUsage('outbox discard', DISCARD_USAGE, io, () => discard(args.slice(1), io));
  if (args[0] === '--help' || args[0] === '-h') {
    const lines = [LIST_USAGE, SEND_USAGE, RETRY_USAGE, DISCARD_USAGE];
    io.stdout(`Usage:\n${lines.map((line) => `  ${line}\n`).join('')}`);
    return EXIT.ok;
  }
  return withUsage('outbox', LIST_USAGE, io, () => list(args, io));
}

async function list(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    format: { type: 'string', default: 'table' },
    ...BILLING_CONNECTION_OPTIONS
  });
  if (values.format !== 'json' && values.format !== 'table')
    throw new UsageError(`--format must be json or table, got "${values.format}"`);
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const opened = openProfileCache('outbox', dataDir, profileName(values, dataDir), io);
  if (!opened) return EXIT.failed;
  try {
    const settings = readSettings(dataDir);
    const items = listOutboxRecords(opened.cache.db).map(toOutboxItem);
    io.stdout(
      values.format === 'json'
        ? `${JSON.stringify({ items }, null, 2)}\n`
        : outboxTable(items, settings.timeZone, cliWords(settings, io))
    );
    return EXIT.ok;
  } finally {
    opened.cache.close();
  }
}

/** The profile an ad-hoc connection was stored as, else `--profile`. */
function profileName(
  values: {
    profile?: string | undefined;
    'whmcs-url'?: string | undefined;
    identifier?: string | undefined;
    'client-id'?: string | undefined;
  },
  dataDir: string
): string | undefined {
  const url = values['whmcs-url'];
  if (url === undefined) return values.profile;
  if (values.profile !== undefined)
    throw new UsageError('use either --profile or --whmcs-url, not both');
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    throw new UsageError(`--whmcs-url is not a URL: "${url}"`);
  }
  const found = openProfileStore(dataDir)
    .list()
    .find(
      (p) =>
        p.baseUrl === href && p.login === values.identifier && p.clientId === values['client-id']
    );
  return found?.id ?? `${new URL(href).host} (client ${values['client-id'] ?? '?'})`;
}

function outboxTable(items: readonly OutboxItem[], timeZone: string, words: CliWords): string {
  const { t, i18n } = words;
  if (items.length === 0) return `${t('outbox.empty')}\n`;
  const rows = items.map((item) => [
    item.id.slice(0, 8),
    t(`tickets.thread.kind.${item.kind}`),
    item.ticketPublicId ? `#${item.ticketPublicId}` : '-',
    t(`tickets.thread.state.${item.state}`),
    String(item.attempts),
    localTime(item.createdAt, timeZone),
    item.lastError ? errorReason(i18n.getFixedT(words.language, 'errors'), item.lastError) : '-'
  ]);
  const header = [
    t('outbox.header.id'),
    t('outbox.header.kind'),
    t('outbox.header.ticket'),
    t('outbox.header.state'),
    t('outbox.header.tries'),
    t('outbox.header.stored'),
    t('outbox.header.lastError')
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((v, i) => (i === cells.length - 1 ? v : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

function localTime(iso: string, timeZone: string): string {
  const { date, minutes } = localDateTime(Date.parse(iso), timeZone);
  return `${date} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The one item id `retry` and `discard` take, as `hostdeck outbox --format json` prints it. */
function oneId(positionals: readonly string[]): string {
  if (positionals.length !== 1 || positionals[0]!.trim() === '')
    throw new UsageError(
      'expected one outbox item id, as "hostdeck outbox --format json" prints it'
    );
  return positionals[0]!.trim();
}

/** Says why the outbox refused (no such item, or its state) and gives exit 2; rethrows the rest. */
function refused(command: string, error: unknown, io: CliIo): number {
  const { kind, message } = toAppError(error);
  if (kind !== 'not-found' && kind !== 'conflict') throw error;
  io.stderr(`hostdeck ${command}: ${message}\n`);
  return EXIT.usage;
}

async function retry(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, WRITE_CONNECTION_OPTIONS, true);
  const id = oneId(positionals);
  const connection = await openWriteSession(values, { ...io, command: 'outbox retry' });
  try {
    const { session } = connection;
    const { db } = session.cache;
    let record: OutboxRecord;
    try {
      record = requeueForRetry(db, id);
    } catch (error) {
      return refused('outbox retry', error, io);
    }
    const flush = await session.outbox.flush({ orderKey: record.orderKey });
    const item = toOutboxItem(getOutboxRecord(db, id) ?? record);
    return reportWrite('outbox retry', { item, flush }, io);
  } finally {
    await connection.close();
  }
}

async function discard(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, BILLING_CONNECTION_OPTIONS, true);
  const id = oneId(positionals);
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const opened = openProfileCache('outbox discard', dataDir, profileName(values, dataDir), io);
  if (!opened) return EXIT.failed;
  try {
    try {
      discardItem(opened.cache.db, id);
    } catch (error) {
      return refused('outbox discard', error, io);
    }
    io.stdout(`${JSON.stringify({ id, discarded: true }, null, 2)}\n`);
    return EXIT.ok;
  } finally {
    opened.cache.close();
  }
}

async function send(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, WRITE_CONNECTION_OPTIONS);
  const connection = await openWriteSession(values, { ...io, command: 'outbox send' });
  try {
    const result = await connection.session.outbox.flush();
    io.stdout(
      `${JSON.stringify({ sent: result.sent, failed: result.failed, queued: result.queued }, null, 2)}\n`
    );
    const refused =
      result.stoppedBy?.kind === 'auth' || result.stoppedBy?.kind === 'ip-not-allowed';
    if (result.stoppedBy) io.stderr(`hostdeck outbox send: stopped: ${result.stoppedBy.message}\n`);
    if (refused) return EXIT.auth;
    if (result.queued > 0) {
      const settle =
        result.retryAt === null
          ? ''
          : ` (an interrupted send is looked for at the provider from ${new Date(result.retryAt).toISOString()})`;
      io.stderr(`hostdeck outbox send: ${result.queued} still queued${settle}\n`);
      return EXIT.failed;
    }
    if (result.failed > 0) {
      io.stderr(
        `hostdeck outbox send: the provider refused ${result.failed}; "hostdeck outbox" lists why\n`
      );
      return EXIT.failed;
    }
    return EXIT.ok;
  } finally {
    await connection.close();
  }
}
