/**
 * `npm run web` entry: starts the web shell and prints a ready-to-open URL.
 * Options: --port N (default: a free port), --data-dir DIR (default: the user data dir).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { missingNodeSqlite } from '../node/node-support';
import { defaultDataDir } from '../node/paths';
import { clockStartingAt } from './test-clock';

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  // Before the shell (and the cache's node:sqlite) is loaded: a sentence, not a stack trace.
  const problem = await missingNodeSqlite(
    'hostdeck web',
    'npm run web -- [--port N] [--data-dir DIR]'
  );
  if (problem) {
    process.stderr.write(problem);
    process.exit(1);
  }
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
    allowPositionals: false
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(
      `hostdeck web: --port must be a number between 0 and 65535, got "${values.port}"\n`
    );
    process.exit(2);
  }
  const staticDir = join(here, '..', 'renderer');
  const { startWebShell } = await import('./web-shell');
  const testControl = process.env['HOSTDECK_TEST_CONTROL'] === '1';
  // End-to-end tests only: the shell's (and its demo providers') clock starts at this instant.
  const testClock = testControl ? clockStartingAt(process.env['HOSTDECK_TEST_CLOCK']) : null;
  const shell = await startWebShell({
    dataDir: values['data-dir'] ?? defaultDataDir(),
    port,
    staticDir: existsSync(join(staticDir, 'index.html')) ? staticDir : null,
    version: process.env['npm_package_version'] ?? '0.1.0',
    echoLogs: true,
    // HOSTDECK_NO_AUTO_DEMO=1 keeps a fresh data dir on the first-run screen (onboarding e2e).
    autoDemo: process.env['HOSTDECK_NO_AUTO_DEMO'] !== '1',
    // End-to-end tests only: stop/start the demo provider, and a quick demo staff answer.
    testControl,
    ...(testClock ? { clock: testClock } : {}),
    demo: {
      ...demoStaffReplyDelay(process.env['HOSTDECK_DEMO_STAFF_REPLY_MS']),
      // End-to-end tests only: the demo reseller is the `large` one (2,000 accounts, 5,000
      // domains, 20,000 invoices, 10,000 tickets), for the lists' checks at scale.
      ...(testControl && process.env['HOSTDECK_DEMO_SIZE'] === 'large'
        ? { size: 'large' as const }
        : {})
    }
  });
  if (shell.testControlUrl)
    process.stdout.write(`Hostdeck test control (tests only): ${shell.testControlUrl}\n`);
  process.stdout.write(`Hostdeck web shell ready: ${shell.url}\n`);
  const stop = (): void => {
    void shell.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** `{ staffReplyDelayMs }` from the environment, or nothing when unset or invalid. */
function demoStaffReplyDelay(value: string | undefined): { staffReplyDelayMs?: number } {
  const ms = value === undefined ? NaN : Number(value);
  return Number.isInteger(ms) && ms >= 0 ? { staffReplyDelayMs: ms } : {};
}

main().catch((error: unknown) => {
  process.stderr.write(`hostdeck web: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
