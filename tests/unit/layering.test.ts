import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * The architecture is enforced by lint. Which folder may import which (an allow-list) and "no
 * cycles" are dependency-cruiser's (.dependency-cruiser.cjs): these cases run it, as
 * `npm run lint` does, on a small tree laid out like the project's, and check it passes the
 * allowed imports and fails each forbidden one. What is about names and syntax rather than
 * folders stays ESLint's (eslint.config.js): those cases lint a virtual file at a given path.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const run = promisify(execFile);
const depcruiseBin = resolve('node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
const depcruiseConfig = resolve('.dependency-cruiser.cjs');

/** A tree that keeps every rule: a feature using lib/, components/, its own folder, src-shared. */
const cleanTree: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      paths: {
        '@shared/*': ['./src-shared/*'],
        '@main/*': ['./src-main/*'],
        '@renderer/*': ['./src-renderer/src/*']
      }
    }
  }),
  'node_modules/electron/package.json': '{ "name": "electron", "main": "index.js" }\n',
  'node_modules/electron/index.js': 'module.exports = {};\n',
  'src-shared/model.ts': 'export const money = 1;\n',
  'src-main/core/ports.ts': "import { money } from '@shared/model';\nexport const clock = money;\n",
  'src-main/core/sync/engine.ts': "import { clock } from '../ports';\nexport const sync = clock;\n",
  'src-main/node/clock.ts':
    "import { clock } from '@main/core/ports';\nexport const nodeClock = clock;\n",
  'src-renderer/src/lib/call.ts':
    "import { money } from '@shared/model';\nexport const call = money;\n",
  'src-renderer/src/components/table.tsx':
    "import { call } from '../lib/call';\nexport const Table = call;\n",
  'src-renderer/src/features/domains/domain-rows.ts': 'export const rows = 2;\n',
  'src-renderer/src/features/domains/domains-page.tsx': [
    "import { money } from '@shared/model';",
    "import { call } from '../../lib/call';",
    "import { Table } from '@renderer/components/table';",
    "import { rows } from './domain-rows';",
    'export const DomainsPage = [money, call, Table, rows];',
    ''
  ].join('\n'),
  'src-renderer/src/features/usage/usage-page.tsx': 'export const UsagePage = 3;\n',
  'src-renderer/src/app/pages.ts': [
    "import { DomainsPage } from '../features/domains/domains-page';",
    "import { UsagePage } from '@renderer/features/usage/usage-page';",
    'export const pages = [DomainsPage, UsagePage];',
    ''
  ].join('\n')
};

