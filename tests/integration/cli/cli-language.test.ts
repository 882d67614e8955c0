/**
 * The CLI's tables speak the environment's language when the Language setting is 'system'
 * (LANG=nl_BE.UTF-8 here): headers, statuses, summary lines, the empty-list sentence and
 * money in the locale (€ 1.234,50); JSON stays the same, language-neutral, whatever LANG says.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@main/cli/run-cli';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoFlags } from '../../fakes/cli-kit';

const DUTCH = { LANG: 'nl_BE.UTF-8', LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '' };
const ENGLISH = { LANG: 'C', LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '' };

describe('hostdeck tables in the environment language', () => {
  let provider: DemoProvider;
  let dir: { path: string; cleanup: () => void };
  const run = async (args: string[], lang: Record<string, string>) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...args, '--data-dir', join(dir.path, 'data')], {
      stdout: (s) => void out.push(s),
      stderr: (s) => void err.push(s),
      env: { ...process.env, ...lang, HOSTDECK_SECRET: demoCredentials.secret }
    });
    return { code, text: out.join(''), err: err.join('') };
  };

  const sync = (lang: Record<string, string>) => run(['sync', ...demoFlags(provider.url)], lang);

  beforeAll(async () => {
    dir = makeTempDir();
    provider = await startDemoProvider({ port: 0, size: 'demo', seed: 9 });
    const first = await sync(ENGLISH);
    expect(first.code, first.err).toBe(0);
    expect(first.text).toMatch(/^Syncing ".+" into /);
    expect(first.text).toMatch(/^ok\s+domains\s+\d+ changed$/m);
  }, 60_000);

  afterAll(async () => {
    await provider.close();
    dir.cleanup();
  });

  it('writes the invoice list in Dutch under LANG=nl_BE.UTF-8', async () => {
    const dutch = await run(['invoices', 'list'], DUTCH);
    expect(dutch.code, dutch.err).toBe(0);
    expect(dutch.text).toMatch(/^NUMMER\s+DATUM\s+VERVALDATUM\s+STATUS\s+TOTAAL\s+OPENSTAAND/);
    expect(dutch.text).toMatch(/€\s\d{1,3}(\.\d{3})*,\d{2}/);
    expect(dutch.text).toMatch(/\b(betaald|onbetaald|vervallen)\b/);
    expect(dutch.text).toMatch(/\d+ facturen, totaal €\s\d/);
    expect(dutch.text).not.toMatch(/\b(NUMBER|ISSUED|paid|invoices)\b/);

    const none = await run(['invoices', 'list', '--q', 'no-such-invoice-anywhere'], DUTCH);
    expect(none.text).toBe('Geen facturen voor deze filters.\n');

    const json = await run(['invoices', 'list', '--format', 'json'], DUTCH);
    const id = (JSON.parse(json.text) as { invoices: { id: string }[] }).invoices[0]!.id;
    const shown = await run(['invoices', 'show', id], DUTCH);
    expect(shown.code, shown.err).toBe(0);
    expect(shown.text).toMatch(/^Factuur .+ \(id .+\)$/m);
    expect(shown.text).toMatch(/^Status: .+ {3}Datum: .+ {3}Vervaldatum: /m);
    expect(shown.text).toMatch(/^Totaal: €\s\d[\d.]*,\d{2} {3}Openstaand: /m);
    expect(shown.text).not.toMatch(/Subtotal|Payment method|Balance/);

    const english = await run(['invoices', 'list'], ENGLISH);
    expect(english.text).toMatch(/^NUMBER\s+ISSUED\s+DUE\s+STATUS/);
    expect(english.text).toMatch(/\d+ invoices, total /);
  });

  it('writes the service list in Dutch, and keeps JSON the same in every language', async () => {
    const dutch = await run(['services', 'list'], DUTCH);
    expect(dutch.code, dutch.err).toBe(0);
    expect(dutch.text).toMatch(/^DOMEINNAAM\s+SERVICEPAKKET\s+STATUS\s+PERIODE\s+BEDRAG/);
    expect(dutch.text).toMatch(/\d+ van \d+ servicepakket(ten)?\.\n$/);
    expect(dutch.text).toMatch(/\bactief\b/);

    for (const list of ['services', 'invoices']) {
      const inDutch = await run([list, 'list', '--format', 'json'], DUTCH);
      const inEnglish = await run([list, 'list', '--format', 'json'], ENGLISH);
      expect(inDutch.text).toBe(inEnglish.text);
      expect(inDutch.text).not.toMatch(/servicepakket|factuur|facturen/);
    }
  });

  it('writes the ticket list and a thread in Dutch', async () => {
    const list = await run(['tickets', 'list'], DUTCH);
    expect(list.code, list.err).toBe(0);
    expect(list.text).toMatch(
      /^NUMMER\s+STATUS\s+LAATSTE ANTWOORD\s+NIEUW\s+TECHNICUS\s+ONDERWERP/
    );
    expect(list.text).toMatch(/\d+ van \d+ getoond; \d+ ongelezen\.\n$/);
    expect(list.text).not.toMatch(/\b(Answered|Customer-Reply|shown)\b/);

    const json = await run(['tickets', 'list', '--format', 'json', '--limit', '1'], DUTCH);
    const id = (JSON.parse(json.text) as { tickets: { id: string }[] }).tickets[0]!.id;
    const thread = await run(['tickets', 'show', id], DUTCH);
    expect(thread.code, thread.err).toBe(0);
    expect(thread.text).toMatch(/^Status: .+ {3}Prioriteit: (Laag|Normaal|Hoog)/m);
    expect(thread.text).toMatch(/^Afdeling: .+ {3}Technicus: /m);
    expect(thread.text).toMatch(/^--- .+ \((support|klant)\), /m);
    expect(thread.text).not.toMatch(/Priority:|Department:|Opened:/);

    const outbox = await run(['outbox'], DUTCH);
    expect(outbox.code, outbox.err).toBe(0);
    expect(outbox.text).toBe('Er wacht niets om verzonden te worden.\n');
  });

  it('writes the pay-as-you-use table in Dutch and its JSON unchanged', async () => {
    // The CLI and the demo provider run on the machine's clock: take last month in the
    // reseller's zone (the demo has usage for it), as of now.
    const now = new Date();
    const [year, monthNow] = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: '2-digit'
    })
      .format(now)
      .split('-')
      .map(Number) as [number, number];
    const previous = monthNow === 1 ? [year - 1, 12] : [year, monthNow - 1];
    const month = `${previous[0]}-${String(previous[1]).padStart(2, '0')}`;
    const asOf = ['--as-of', now.toISOString()];
    const table = await run(['payu', '--month', month, '--format', 'table', ...asOf], DUTCH);
    expect(table.code, table.err).toBe(0);
    expect(table.text).toMatch(
      new RegExp(`^PAYU ${month} \\(.+\\), \\d+ uur, \\S+ t/m \\S+$`, 'm')
    );
    expect(table.text).toMatch(/^Stand op .+: (nog niet )?definitief$/m);
    expect(table.text).toMatch(/^Totaal \d+ {2}Maandschatting \d+/m);
    // Warning codes ([hours-without-data]) are language-neutral; the words around them are not.
    expect(table.text.replace(/\[[a-z-]+\]/g, '')).not.toMatch(
      /\b(hours|Estimate|Billed accounts)\b/
    );

    const inDutch = await run(['payu', '--month', month, '--format', 'json', ...asOf], DUTCH);
    const inEnglish = await run(['payu', '--month', month, '--format', 'json', ...asOf], ENGLISH);
    expect(inDutch.text).toBe(inEnglish.text);
  });

  it('writes the sync summary in Dutch', async () => {
    const again = await sync(DUTCH);
    expect(again.code, again.err).toBe(0);
    expect(again.text).toMatch(/^“.+” wordt gesynchroniseerd naar /);
    expect(again.text).toMatch(/^ok\s+domains\s+\d+ gewijzigd$/m);
    expect(again.text).not.toMatch(/changed|Syncing/);
  });
});
