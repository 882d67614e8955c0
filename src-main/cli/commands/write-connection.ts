/**
 * The connection options of the CLI's write commands (`tickets reply|open|close`,
 * `outbox send`) and the session they open: a stored profile (its secret from the OS
 * keychain), or an ad-hoc WHMCS connection whose secret comes from a file, the
 * HOSTDECK_SECRET variable or a hidden prompt (cli-secrets.ts) — never from the command
 * line, where other users can read it.
 */
import { cleartextUrlProblem } from '@shared/contract';
import { systemClock, type SecretStore } from '../../core/ports';
import { openProfileStore, type StoredProfile } from '../../core/profiles/profile-store';
import { openSession, type Session } from '../../core/profile-session';
import { createDemoProviderPort } from '../../node/demo-provider-port';
import { createFileLogger } from '../../node/file-logger';
import { createNodeHttp } from '../../node/node-http';
import { defaultDataDir, logDirFor } from '../../node/paths';
import { lockDownDataDir } from '../../node/private-data-dir';
import type { CliIo } from '../cli-io';
import { UsageError, cliSecretStore, findProfile } from '../cli-context';
import { WHMCS_ACCESS_KEY, WHMCS_SECRET, readCliSecret } from '../cli-secrets';
import { readSettings } from '../cli-settings';
import type { Settings } from '@shared/contract';

export const WRITE_CONNECTION_USAGE =
  '[--data-dir DIR] [--profile NAME | --whmcs-url URL --identifier ID --secret-file FILE --client-id N]';

/** parseArgs options of the connection. */
export const WRITE_CONNECTION_OPTIONS = {
  'data-dir': { type: 'string' },
  profile: { type: 'string' },
  'whmcs-url': { type: 'string' },
  identifier: { type: 'string' },
  'secret-file': { type: 'string' },
  'client-id': { type: 'string' },
  'access-key-file': { type: 'string' }
} as const;

export interface WriteConnectionValues {
  readonly 'data-dir'?: string | undefined;
  readonly profile?: string | undefined;
  readonly 'whmcs-url'?: string | undefined;
  readonly identifier?: string | undefined;
  readonly 'secret-file'?: string | undefined;
  readonly 'client-id'?: string | undefined;
  readonly 'access-key-file'?: string | undefined;
}

/** An open session for one command, and its cleanup. */
export interface WriteSession {
  readonly session: Session;
  readonly dataDir: string;
  readonly timeZone: string;
  /** The Language setting (the CLI's text output follows it, else the environment's). */
  readonly language: Settings['language'];
  close(): Promise<void>;
}

function parseProviderUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--whmcs-url is not a URL: "${text}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`--whmcs-url must be an https:// address, got "${url.href}"`);
  const cleartext = cleartextUrlProblem(url.href);
  if (cleartext) throw new UsageError(`--whmcs-url ${url.href} refused. ${cleartext}`);
  return url;
}

/** The profile the options name (creating an ad-hoc WHMCS profile on first use). */
async function resolveProfile(
  values: WriteConnectionValues,
  dataDir: string,
  io: SecretIo
): Promise<{
  readonly profile: StoredProfile;
  readonly secret: string | null;
  readonly accessKey?: string;
}> {
  const store = openProfileStore(dataDir);
  const url = values['whmcs-url'];
  if (url === undefined) {
    for (const option of ['identifier', 'secret-file', 'client-id', 'access-key-file'] as const)
      if (values[option] !== undefined) throw new UsageError(`--${option} goes with --whmcs-url`);
    const wanted = values.profile ?? store.list().find((p) => p.id === store.activeId())?.name;
    if (!wanted)
      throw new UsageError('no profile is configured; pass --profile NAME or --whmcs-url …');
    const found = findProfile(store, wanted);
    if (!found) {
      const known = store
        .list()
        .map((p) => p.name)
        .join(', ');
      throw new UsageError(`no profile named "${wanted}" (known: ${known || 'none'})`);
    }
    return { profile: found, secret: null };
  }
  if (values.profile !== undefined)
    throw new UsageError('use either --profile or --whmcs-url, not both');
  const identifier = values.identifier;
  const clientId = values['client-id'];
  if (!identifier || !clientId)
    throw new UsageError('--whmcs-url needs --identifier, --client-id and a secret');
  if (!/^\d+$/.test(clientId))
    throw new UsageError(`--client-id must be a number, got "${clientId}"`);
  const href = parseProviderUrl(url).href;
  const secret = await readCliSecret(io.command, WHMCS_SECRET, values, io);
  if (secret === undefined)
    throw new UsageError(
      `--whmcs-url needs the API secret: --secret-file FILE, ${WHMCS_SECRET.env} or the prompt`
    );
  const accessKey = await readCliSecret(io.command, WHMCS_ACCESS_KEY, values, io);
  const existing = store
    .list()
    .find((p) => p.baseUrl === href && p.login === identifier && p.clientId === clientId);
  const profile =
    existing ??
    store.add(
      {
        name: `${new URL(href).host} (client ${clientId})`,
        kind: 'whmcs',
        baseUrl: href,
        authMode: 'classic',
        login: identifier,
        clientId
      },
      new Date().toISOString()
    );
  if (!store.activeId()) store.setActive(profile.id);
  return { profile, secret, ...(accessKey === undefined ? {} : { accessKey }) };
}

/** The command's streams and name: secrets are read through cli-secrets.ts. */
export type SecretIo = CliIo & { readonly command: string };

/** Opens the session the options point at. Throws UsageError on bad options. */
export async function openWriteSession(
  values: WriteConnectionValues,
  io: SecretIo
): Promise<WriteSession> {
  const dataDir = values['data-dir'] ?? defaultDataDir();
  lockDownDataDir(dataDir);
  const { profile, secret, accessKey } = await resolveProfile(values, dataDir, io);
  const persistent = await cliSecretStore();
  const account = `profile:${profile.id}`;
  const given =
    secret === null
      ? null
      : JSON.stringify({ kind: 'classic', secret, ...(accessKey ? { accessKey } : {}) });
  // A secret given for this run wins over the keychain, and is not stored anywhere.
  const secrets: SecretStore = {
    description: persistent.description,
    get: async (name) => (name === account && given !== null ? given : persistent.get(name)),
    set: (name, value) => persistent.set(name, value),
    delete: (name) => persistent.delete(name)
  };
  const settings = readSettings(dataDir);
  const demo = createDemoProviderPort();
  const store = openProfileStore(dataDir);
  const session = openSession(profile, store.dirOf(profile.id), {
    clock: systemClock,
    http: createNodeHttp(),
    secrets,
    logger: createFileLogger(logDirFor(dataDir)),
    demo,
    timeZone: () => settings.timeZone,
    events: { emit: () => undefined }
  });
  return {
    session,
    dataDir,
    timeZone: settings.timeZone,
    language: settings.language,
    async close() {
      await session.close();
      await demo.close();
    }
  };
}
