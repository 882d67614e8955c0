/**
 * What the billing commands (`invoices`, `services`, `export pdfs|statement`) share: the
 * connection options of `sync` (a stored profile, or the ad-hoc WHMCS connection a previous
 * `sync --whmcs-url` stored) and reading the cache offline. `invoices pdf`, the one command
 * that may reach the provider, opens its session like the write commands do.
 */
import type { Settings } from '@shared/contract';
import type { OpenedCache } from '../../core/cache/database';
import { openProfileStore, type StoredProfile } from '../../core/profiles/profile-store';
import { defaultDataDir } from '../../node/paths';
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, openProfileCache } from '../cli-context';
import { readSettings } from '../cli-settings';

/** The connection part of every billing command's usage line. */
export const BILLING_CONNECTION =
  '[--data-dir DIR] [--profile NAME | --whmcs-url URL --identifier ID --client-id N]';

/** parseArgs options of the connection. */
export const BILLING_CONNECTION_OPTIONS = {
  'data-dir': { type: 'string' },
  profile: { type: 'string' },
  'whmcs-url': { type: 'string' },
  identifier: { type: 'string' },
  'client-id': { type: 'string' }
} as const;

/** The connection values of the billing commands and of `tickets list|show`. */
export interface ConnectionValues {
  readonly 'data-dir'?: string | undefined;
  readonly profile?: string | undefined;
  readonly 'whmcs-url'?: string | undefined;
  readonly identifier?: string | undefined;
  readonly 'client-id'?: string | undefined;
  readonly 'secret-file'?: string | undefined;
  readonly 'access-key-file'?: string | undefined;
}

/** Throws a UsageError for ad-hoc connection options given without --whmcs-url. */
export type RefuseWithoutUrl = (values: ConnectionValues) => void;

/** The billing commands' check: one message for --identifier or --client-id. */
function refuseBillingOptionsWithoutUrl(values: ConnectionValues): void {
  if (values.identifier !== undefined || values['client-id'] !== undefined)
    throw new UsageError('--identifier and --client-id go with --whmcs-url');
}

/**
 * The profile name (or id) the options point at: `--profile`, the stored profile of an
 * ad-hoc `--whmcs-url` connection, or undefined for the active profile.
 */
function profileNameOf(
  dataDir: string,
  values: ConnectionValues,
  refuseWithoutUrl: RefuseWithoutUrl
): string | undefined {
  const url = values['whmcs-url'];
  if (url === undefined) {
    refuseWithoutUrl(values);
    return values.profile;
  }
  if (values.profile !== undefined)
    throw new UsageError('use either --profile or --whmcs-url, not both');
  if (!values.identifier || !values['client-id'])
    throw new UsageError('--whmcs-url needs --identifier and --client-id');
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    throw new UsageError(`--whmcs-url is not a URL: "${url}"`);
  }
  const match = (p: StoredProfile) =>
    p.baseUrl === href && p.login === values.identifier && p.clientId === values['client-id'];
  // A connection never synced has no cache: its would-be name makes the hint say so.
  return (
    openProfileStore(dataDir).list().find(match)?.id ??
    `${new URL(href).host} (client ${values['client-id']})`
  );
}

/** An open cache with what the commands need next to it. */
export interface BillingCache {
  readonly cache: OpenedCache;
  readonly profile: StoredProfile;
  readonly dataDir: string;
  readonly settings: Settings;
}

/**
 * Runs `body` over the cache the options point at; exit 1 (with the reason) when there is
 * none. `refuseWithoutUrl` checks the ad-hoc options given without --whmcs-url.
 */
export async function withBillingCache(
  command: string,
  values: ConnectionValues,
  io: CliIo,
  body: (opened: BillingCache) => Promise<number> | number,
  refuseWithoutUrl: RefuseWithoutUrl = refuseBillingOptionsWithoutUrl
): Promise<number> {
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const profileName = profileNameOf(dataDir, values, refuseWithoutUrl);
  const opened = openProfileCache(command, dataDir, profileName, io);
  if (!opened) return EXIT.failed;
  try {
    return await body({ ...opened, dataDir, settings: readSettings(dataDir) });
  } finally {
    opened.cache.close();
  }
}

/** Parses an optional local date option. */
export function localDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  // A round trip: 2026-02-30 parses, as March 2nd.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value)
    throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

/** Renders rows as an aligned text table (the last column is not padded). */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((v, i) => (i === cells.length - 1 ? v : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

/** The output formats of a list command. */
export type ListFormat = 'json' | 'csv' | 'table';

/** Checks a list command's --format. */
export function listFormatOption(value: string): ListFormat {
  if (value !== 'json' && value !== 'csv' && value !== 'table')
    throw new UsageError('--format must be json, csv or table');
  return value;
}

/** Every row of a paged query: the first page, then the rest a page at a time. */
export function everyPage<T>(
  first: readonly T[],
  total: number,
  limit: number,
  page: (offset: number) => readonly T[]
): T[] {
  const rows = [...first];
  for (let offset = limit; offset < total; offset += limit) rows.push(...page(offset));
  return rows;
}

/** Prints a list in its format; the table form says why a list is empty. */
export function printList<T>(
  io: CliIo,
  format: ListFormat,
  list: {
    readonly noun: string;
    readonly rows: readonly T[];
    readonly cachedCount: number;
    readonly json: () => unknown;
    readonly csv: (rows: readonly T[]) => string;
    readonly table: (rows: readonly T[]) => void;
    /** The empty table's sentences in the output's language (English from `noun` if absent). */
    readonly empty?: { readonly none: string; readonly noMatch: string };
  }
): void {
  if (format === 'json') {
    io.stdout(`${JSON.stringify(list.json(), null, 2)}\n`);
  } else if (format === 'csv') {
    io.stdout(list.csv(list.rows));
  } else if (list.rows.length === 0) {
    const none = list.empty?.none ?? `No ${list.noun} cached yet.`;
    const noMatch = list.empty?.noMatch ?? `No ${list.noun} match these filters.`;
    io.stdout(`${list.cachedCount === 0 ? none : noMatch}\n`);
  } else {
    list.table(list.rows);
  }
}
