import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '@main/cli/run-cli';
import { makeTempDir } from '../../fakes/temp-dir';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: () => out.join(''),
    err: () => err.join(''),
    io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }
  };
}

describe('hostdeck sync --whmcs-url', () => {
  let dir: { path: string; cleanup: () => void };
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.cleanup());

  const adHoc = (url: string) => [
    'sync',
    '--whmcs-url',
    url,
    '--identifier',
    'api-reseller',
    '--client-id',
    '42',
    '--data-dir',
    join(dir.path, 'data')
  ];

  it('refuses an http:// address away from this computer with exit 2, before saving or sending anything', async () => {
    const c = io();
    expect(await runCli([...adHoc('http://billing.example.com/'), '--secret', 'x'], c.io)).toBe(2);
    expect(c.err().split('\n')[0]).toMatch(
      /^hostdeck sync: --whmcs-url http:\/\/billing\.example\.com\/ refused\. .*credentials would travel in clear text/
    );
    expect(existsSync(join(dir.path, 'data', 'profiles.json'))).toBe(false);
  });

  it('refuses an address that is not http(s)', async () => {
    const c = io();
    expect(await runCli([...adHoc('ftp://billing.example.com/'), '--secret', 'x'], c.io)).toBe(2);
    expect(c.err()).toMatch(/--whmcs-url must be an https:\/\/ address/);
  });
});
