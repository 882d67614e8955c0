/**
 * Dispatches `hostdeck <command> …` to its module. Commands print their own output through
 * the injected streams, so tests run them in-process.
 */
import type { CliIo } from './cli-io';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/**
 * Each command's module is imported when that command runs, so a command starts with only
 * what it uses (`payu` does not load the cache, the providers or the contract's schemas).
 */
const COMMANDS: Readonly<Record<string, { run: Command; summary: string }>> = {
  'demo-provider': {
    run: async (a, io) => (await import('./commands/demo-provider')).runDemoProvider(a, io),
    summary: 'run the built-in demo provider on loopback'
  },
  sync: {
    run: async (a, io) =>
      (await import('./commands/sync')).runSyncCommand(a, io, interruptSignal()),
    summary: 'sync a profile (or an ad-hoc WHMCS or Combell connection) into the cache'
  },
  profiles: {
    run: async (a, io) => (await import('./commands/profiles')).runProfiles(a, io),
    summary: 'list the profiles, the active one and when each last synced'
  },
  settings: {
    run: async (a, io) => (await import('./commands/settings')).runSettings(a, io),
    summary: 'print the settings, or change them as the Settings page does'
  },
  account: {
    run: async (a, io) => (await import('./commands/account')).runAccount(a, io),
    summary: "the dashboard's figures: credit, unpaid and overdue invoices, spend, counts"
  },
  export: {
    run: async (a, io) => (await import('./commands/export')).runExport(a, io),
    summary:
      "print cached invoices, domains or tickets; the statement; the accountant's ZIP of PDFs"
  },
  invoices: {
    run: async (a, io) => (await import('./commands/invoices')).runInvoices(a, io),
    summary: 'list and show cached invoices; write an invoice PDF (works offline)'
  },
  services: {
    run: async (a, io) => (await import('./commands/services')).runServices(a, io),
    summary: 'list the cached hosting accounts with billing and disk/bandwidth use'
  },
  payu: {
    run: async (a, io) => (await import('./commands/payu')).runPayu(a, io),
    summary: "compute a month of pay-as-you-use charges from a snapshots file or a profile's cache"
  },
  prices: {
    run: async (a, io) => (await import('./commands/prices')).runPrices(a, io),
    summary: 'import or list the price list of a profile without provider prices (Combell)'
  },
  domains: {
    run: async (a, io) => (await import('./commands/domains')).runDomains(a, io),
    summary: 'show a cached domain with its alert history; renew it or switch its auto-renew'
  },
  alerts: {
    run: async (a, io) => (await import('./commands/alerts')).runAlerts(a, io),
    summary:
      'list the open domain, ticket and invoice alerts from the cache; snooze or acknowledge one'
  },
  tickets: {
    run: async (a, io) => (await import('./commands/tickets')).runTickets(a, io),
    summary: 'list and show cached tickets; reply, open and close them through the outbox'
  },
  outbox: {
    run: async (a, io) => (await import('./commands/outbox')).runOutbox(a, io),
    summary: 'list the ticket writes waiting to be sent; send them now, retry or discard one'
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
