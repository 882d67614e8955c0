/**
 * `hostdeck outbox [--format json|table]` lists the profile's outbox from the cache: each
 * write with its kind, ticket, state (queued/sending/sent/failed), attempts and last error.
 * `hostdeck outbox send` sends what is queued, in order per ticket, exactly once.
 *
 * Exit codes: 0 listed / everything sent; 1 no cache to read, or something is still queued
 * or was refused by the provider; 2 invalid usage; 3 the provider refused the credentials.
 */
import type { OutboxItem } from '@shared/contract';
import { localDateTime } from '../../core/time';
import { listOutboxRecords, toOutboxItem } from '../../core/outbox/outbox-repository';
import { openProfileStore } from '../../core/profiles/profile-store';
import { defaultDataDir } from '../../node/paths';
import type { CliIo } from '../cli-io';
import { cliWords, type CliWords } from '../cli-words';
import { errorReason } from '@shared/i18n/error-text';
import { EXIT, UsageError, openProfileCache, parseOptions, withUsage } from '../cli-context';
import { readSettings } from './alerts';
import {
  WRITE_CONNECTION_OPTIONS,
  WRITE_CONNECTION_USAGE,
  openWriteSession
} from './write-connection';

const LIST_USAGE =
  'hostdeck outbox [--format json|table] [--data-dir DIR] [--profile NAME | --whmcs-url URL --identifier ID --client-id N]';
const SEND_USAGE = `hostdeck outbox send ${WRITE_CONNECTION_USAGE}`;

/** Dispatches `hostdeck outbox [send]`. */
export async function runOutbox(args: readonly string[], io: CliIo): Promise<number> {
  if (args[0] === 'send')
    return withUsage('outbox send', SEND_USAGE, io, () => send(args.slice(1), io));
  if (args[0] === '--help' || args[0] === '-h') {
    io.stdout(`Usage:\n  ${LIST_USAGE}\n  ${SEND_USAGE}\n`);
    return EXIT.ok;
  }
  return withUsage('outbox', LIST_USAGE, io, () => list(args, io));
}

async function list(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    format: { type: 'string', default: 'table' },
    'data-dir': { type: 'string' },
    profile: { type: 'string' },
    'whmcs-url': { type: 'string' },
    identifier: { type: 'string' },
    'client-id': { type: 'string' }
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
