/**
 * `hostdeck demo-provider`: runs the built-in demo provider on loopback until interrupted,
 * printing its URL and the demo credentials. `--now` starts its clock at a chosen instant
 * (then it runs in real time), so a test or a demo can pin the date its data is built around.
 */
import { isValidTimeZone } from '@shared/contract/settings';
import { systemClock, type Clock } from '../../core/ports';
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, instantOption, parseOptions, withUsage } from '../cli-context';
import { demoCredentials, parseFaults, startDemoProvider } from '../../demo-provider';
import { startCombellDemoProvider } from '../../demo-provider/combell/server';

const USAGE =
  'hostdeck demo-provider [--kind whmcs|combell] [--port N] [--size demo|large] [--seed S] [--faults LIST] [--now ISO-INSTANT] [--tz ZONE]';

/** A clock that reads `startMs` now and then advances in real time. */
export function clockStartingAt(startMs: number, base: Clock = systemClock): Clock {
  const offset = startMs - base.now();
  return { now: () => base.now() + offset, sleep: (ms, signal) => base.sleep(ms, signal) };
}

/** Starts the server; resolves with exit code 0 when `signal` aborts (SIGINT in main). */
export async function runDemoProvider(
  args: readonly string[],
  io: CliIo,
  signal?: AbortSignal
): Promise<number> {
  return withUsage('demo-provider', USAGE, io, async () => {
    const { values } = parseOptions(args, {
      kind: { type: 'string', default: 'whmcs' },
      port: { type: 'string', default: '0' },
      size: { type: 'string', default: 'demo' },
      seed: { type: 'string', default: '1' },
      faults: { type: 'string' },
      now: { type: 'string' },
      tz: { type: 'string', default: 'UTC' }
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be 0-65535, got "${values.port}"`);
    if (values.size !== 'demo' && values.size !== 'large')
      throw new UsageError(`--size must be demo or large, got "${values.size}"`);
    const seed = Number(values.seed);
    if (!Number.isInteger(seed))
      throw new UsageError(`--seed must be an integer, got "${values.seed}"`);
    let faults;
    try {
      faults = values.faults ? parseFaults(values.faults) : {};
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    if (!isValidTimeZone(values.tz)) throw new UsageError(`--tz: unknown time zone "${values.tz}"`);
    const clock =
      values.now === undefined ? systemClock : clockStartingAt(instantOption('now', values.now));
    if (values.kind !== 'whmcs' && values.kind !== 'combell')
      throw new UsageError(`--kind must be whmcs or combell, got "${values.kind}"`);
    if (values.kind === 'combell') {
      if (values.faults) throw new UsageError('--faults applies to --kind whmcs only');
      const combell = await startCombellDemoProvider({ port, seed, clock });
      io.stdout(
        [
          `Demo provider (Combell) listening on ${combell.url}`,
          `  Combell API: ${combell.url}/v2`,
          `  API key:     ${combell.credentials.apiKey}`,
          `  API secret:  ${combell.credentials.apiSecret}`,
          `  now:         ${new Date(clock.now()).toISOString()}`,
          ''
        ].join('\n')
      );
      await untilStopped(signal);
      await combell.close();
      return EXIT.ok;
    }
    const provider = await startDemoProvider({
      port,
      size: values.size,
      seed,
      faults,
      clock,
      timeZone: values.tz
    });
    io.stdout(
      [
        `Demo provider listening on ${provider.url}`,
        `  WHMCS API:   ${provider.url}/includes/api.php`,
        `  identifier:  ${demoCredentials.identifier}`,
        `  secret:      ${demoCredentials.secret}`,
        `  client id:   ${demoCredentials.clientId}`,
        `  v2 login:    ${demoCredentials.email} / ${demoCredentials.password}`,
        `  now:         ${new Date(clock.now()).toISOString()} (calendar in ${values.tz})`,
        ''
      ].join('\n')
    );
    await untilStopped(signal);
    await provider.close();
    return EXIT.ok;
  });
}

function untilStopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = signal ?? processSignal();
    if (stop.aborted) resolve();
    else stop.addEventListener('abort', () => resolve(), { once: true });
  });
}

function processSignal(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  return controller.signal;
}
