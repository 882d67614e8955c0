import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The CLI and the web shell started by a Node without node:sqlite (a system Node 20, played
 * here by this Node with the module switched off) say so in two lines instead of dying on
 * an import with a stack trace.
 */
const root = resolve(import.meta.dirname, '../../..');
const run = (entry: string, args: string[], withSqlite: boolean) =>
  spawnSync(
    process.execPath,
    [...(withSqlite ? [] : ['--no-experimental-sqlite']), '--import', 'tsx', entry, ...args],
    { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_OPTIONS: '' } }
  );

describe('the entry points on a Node without node:sqlite', () => {
  it('the CLI prints what to run instead and exits 1, with no stack trace', () => {
    const result = run('src-main/cli/main.ts', ['--help'], false);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^hostdeck: this Node\.js \(v[\d.]+, .+\) has no node:sqlite/);
    expect(result.stderr).toMatch(/npx hostdeck <command>/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe('');
  });

  it('the web shell does the same, pointing at npm run web', () => {
    const result = run('src-main/web-shell/main.ts', ['--port', '0'], false);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^hostdeck web: this Node\.js .* has no node:sqlite/);
    expect(result.stderr).toMatch(/npm run web -- /);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('runs normally where node:sqlite is there', () => {
    const result = run('src-main/cli/main.ts', ['--help'], true);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: hostdeck <command>/);
    expect(result.status).toBe(0);
  });
});
