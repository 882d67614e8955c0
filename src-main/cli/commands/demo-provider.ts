/**
 * `hostdeck demo-provider`: runs the built-in demo provider on loopback until interrupted,
 * printing its URL and the demo credentials.
 */
import type { CliIo } from '../cli-io';
import { EXIT, UsageError, parseOptions, withUsage } from '../cli-context';
import { demoCredentials, parseFaults, startDemoProvider } from '../../demo-provider';

const USAGE = 'hostdeck demo-provider [--port N] [--size demo|large] [--seed S] [--faults LIST]';

/** Starts the server; resolves with exit code 0 when `signal` aborts (SIGINT in main). */
export async function runDemoProvider(
  args: readonly string[],
  io: CliIo,
  signal?: AbortSignal
): Promise<number> {
  return withUsage('demo-provider', USAGE, io, async () => {
    const { values } = parseOptions(args, {
      port: { type: 'string', default: '0' },
      size: { type: 'string', default: 'demo' },
      seed: { type: 'string', default: '1' },
      faults: { type: 'string' }
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
    const provider = await startDemoProvider({ port, size: values.size, seed, faults });
    io.stdout(
      [
        `Demo provider listening on ${provider.url}`,
        `  WHMCS API:   ${provider.url}/includes/api.php`,
        `  identifier:  ${demoCredentials.identifier}`,
        `  secret:      ${demoCredentials.secret}`,
        `  client id:   ${demoCredentials.clientId}`,
        `  v2 login:    ${demoCredentials.email} / ${demoCredentials.password}`,
        ''
      ].join('\n')
    );
    await new Promise<void>((resolve) => {
      const stop = signal ?? processSignal();
      if (stop.aborted) resolve();
      else stop.addEventListener('abort', () => resolve(), { once: true });
    });
    await provider.close();
    return EXIT.ok;
  });
}

function processSignal(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  return controller.signal;
}
