/**
 * What the billing commands (`invoices`, `services`, `export pdfs|statement`) share: the
 * connection options of `sync` (a stored profile, or the ad-hoc WHMCS connection a previous
 * `sync --whmcs-url` stored) and reading the cache offline. `invoices pdf`, the one command
 * that may reach the provider, opens its session like the write commands do.
 */
import type { Settings } from '../../../src-shared/contract';
import type { OpenedCache } from '../../core/cache/database';
import { openProfileStore, type StoredProfile } from '../../core/profiles/profile-store';
import { defaultDataDir } from '../../platform-node/paths';
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, openProfileCache } from '../cli-context';
import { readSettings } from './alerts';

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

interface ConnectionValues {
  readonly 'data-dir'?: string | undefined;
  readonly profile?: string | undefined;
  readonly 'whmcs-url'?: string | undefined;
  readonly identifier?: string | undefined;
  readonly 'client-id'?: string | undefined;
}

/**
 * The profile name (or id) the options point at: `--profile`, the stored profile of an
 * ad-hoc `--whmcs-url` connection, or undefined for the active profile.
 */
function profileNameOf(dataDir: string, values: ConnectionValues): string | undefined {
  const url = values['whmcs-url'];
  if (url === undefined) {
    if (values.identifier !== undefined || values['client-id'] !== undefined)
      throw new UsageError('--identifier and --client-id go with --whmcs-url');
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

/** Runs `body` over the cache the options point at; exit 1 (with the reason) when there is none. */
export async function withBillingCache(
  command: string,
  values: ConnectionValues,
  io: CliIo,
  body: (opened: BillingCache) => Promise<number> | number
): Promise<number> {
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const opened = openProfileCache(command, dataDir, profileNameOf(dataDir, values), io);
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