const trees: string[] = [];
afterEach(async () => {
  await Promise.all(trees.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Lays out `files` in a fresh folder and runs the project's dependency-cruiser config on it. */
async function cruise(
  files: Record<string, string>
): Promise<{ readonly code: number; readonly output: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'hostdeck-layering-'));
  trees.push(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const args = [
    depcruiseBin,
    '--config',
    depcruiseConfig,
    'src-shared',
    'src-main',
    'src-renderer'
  ];
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: dir });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('the folder allow-list and cycle rules (dependency-cruiser)', () => {
  it('pass a tree whose imports are all allowed, aliases and relative paths alike', async () => {
    const result = await cruise(cleanTree);
    expect(result.output).toContain('no dependency violations found');
    expect(result.code).toBe(0);
  });

  it('fail a feature importing app/', async () => {
    const result = await cruise({
      ...cleanTree,
      'src-renderer/src/app/store.ts': 'export const store = 4;\n',
      'src-renderer/src/features/usage/usage-page.tsx':
        "import { store } from '../../app/store';\nexport const UsagePage = store;\n"
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /not-in-allowed: src-renderer\/src\/features\/usage\/usage-page\.tsx → src-renderer\/src\/app\/store\.ts/
    );
    expect(result.output).toMatch(
      /feature-not-to-app: src-renderer\/src\/features\/usage\/usage-page\.tsx → src-renderer\/src\/app\/store\.ts/
    );
  });

  it('fail an import cycle, even one made only of allowed imports', async () => {
    const result = await cruise({
      ...cleanTree,
      'src-renderer/src/features/domains/domain-rows.ts':
        "import { DomainsPage } from './domains-page';\nexport const rows = () => DomainsPage;\n"
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/no-circular: src-renderer\/src\/features\/domains\//);
    expect(result.output).not.toMatch(/not-in-allowed|feature-not-to/);
  });

  it('fail the app/ ↔ feature page cycle (a feature page importing app/pages)', async () => {
    const result = await cruise({
      ...cleanTree,
      'src-renderer/src/features/usage/usage-page.tsx':
        "import { pages } from '@renderer/app/pages';\nexport const UsagePage = () => pages;\n"
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/no-circular: src-renderer\/src\/app\/pages\.ts/);
    expect(result.output).toMatch(/not-in-allowed: src-renderer\/src\/features\/usage\/usage-page/);
  });

  it('fail one feature importing another', async () => {
    const result = await cruise({
      ...cleanTree,
      'src-renderer/src/features/usage/usage-page.tsx':
        "import { rows } from '../domains/domain-rows';\nexport const UsagePage = rows;\n"
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /not-in-allowed: src-renderer\/src\/features\/usage\/usage-page\.tsx → src-renderer\/src\/features\/domains\/domain-rows\.ts/
    );
    expect(result.output).toMatch(/feature-not-to-feature: src-renderer\/src\/features\/usage\//);
  });

  it('fail core importing a plain-Node adapter, and src-shared importing core', async () => {
    const result = await cruise({
      ...cleanTree,
      'src-main/core/sync/engine.ts':
        "import { nodeClock } from '@main/node/clock';\nexport const sync = nodeClock;\n",
      'src-shared/model.ts':
        "import type { Sync } from '../src-main/core/sync/types';\nexport const money = 1;\nexport type M = Sync;\n",
      'src-main/core/sync/types.ts': 'export type Sync = number;\n'
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /not-in-allowed: src-main\/core\/sync\/engine\.ts → src-main\/node\/clock\.ts/
    );
    expect(result.output).toMatch(
      /not-in-allowed: src-shared\/model\.ts → src-main\/core\/sync\/types\.ts/
    );
  });

  it('fail electron anywhere but the Electron shell, and Node built-ins in the renderer', async () => {
    const result = await cruise({
      ...cleanTree,
      'src-main/electron/windows.ts':
        "import { app } from 'electron';\nexport const windows = app;\n",
      'src-main/core/sync/engine.ts': "import { app } from 'electron';\nexport const sync = app;\n",
      'src-main/node/clock.ts': "import { app } from 'electron';\nexport const nodeClock = app;\n",
      'src-renderer/src/lib/call.ts':
        "import { readFileSync } from 'node:fs';\nexport const call = readFileSync;\n"
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /not-in-allowed: src-main\/core\/sync\/engine\.ts → node_modules\/electron\/index\.js/
    );
    expect(result.output).toMatch(
      /not-in-allowed: src-main\/node\/clock\.ts → node_modules\/electron\/index\.js/
    );
    expect(result.output).toMatch(
      /not-in-allowed: src-renderer\/src\/lib\/call\.ts → (node:)?fs\n/
    );
    expect(result.output).not.toMatch(/src-main\/electron\/windows\.ts →/);
  });

  it('fail the renderer importing src-main', async () => {
    const result = await cruise({
      ...cleanTree,
      'src-renderer/src/lib/call.ts':
        "import { clock } from '@main/core/ports';\nexport const call = clock;\n"
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /not-in-allowed: src-renderer\/src\/lib\/call\.ts → src-main\/core\/ports\.ts/
    );
  });
});

describe('the layering lint rules (ESLint)', () => {
  it('refuse Node built-ins inside src-shared', async () => {
    const messages = await messagesFor(
      'src-shared/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n"
    );
    expect(messages.join('\n')).toMatch(/src-shared is pure TypeScript: no Node built-ins/);
  });

  it('refuse Node built-ins inside the renderer', async () => {
    const messages = await messagesFor(
      'src-renderer/src/lib/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n"
    );
    expect(messages.join('\n')).toMatch(/The renderer runs sandboxed/);
  });

  it('refuse raw ipcMain outside the IPC wrapper', async () => {
    const messages = await messagesFor(
      'src-main/electron/windows.ts',
      "import { ipcMain } from 'electron';\nexport const probe = ipcMain;\n"
    );
    expect(messages.join('\n')).toMatch(/Raw IPC lives only/);
  });

  it('refuse shell.openExternal outside the vetted helper', async () => {
    const messages = await messagesFor(
      'src-main/electron/tray.ts',
      "import { shell } from 'electron';\nexport const probe = () => shell.openExternal('https://x.y');\n"
    );
    expect(messages.join('\n')).toMatch(/vetted helper/);
  });

  it('allow the renderer its npm packages', async () => {
    const messages = await messagesFor(
      'src-renderer/src/lib/probe.ts',
      "import { z } from 'zod';\nexport const probe = z;\n"
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toEqual([]);
  });
});
