import { describe, expect, it } from 'vitest';
import { clockStartingAt, runDemoProvider } from '@main/cli/commands/demo-provider';
import { demoCredentials } from '@main/demo-provider';
import { FakeClock } from '../../fakes/fake-clock';

/** Runs the command until the test aborts it; `url` resolves once it printed its address. */
function start(args: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const stop = new AbortController();
  let announce: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (announce = resolve));
  const exit = runDemoProvider(
    args,
    {
      stdout: (s) => {
        out.push(s);
        const match = /listening on (\S+)/.exec(s);
        if (match?.[1]) announce(match[1]);
      },
      stderr: (s) => void err.push(s)
    },
    stop.signal
  );
  return { out, err, url, exit, stop: () => stop.abort() };
}

async function api(url: string, fields: Record<string, string>): Promise<Record<string, unknown>> {
  const body = new URLSearchParams({
    responsetype: 'json',
    identifier: demoCredentials.identifier,
    secret: demoCredentials.secret,
    ...fields
  });
  const reply = await fetch(`${url}/includes/api.php`, { method: 'POST', body });
  return (await reply.json()) as Record<string, unknown>;
}

describe('hostdeck demo-provider --now', () => {
  it('builds its data around the given instant, with hourly usage up to it', async () => {
    const run = start(['--now', '2027-03-28T00:30:00Z', '--tz', 'Europe/Brussels']);
    try {
      const url = await run.url;
      expect(run.out.join('')).toMatch(
        /now: +2027-03-28T00:30:\d\d\.\d{3}Z \(calendar in Europe\/Brussels\)/
      );
      const usage = await api(url, { action: 'GetUsageIntervals', limitnum: '1' });
      expect(usage['lastsnapshot']).toBe('2027-03-28T00:00:00Z');
      const domains = await api(url, { action: 'GetClientsDomains', clientid: '1', limitnum: '1' });
      // Brussels is already on 28 March: the domain expiring tomorrow expires on the 29th.
      expect(domains).toMatchObject({ domains: { domain: [{ expirydate: '2027-03-29' }] } });
    } finally {
      run.stop();
    }
    expect(await run.exit).toBe(0);
  });

  it('refuses an instant without a zone, and an unknown zone, with exit code 2', async () => {
    for (const args of [
      ['--now', '2027-03-28T00:30'],
      ['--tz', 'Europe/Atlantis']
    ]) {
      const run = start(args);
      expect(await run.exit).toBe(2);
      expect(run.err.join('')).toMatch(/--now must be an ISO instant|unknown time zone/);
    }
  });

  it('keeps time running from the chosen instant', () => {
    const real = new FakeClock('2030-01-01T00:00:00Z');
    const clock = clockStartingAt(Date.parse('2027-03-28T00:30:00Z'), real);
    real.advance(90_000);
    expect(new Date(clock.now()).toISOString()).toBe('2027-03-28T00:31:30.000Z');
  });
});
