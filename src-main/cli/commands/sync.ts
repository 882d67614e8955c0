/**
 * `hostdeck sync`: syncs one profile (by name) or an ad-hoc WHMCS connection into the cache.
 * Exit codes: 0 every entity synced; 1 something failed or was cancelled (the cache keeps
 * what it had and the next run resumes); 2 invalid usage; 3 the provider refused the login.
 */
import { cleartextUrlProblem } from '../../../src-shared/contract';
import type { CliIo } from '../cli-io';
import {
  EXIT,
  UsageError,
  cliSecretStore,
  findProfile,
  parseOptions,
  withUsage
} from '../cli-context';
import { systemClock, type SecretStore } from '../../core/ports';
import { openProfileStore, type StoredProfile } from '../../core/profiles/profile-store';
import { openSession } from '../../core/session';
import { createDemoProviderPort } from '../../platform-node/demo-provider-port';
import { createFileLogger } from '../../platform-node/file-logger';
import { createNodeHttp } from '../../platform-node/node-http';
import { defaultDataDir, logDirFor } from '../../platform-node/paths';

const USAGE =
  'hostdeck sync [--profile NAME | --whmcs-url URL --identifier ID --secret S --client-id N [--access-key K]] [--data-dir DIR] [--full] [--page-size N]';

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
      secret: { type: 'string' },
      'client-id': { type: 'string' },
      'access-key': { type: 'string' },
      'data-dir': { type: 'string' },
      full: { type: 'boolean', default: false },
      'page-size': { type: 'string' }
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
    const dataDir = values['data-dir'] ?? defaultDataDir();
    const store = openProfileStore(dataDir);
    const logger = createFileLogger(logDirFor(dataDir));
    let secrets: SecretStore = await cliSecretStore();
    let profile: StoredProfile;

    if (values['whmcs-url']) {
      if (values.profile) throw new UsageError('use either --profile or --whmcs-url, not both');
      const { identifier, secret } = values;
      const clientId = values['client-id'];
      if (!identifier || !secret || !clientId)
        throw new UsageError('--whmcs-url needs --identifier, --secret and --client-id');
      if (!/^\d+$/.test(clientId))
        throw new UsageError(`--client-id must be a number, got "${clientId}"`);
      let url: URL;
      try {
        url = new URL(values['whmcs-url']);
      } catch {
        throw new UsageError(`--whmcs-url is not a URL: "${values['whmcs-url']}"`);
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new UsageError(`--whmcs-url must be an https:// address, got "${url.protocol}"`);
      const cleartext = cleartextUrlProblem(url.href);
      if (cleartext) throw new UsageError(`--whmcs-url ${url.href} refused. ${cleartext}`);
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
      const value = JSON.stringify({
        kind: 'classic',
        secret,
        ...(values['access-key'] ? { accessKey: values['access-key'] } : {})
      });
      const persistent = secrets;
      // The secret given on the command line wins for this run, whatever the keychain holds.
      secrets = {
        description: persistent.description,
        get: async (account) =>
          account === `profile:${profile.id}` ? value : persistent.get(account),
        set: (a, s) => persistent.set(a, s),
        delete: (a) => persistent.delete(a)
      };
      await persistent.set(`profile:${profile.id}`, value).catch(() => undefined);
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
    }

    const demo = createDemoProviderPort();
    const session = openSession(profile, store.dirOf(profile.id), {
      clock: systemClock,
      http: createNodeHttp(),
      secrets,
      logger,
      demo,
      timeZone: () => 'Europe/Brussels',
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
      io.stdout(`Syncing "${profile.name}" into ${session.cache.path}\n`);
      const report = await session.sync(values.full ? 'full' : 'incremental');
      for (const entity of report.entities) {
        io.stdout(
          `${entity.ok ? 'ok    ' : 'FAILED'} ${entity.entity.padEnd(13)} ${entity.ok ? `${entity.written} changed` : `${entity.error?.kind}: ${entity.error?.message}`}\n`
        );
      }
      if (report.cancelled) {
        io.stderr('hostdeck sync: cancelled; the next sync resumes where this one stopped\n');
        return EXIT.failed;
      }
      if (report.ok) return EXIT.ok;
      const authFailed = report.entities.some(
        (e) => e.error?.kind === 'auth' || e.error?.kind === 'ip-not-allowed'
      );
      io.stderr(
        `hostdeck sync: ${authFailed ? 'the provider refused the credentials' : 'some data could not be synced; cached data was kept'}\n`
      );
      return authFailed ? EXIT.auth : EXIT.failed;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await session.close();
      await demo.close();
    }
  });
}
