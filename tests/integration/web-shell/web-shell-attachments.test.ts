/**
 * Ticket writes carry attachments as base64 in the request body, so the web shell lets the
 * two channels that take attachments send bodies a full set of files needs (5 × 2 MiB), and
 * keeps the 1 MiB cap for every other call.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionSecretStore } from '@main/node/keytar-secret-store';
import { startWebShell, type WebShell } from '@main/web-shell/web-shell';
import { makeTempDir } from '../../fakes/temp-dir';
import { rpc } from './web-shell-client';

describe('the web shell and attachment-sized bodies', () => {
  let dir: { path: string; cleanup: () => void };
  let shell: WebShell;
  let auth: Record<string, string>;

  beforeEach(async () => {
    dir = makeTempDir();
    shell = await startWebShell({
      dataDir: dir.path,
      staticDir: null,
      version: '9.9.9',
      secrets: createSessionSecretStore('test'),
      autoDemo: false
    });
    auth = { 'X-Hostdeck-Token': shell.token };
  });
  afterEach(async () => {
    await shell.close();
    dir.cleanup();
  });

  // Five files of 2 MiB, as base64: what the composer sends at the limit.
  const file = { name: 'log.txt', type: 'text/plain', dataBase64: 'QUJD'.repeat(699_050) };
  const fullReply = {
    input: { ticketId: '1', message: 'Five logs attached', attachments: Array(5).fill(file) }
  };

  it('passes a reply with five 2 MiB attachments on to core instead of refusing its size', async () => {
    const { status, json } = await rpc(shell, 'tickets:reply', fullReply, auth);
    expect(JSON.stringify(fullReply).length).toBeGreaterThan(13 * 1024 * 1024);
    expect(status).toBe(200);
    // No profile is connected: core answers, which it could not if the body had been cut off.
    expect(json.ok).toBe(false);
    expect(json.error?.message).not.toMatch(/too large/);
  });

  it('keeps the 1 MiB cap for other channels', async () => {
    const padding = ' '.repeat(2 * 1024 * 1024);
    const { status, json } = await rpc(shell, 'settings:update', `{"input":{}}${padding}`, auth);
    expect(status).toBe(413);
    expect(json.error?.message).toMatch(/too large/);
  });
});
