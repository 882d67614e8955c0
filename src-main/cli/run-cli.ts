/**
 * Dispatches `hostdeck <command> …` to its module. Commands print their own output through
 * the injected streams, so tests run them in-process.
 */
import type { CliIo } from './cli-io';
import { runAlerts } from './commands/alerts';
import { runDemoProvider } from './commands/demo-provider';
import { runExport } from './commands/export';
import { runInvoices } from './commands/invoices';
import { runOutbox } from './commands/outbox';
import { runPayu } from './commands/payu';
import { runServices } from './commands/services';
import { runSyncCommand } from './commands/sync';
import { runTickets } from './commands/tickets';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; summary: string }>> = {
  'demo-provider': {
    run: (a, io) => runDemoProvider(a, io),
    summary: 'run the built-in demo provider on loopback'
  },
  sync: {
    run: (a, io) => runSyncCommand(a, io, interruptSignal()),
    summary: 'sync a profile (or an ad-hoc WHMCS connection) into the cache'
  },
  export: {
    run: runExport,
    summary:
      "print cached invoices, domains or tickets; the statement; the accountant's ZIP of PDFs"
  },
  invoices: {
    run: runInvoices,
    summary: 'list and show cached invoices; write an invoice PDF (works offline)'
  },
  services: {
    run: runServices,
    summary: 'list the cached hosting accounts with billing and disk/bandwidth use'
  },
  payu: {
    run: runPayu,
    summary: 'compute a month of pay-as-you-use charges from hourly snapshots'
  },
  alerts: {
    run: runAlerts,
    summary: 'list the open domain, ticket and invoice alerts from the cache'
  },
  tickets: {
    run: runTickets,
    summary: 'list and show cached tickets; reply, open and close them through the outbox'
  },
  outbox: {
    run: runOutbox,
    summary: 'list the ticket writes waiting to be sent, or send them now'
  }
};

/** Aborts on Ctrl-C / SIGTERM so long commands stop cleanly. */
function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  return controller.signal;
}

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
