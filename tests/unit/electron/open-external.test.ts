import { describe, expect, it } from 'vitest';
import { createOpenExternal } from '@main/electron/open-external';
import { recordingLogger } from './support';

function setup(fail = false) {
  const opened: string[] = [];
  const logger = recordingLogger();
  const openExternal = createOpenExternal(
    {
      openExternal: async (url: string) => {
        if (fail) throw new Error('no application is registered for this link');
        opened.push(url);
      }
    },
    logger
  );
  return { opened, logger, openExternal };
}

describe('createOpenExternal', () => {
  it('opens https and mailto links through the shell', async () => {
    const { opened, openExternal } = setup();
    expect(await openExternal('https://example.org/a?b=1')).toBe(true);
    expect(await openExternal('mailto:support@example.org')).toBe(true);
    expect(opened).toEqual(['https://example.org/a?b=1', 'mailto:support@example.org']);
  });

  it.each([
    'file:///etc/passwd',
    'smb://attacker.example/share',
    'javascript:alert(1)',
    'ms-msdt:/id PCWDiagnostic',
    'http://example.org/',
    'https://user:pass@example.org/',
    'not a url'
  ])('refuses %s without calling the shell', async (url) => {
    const { opened, openExternal, logger } = setup();
    expect(await openExternal(url)).toBe(false);
    expect(opened).toEqual([]);
    expect(logger.lines[0]?.level).toBe('warn');
  });

  it('resolves false when the system cannot open the link', async () => {
    const { openExternal } = setup(true);
    expect(await openExternal('https://example.org/')).toBe(false);
  });
});
