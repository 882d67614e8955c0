import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The architecture is enforced by lint. These cases lint a virtual file at a given path and
 * check the layering rule fires (and stays quiet for allowed imports).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layering lint rules', () => {
  it('refuse electron inside src-main/core', async () => {
    const messages = await messagesFor(
      'src-main/core/probe.ts',
      "import { app } from 'electron';\nexport const probe = app;\n"
    );
    expect(messages.join('\n')).toMatch(
      /no-restricted-imports: .*core reaches the outside only through ports/
    );
  });

  it('refuse the Electron platform folder inside src-main/core', async () => {
    const messages = await messagesFor(
      'src-main/core/probe.ts',
      "import { x } from '../electron/ipc';\nexport const probe = x;\n"
    );
    expect(messages.join('\n')).toMatch(/core must not import shells/);
  });

  it('refuse Node built-ins inside src-shared', async () => {
    const messages = await messagesFor(
      'src-shared/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n"
    );
    expect(messages.join('\n')).toMatch(/src-shared is pure TypeScript/);
  });

  it('refuse src-main imports inside the renderer', async () => {
    const messages = await messagesFor(
      'src-renderer/src/lib/probe.ts',
      "import { dispatch } from '@main/core/dispatch';\nexport const probe = dispatch;\n"
    );
    expect(messages.join('\n')).toMatch(/only through window.hostdeck/);
  });

  it('refuse one feature importing another', async () => {
    const messages = await messagesFor(
      'src-renderer/src/features/usage/probe.ts',
      "import { x } from '../domains/domains-page';\nexport const probe = x;\n"
    );
    expect(messages.join('\n')).toMatch(/Features do not import each other/);
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

  it('allow core to import the shared contract', async () => {
    const messages = await messagesFor(
      'src-main/core/probe.ts',
      "import { settingsSchema } from '@shared/contract';\nexport const probe = settingsSchema;\n"
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toEqual([]);
  });
});
