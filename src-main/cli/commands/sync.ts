/**
 * `hostdeck sync`: syncs one profile (by name) or an ad-hoc WHMCS connection into the cache.
 * Exit codes: 0 every entity synced; 1 something failed or was cancelled (the cache keeps
 * what it had and the next run resumes); 2 invalid usage; 3 the provider refused the login.
 */
import { cleartextUrlProblem } from '@shared/contract';
import type { CliIo } from '../cli-io';
import { cliWords } from '../cli-words';
import { errorReason } from '@shared/i18n/error-text';
import { readSettings } from '../cli-settings';
import {
  EXIT,
  UsageError,
  cliSecretStore,
  findProfile,
  parseOptions,
  withUsage
} from '../cli-context';
import {
  COMBELL_SECRET,
  WHMCS_ACCESS_KEY,
  WHMCS_SECRET,
  readCliSecret,
  secretGiven,
  secretOptions
} from '../cli-secrets';
import { systemClock, type SecretStore } from '../../core/ports';
import { openProfileStore, type StoredProfile } from '../../core/profiles/profile-store';
import { recordingCoverage } from '../../core/usage/recorded-usage-repository';
import { openSession } from '../../core/profile-session';
import { createDemoProviderPort } from '../../node/demo-provider-port';
import { createFileLogger } from '../../node/file-logger';
import { createNodeHttp } from '../../node/node-http';
import { defaultDataDir, logDirFor } from '../../node/paths';
import { syncPdfs } from './sync-pdfs';
import { lockDownDataDir } from '../../node/private-data-dir';

const USAGE =
  'hostdeck sync [--profile NAME | --whmcs-url URL --identifier ID --client-id N [--secret-file FILE] [--access-key-file FILE] |\n' +
  '               --combell-key KEY [--combell-secret-file FILE] [--combell-url URL]] [--data-dir DIR] [--full] [--page-size N] [--pdfs]\n' +
  '  The secret comes from --secret-file FILE, $HOSTDECK_SECRET or a hidden prompt (the access key from\n' +
  '  --access-key-file FILE or $HOSTDECK_ACCESS_KEY); --secret S and --access-key K work but show them to every user.\n' +
  '  The Combell API secret comes from --combell-secret-file FILE, $HOSTDECK_COMBELL_SECRET or a hidden prompt\n' +
  '  (--combell-secret S works but shows it to every user); --combell-url defaults to the public API.';

interface AdHocConnection {
  readonly url: URL;
  readonly identifier: string;
  readonly clientId: string;
  readonly secret: string;
  readonly accessKey: string | undefined;
}

