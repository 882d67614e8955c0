/**
 * Dispatches `hostdeck <command> …` to its module. Commands print their own output through
 * the injected streams, so tests run them in-process.
 */
import type { CliIo } from './cli-io';
import { runPayu } from './commands/payu';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; summary: string }>> = {
  payu: { run: runPayu, summary: 'compute a month of pay-as-you-use charges from hourly snapshots' }
};

/** Usage text listing every command. */
export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`);
  return `Usage: hostdeck <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "hostdeck <command> --help" for a command's options.\n`;
}

/** Runs one command and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`hostdeck: unknown command "${name}". Run "hostdeck --help" for the list.\n`);
    return 2;
  }
  return command.run(rest, io);
}
