import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { usage } from '@main/cli/run-cli';
import { runCommand, tempDataDirs } from '../../fakes/cli-kit';

/** `hostdeck ARGS`, with an empty environment. */
const run = (args: readonly string[]) => runCommand(args, {});

/** Every command `hostdeck --help` lists, by name. */
const COMMANDS = [...usage().matchAll(/^ {2}(\S+) {2,}/gm)].map((m) => m[1]!);

/** The subcommands that take options of their own. */
const SUBCOMMANDS = [
  ['settings', 'get'],
  ['settings', 'set'],
  ['alerts', 'list'],
  ['alerts', 'snooze'],
  ['alerts', 'acknowledge'],
  ['domains', 'show'],
  ['domains', 'renew'],
  ['domains', 'auto-renew'],
  ['export', 'pdfs'],
  ['export', 'statement'],
  ['invoices', 'list'],
  ['invoices', 'show'],
  ['invoices', 'pdf'],
  ['services', 'list'],
  ['tickets', 'list'],
  ['tickets', 'show'],
  ['tickets', 'departments'],
  ['tickets', 'reply'],
  ['tickets', 'open'],
  ['tickets', 'close'],
  ['outbox', 'send'],
  ['outbox', 'retry'],
  ['outbox', 'discard']
] as const;

/** `hostdeck <command> --help`: the command's usage on stdout, exit 0, nothing else done. */
describe('hostdeck <command> --help', () => {
  const dirs = tempDataDirs();

  it('lists the fourteen commands', () => {
    expect(COMMANDS).toEqual([
      'demo-provider',
      'sync',
      'profiles',
      'settings',
      'account',
      'export',
      'invoices',
      'services',
      'payu',
      'prices',
      'domains',
      'alerts',
      'tickets',
      'outbox'
    ]);
  });

  for (const line of [...COMMANDS.map((c) => [c] as const), ...SUBCOMMANDS]) {
    const name = line.join(' ');
    it(`${name} --help and -h print its usage and exit 0`, async () => {
      for (const flag of ['--help', '-h']) {
        const { code, out, err } = await run([...line, flag, '--data-dir', dirs.dataDir]);
        expect(err).toBe('');
        expect(code).toBe(0);
        // A subcommand that is the default may be written optional: `hostdeck alerts [list]`.
        const words = line.map((word, i) => (i === 0 ? word : `\\[?${word}\\]?`)).join(' ');
        expect(out).toMatch(new RegExp(`^Usage:\\s+hostdeck ${words}(\\s|$)`));
      }
      // Asking for help opens no data folder, so it creates none.
      expect(existsSync(dirs.dataDir)).toBe(false);
    });
  }

  it('wins over the options around it, and over what is wrong with them', async () => {
    const sync = await run(['sync', '--full', '--page-size', 'many', '--help']);
    expect(sync.code).toBe(0);
    expect(sync.out).toMatch(/^Usage: hostdeck sync /);
    const alerts = await run(['alerts', '--no-such-option', '-h']);
    expect(alerts.code).toBe(0);
    expect(alerts.out).toMatch(/^Usage: hostdeck alerts /);
  });

  it('is not an option value, nor anything after --', async () => {
    const reply = await run(['tickets', 'reply', '5', '--message', '--help']);
    expect(reply.code).toBe(2);
    expect(reply.out).toBe('');
    expect(reply.err).toMatch(/^hostdeck tickets reply: Option '--message' argument is ambiguous/);
    const exported = await run(['export', 'invoices', '--', '--help']);
    expect(exported.code).toBe(2);
    expect(exported.err).toMatch(/^hostdeck export: unexpected argument "--help"/);
  });

  it('an unknown option still exits 2 with the usage on stderr', async () => {
    const { code, out, err } = await run(['alerts', '--no-such-option']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(
      /^hostdeck alerts: Unknown option '--no-such-option'\nUsage: hostdeck alerts /
    );
  });
});