/** Checks every part of a --whmcs-url connection before anything is written or sent. */
async function adHocConnection(
  values: Readonly<Record<string, string | boolean | undefined>>,
  io: CliIo
): Promise<AdHocConnection> {
  if (values['profile']) throw new UsageError('use either --profile or --whmcs-url, not both');
  const identifier = values['identifier'];
  const clientId = values['client-id'];
  if (typeof identifier !== 'string' || typeof clientId !== 'string' || !identifier || !clientId)
    throw new UsageError(
      `--whmcs-url needs --identifier, --client-id and a secret (--secret-file FILE, ${WHMCS_SECRET.env} or the prompt)`
    );
  if (!/^\d+$/.test(clientId))
    throw new UsageError(`--client-id must be a number, got "${clientId}"`);
  let url: URL;
  try {
    url = new URL(String(values['whmcs-url']));
  } catch {
    throw new UsageError(`--whmcs-url is not a URL: "${String(values['whmcs-url'])}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`--whmcs-url must be an https:// address, got "${url.protocol}"`);
  const cleartext = cleartextUrlProblem(url.href);
  if (cleartext) throw new UsageError(`--whmcs-url ${url.href} refused. ${cleartext}`);
  const secret = await readCliSecret('sync', WHMCS_SECRET, values, io);
  if (secret === undefined)
    throw new UsageError(
      `--whmcs-url needs the ${WHMCS_SECRET.label}: --secret-file FILE, ${WHMCS_SECRET.env}, or run it on a terminal to be asked`
    );
  const accessKey = await readCliSecret('sync', WHMCS_ACCESS_KEY, values, io);
  return { url, identifier, clientId, secret, accessKey };
}

interface CombellAdHoc {
  readonly apiKey: string;
  readonly apiSecret: string;
  /** The API root, or null for the public API. */
  readonly baseUrl: string | null;
}

/** Checks a --combell-key connection before anything is written or sent. */
async function combellAdHoc(
  values: Readonly<Record<string, string | boolean | undefined>>,
  io: CliIo
): Promise<CombellAdHoc> {
  if (values['profile']) throw new UsageError('use either --profile or --combell-key, not both');
  if (values['whmcs-url'])
    throw new UsageError('use either --whmcs-url or --combell-key, not both');
  const apiKey = String(values['combell-key']).trim();
  if (!apiKey) throw new UsageError('--combell-key is empty');
  let baseUrl: string | null = null;
  if (values['combell-url'] !== undefined) {
    let url: URL;
    try {
      url = new URL(String(values['combell-url']));
    } catch {
      throw new UsageError(`--combell-url is not a URL: "${String(values['combell-url'])}"`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new UsageError(`--combell-url must be an https:// address, got "${url.protocol}"`);
    const cleartext = cleartextUrlProblem(url.href);
    if (cleartext) throw new UsageError(`--combell-url ${url.href} refused. ${cleartext}`);
    baseUrl = url.href.replace(/\/+$/, '');
  }
  const apiSecret = await readCliSecret('sync', COMBELL_SECRET, values, io);
  if (apiSecret === undefined)
    throw new UsageError(
      `--combell-key needs the ${COMBELL_SECRET.label}: --combell-secret-file FILE, ${COMBELL_SECRET.env}, or run it on a terminal to be asked`
    );
  return { apiKey, apiSecret, baseUrl };
}

/** Runs one sync and prints a per-entity summary. */
export async function runSyncCommand(
  args: readonly string[],
  io: CliIo,
  signal?: AbortSignal
): Promise<number> {
  return withUsage('sync', USAGE, io, async () => {
    const { values } = parseOptions(args, {
      profile: { type: 'string' },
      'whmcs-url': { type: 'string' },
      identifier: { type: 'string' },
      ...secretOptions(WHMCS_SECRET),
      'client-id': { type: 'string' },
      ...secretOptions(WHMCS_ACCESS_KEY),
      'combell-key': { type: 'string' },
      ...secretOptions(COMBELL_SECRET),
      'combell-url': { type: 'string' },
      'data-dir': { type: 'string' },
      full: { type: 'boolean', default: false },
      'page-size': { type: 'string' },
      pdfs: { type: 'boolean', default: false }
    });
    const pageSize = values['page-size'] === undefined ? undefined : Number(values['page-size']);
    if (
      pageSize !== undefined &&
      (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 5000)
    ) {
      throw new UsageError(
        `--page-size must be a whole number from 1 to 5000, got "${values['page-size']}"`
      );
    }
    const combell = values['combell-key'] !== undefined ? await combellAdHoc(values, io) : null;
    if (!combell && (secretGiven(COMBELL_SECRET, values) || values['combell-url'] !== undefined))
      throw new UsageError('--combell-secret and --combell-url go with --combell-key');
    const adHoc = values['whmcs-url'] ? await adHocConnection(values, io) : null;
    if (!adHoc && (secretGiven(WHMCS_SECRET, values) || secretGiven(WHMCS_ACCESS_KEY, values)))
      throw new UsageError('--secret and --access-key go with --whmcs-url');
    const dataDir = values['data-dir'] ?? defaultDataDir();
    lockDownDataDir(dataDir);
    const store = openProfileStore(dataDir);
    const logger = createFileLogger(logDirFor(dataDir));
    let secrets: SecretStore = await cliSecretStore();
    let profile: StoredProfile;
    /** The secret given to this run wins, whatever the keychain holds. */
    const useGivenSecret = async (value: string): Promise<void> => {
      const persistent = secrets;
      const account = `profile:${profile.id}`;
      secrets = {
        description: persistent.description,
        get: async (a) => (a === account ? value : persistent.get(a)),
        set: (a, s) => persistent.set(a, s),
        delete: (a) => persistent.delete(a)
      };
      await persistent.set(account, value).catch(() => undefined);
    };

    if (combell) {
      const existing = store
        .list()
        .find(
          (p) =>
            p.kind === 'combell' &&
            p.authMode === 'classic' &&
            p.login === combell.apiKey &&
            (p.baseUrl ?? null) === combell.baseUrl
        );
      profile =
        existing ??
        store.add(
          {
            name: `Combell (${combell.apiKey})`,
            kind: 'combell',
            baseUrl: combell.baseUrl,
            authMode: 'classic',
            login: combell.apiKey,
            clientId: null
          },
          new Date().toISOString()
        );
      if (!store.activeId()) store.setActive(profile.id);
      await useGivenSecret(JSON.stringify({ kind: 'combell', apiSecret: combell.apiSecret }));
    } else if (adHoc) {
      const { url, identifier, clientId, secret, accessKey } = adHoc;
      const existing = store
        .list()
        .find((p) => p.baseUrl === url.href && p.login === identifier && p.clientId === clientId);
      profile =
        existing ??
        store.add(
          {
            name: `${url.host} (client ${clientId})`,
            kind: 'whmcs',
            baseUrl: url.href,
            authMode: 'classic',
            login: identifier,
            clientId
          },
          new Date().toISOString()
        );
      if (!store.activeId()) store.setActive(profile.id);
      await useGivenSecret(
        JSON.stringify({ kind: 'classic', secret, ...(accessKey ? { accessKey } : {}) })
      );
    } else {
      const wanted = values.profile ?? store.list().find((p) => p.id === store.activeId())?.name;
      if (!wanted)
        throw new UsageError('no profile is configured; pass --profile NAME or --whmcs-url …');
      const found = findProfile(store, wanted);
      if (!found)
        throw new UsageError(
          `no profile named "${wanted}" (known: ${
            store
              .list()
              .map((p) => p.name)
              .join(', ') || 'none'
          })`
        );
      profile = found;
      // Where no keychain answers (keytar missing, no Secret Service), nothing was kept from
      // an earlier run: say how to give the secret rather than "credentials refused".
      if (found.authMode !== 'demo' && (await secrets.get(`profile:${found.id}`)) === null) {
        io.stderr(
          found.kind === 'combell'
            ? `hostdeck sync: no stored secret for "${found.name}" in ${secrets.description}; ` +
                `run it with --combell-key ${found.login ?? 'KEY'} and the secret from --combell-secret-file FILE or ${COMBELL_SECRET.env}\n`
            : `hostdeck sync: no stored secret for "${found.name}" in ${secrets.description}; ` +
                `run it with --whmcs-url, its --identifier and --client-id, and the secret from --secret-file FILE or ${WHMCS_SECRET.env}\n`
        );
        return EXIT.auth;
      }
    }

    // The Time zone setting, as the app's sync uses it (alerts, statement periods, the
    // provider's dates); an invalid file gives the defaults with a warning, as in the app.
    const settings = readSettings(dataDir, (file) =>
      io.stderr(`hostdeck sync: warning: ${file} is invalid; using the default settings\n`)
    );
    const demo = createDemoProviderPort();
    const session = openSession(profile, store.dirOf(profile.id), {
      clock: systemClock,
      http: createNodeHttp(),
      secrets,
      logger,
      demo,
      timeZone: () => settings.timeZone,
      ...(pageSize ? { pageSize } : {}),
      events: {
        emit: (event, payload) => {
          if (event !== 'sync:progress') return;
          const p = payload as {
            phase: string;
            entity: string | null;
            done: number;
            total: number | null;
          };
          if (p.phase === 'entity' && p.entity)
            io.stderr(`  ${p.entity}: ${p.done}${p.total !== null ? `/${p.total}` : ''}\n`);
        }
      }
    });
    const onAbort = () => session.cancelSync();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const words = cliWords(settings, io);
      const { t } = words;
      // The reason in words, with the provider's or system's own message kept as detail.
      const reason = (error: { kind: string; message: string } | undefined) => {
        if (!error) return '';
        const said = errorReason(words.i18n.getFixedT(words.language, 'errors'), error);
        return said.includes(error.message) ? said : `${said} (${error.message})`;
      };
      const stateWidth = Math.max(t('sync.ok').length, t('sync.failed').length);
      io.stdout(`${t('sync.start', { profile: profile.name, path: session.cache.path })}\n`);
      const report = await session.sync(values.full ? 'full' : 'incremental');
      for (const entity of report.entities) {
        io.stdout(
          `${t(entity.ok ? 'sync.ok' : 'sync.failed').padEnd(stateWidth)} ${entity.entity.padEnd(13)} ${entity.ok ? t('sync.changed', { count: entity.written }) : reason(entity.error)}\n`
        );
      }
      if (profile.kind === 'combell') {
        const { first, last } = recordingCoverage(session.cache.db);
        if (last !== null) io.stdout(`${t('sync.recorded', { last, first: first ?? last })}\n`);
      }
      if (report.cancelled) {
        io.stderr(`hostdeck sync: ${t('sync.cancelled')}\n`);
        return EXIT.failed;
      }
      // --pdfs: the invoice PDFs after the data, when the provider answered.
      const reached = !report.entities.some((e) =>
        ['offline', 'auth', 'ip-not-allowed'].includes(e.error?.kind ?? '')
      );
      if (values.pdfs && reached) await syncPdfs(session, dataDir, logger, io, signal);
      if (report.ok) return EXIT.ok;
      const authFailed = report.entities.some(
        (e) => e.error?.kind === 'auth' || e.error?.kind === 'ip-not-allowed'
      );
      io.stderr(`hostdeck sync: ${t(authFailed ? 'sync.refused' : 'sync.partial')}\n`);
      return authFailed ? EXIT.auth : EXIT.failed;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await session.close();
      await demo.close();
    }
  });
}
