import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@main/cli/run-cli';
import { openProfileStore } from '@main/core/profiles/profile-store';
import { systemClock } from '@main/core/ports';
import { openSession } from '@main/core/profile-session';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { ticketThread } from '@main/demo-provider/ticket-thread';
import { createNodeHttp } from '@main/node/node-http';
import { FakeClock } from '../../fakes/fake-clock';
import { RecordingEventSink } from '../../fakes/recording-notifier';
import { RecordingLogger } from '../../fakes/recording-logger';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoFlags } from '../../fakes/cli-kit';

/**
 * What the proxy between the CLI and the demo provider does with the request it holds:
 * - 'connect': holds the very first request (the connection check) — the write is stored,
 *   not yet tried;
 * - 'write': holds AddTicketReply before the provider sees it;
 * - 'answer': lets AddTicketReply through and holds only the provider's answer.
 */
type HoldMode = 'off' | 'connect' | 'write' | 'answer';

interface Held {
  readonly body: Buffer;
  readonly headers: Record<string, string>;
  readonly path: string;
}

/** A loopback HTTP proxy the test controls, to stop a request at a chosen point. */
async function startProxy(target: string) {
  let mode: HoldMode = 'off';
  let held: Held | null = null;
  let onHeld: (() => void) | null = null;
  const forward = async (path: string, headers: Record<string, string>, body: Buffer) => {
    const response = await fetch(`${target}${path}`, {
      method: 'POST',
      headers,
      body: new Uint8Array(body)
    });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: Buffer.from(await response.arrayBuffer())
    };
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers = { 'content-type': String(req.headers['content-type'] ?? '') };
    const path = req.url ?? '/';
    const isWrite = body.toString('utf8').includes('action=AddTicketReply');
    if (mode === 'connect' || (isWrite && mode === 'write')) {
      held = { body, headers, path };
      onHeld?.();
      return; // never answered
    }
    const answer = await forward(path, headers, body);
    if (isWrite && mode === 'answer') {
      held = { body, headers, path };
      onHeld?.();
      return; // stored at the provider, answer never delivered
    }
    res.writeHead(answer.status, { 'content-type': answer.type });
    res.end(answer.body);
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hold(next: HoldMode): Promise<Held> {
      mode = next;
      held = null;
      return new Promise((resolve) => {
        onHeld = () => resolve(held!);
      });
    },
    /** Stops holding; `deliverLate` sends the held write on to the provider now. */
    async release(deliverLate: boolean): Promise<void> {
      const late = held;
      mode = 'off';
      held = null;
      if (deliverLate && late) await forward(late.path, late.headers, late.body);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

describe('SIGKILL of `hostdeck tickets reply` between "stored" and "sent"', () => {
  let provider: DemoProvider;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let dir: { path: string; cleanup: () => void };
  let secretFile: string;

  const connection = () => [...demoFlags(proxy.url), '--data-dir', dir.path];
  const cacheFile = () => {
    const store = openProfileStore(dir.path);
    return join(store.dirOf(store.list()[0]!.id), 'cache.sqlite');
  };
  const outboxRows = () => {
    const db = new DatabaseSync(cacheFile(), { readOnly: true });
    try {
      return db
        .prepare('SELECT id, marker, state, attempts, last_error_kind FROM outbox ORDER BY seq')
        .all() as {
        id: string;
        marker: string;
        state: string;
        attempts: number;
        last_error_kind: string | null;
      }[];
    } finally {
      db.close();
    }
  };
  const landed = (ticketId: number, marker: string) =>
    ticketThread(
      provider.data,
      provider.data.tickets.find((t) => t.id === ticketId)!
    ).messages.filter((m) => m.message.includes(`[hd:${marker}]`)).length;

  /** Starts the real CLI in a child process; resolves once it is killed. */
  function replyInChild(ticketId: number, message: string) {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src-main/cli/main.ts',
        'tickets',
        'reply',
        String(ticketId),
        '--message',
        message,
        '--secret-file',
        secretFile,
        ...connection()
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    );
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code))
    );
    return { kill: () => child.kill('SIGKILL'), exited };
  }

  /** The app starting again after the crash: a session on the same cache, `clockAt` ms from now. */
  async function recover(clockAt: number) {
    const store = openProfileStore(dir.path);
    const profile = store.list()[0]!;
    const clock = new FakeClock(Date.now() + clockAt);
    const secret = JSON.stringify({ kind: 'classic', secret: demoCredentials.secret });
    const session = openSession(profile, store.dirOf(profile.id), {
      clock,
      http: createNodeHttp(),
      secrets: {
        description: 'test',
        get: async () => secret,
        set: async () => undefined,
        delete: async () => false
      },
      events: new RecordingEventSink(),
      logger: new RecordingLogger(),
      demo: null,
      timeZone: () => 'Europe/Brussels'
    });
    try {
      return await session.outbox.flush();
    } finally {
      await session.close();
    }
  }

  beforeAll(async () => {
    dir = makeTempDir();
    secretFile = join(dir.path, 'secret');
    writeFileSync(secretFile, demoCredentials.secret, { mode: 0o600 });
    // The CLI child runs on the system clock, so the provider does too (no staff answer
    // arrives meanwhile). The restarted app below gets its own clock, set past the settle time.
    provider = await startDemoProvider({
      port: 0,
      size: 'demo',
      seed: 4,
      clock: systemClock,
      staffReplyDelayMs: 3_600_000
    });
    proxy = await startProxy(provider.url);
    const synced = await runCli(['sync', ...connection(), '--secret', demoCredentials.secret], {
      stdout: () => undefined,
      stderr: () => undefined
    });
    expect(synced).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await proxy?.close();
    await provider?.close();
    dir?.cleanup();
  });

  const cases: readonly {
    name: string;
    mode: HoldMode;
    deliverLate: boolean;
    state: string;
    attempts: number;
    atProvider: number;
  }[] = [
    {
      name: 'before its first attempt',
      mode: 'connect',
      deliverLate: false,
      state: 'queued',
      attempts: 0,
      atProvider: 0
    },
    {
      name: 'while the reply is on its way, never arriving',
      mode: 'write',
      deliverLate: false,
      state: 'sending',
      attempts: 1,
      atProvider: 0
    },
    {
      name: 'while the reply is on its way, arriving after the crash',
      mode: 'write',
      deliverLate: true,
      state: 'sending',
      attempts: 1,
      atProvider: 1
    },
    {
      name: 'after the provider stored it, before the answer',
      mode: 'answer',
      deliverLate: false,
      state: 'sending',
      attempts: 1,
      atProvider: 1
    }
  ];

  for (const [index, c] of cases.entries()) {
    it(
      `loses nothing and duplicates nothing when killed ${c.name}`,
      { timeout: 90_000 },
      async () => {
        const ticket = provider.data.tickets.filter((t) => t.status !== 'Closed')[index]!;
        const held = proxy.hold(c.mode);
        const child = replyInChild(ticket.id, `Crash test ${index}`);
        await held;
        child.kill();
        expect(await child.exited).toBe('SIGKILL');
        await proxy.release(c.deliverLate);

        // Nothing lost: the reply is in the outbox as the crash left it.
        const [row] = outboxRows().slice(-1);
        expect(row).toMatchObject({ state: c.state, attempts: c.attempts });
        expect(landed(ticket.id, row!.marker)).toBe(c.atProvider);

        if (c.state === 'sending') {
          // Restarted at once: the interrupted attempt may still be in flight, so it waits.
          const early = await recover(0);
          expect(early).toMatchObject({ sent: 0, queued: 1 });
          expect(early.retryAt).not.toBeNull();
          expect(outboxRows().at(-1)).toMatchObject({
            state: 'queued',
            last_error_kind: 'interrupted'
          });
        }
        // Later: looked for at the provider, sent only if it is not there.
        const later = await recover(60_000);
        expect(later).toMatchObject({ sent: 1, failed: 0, queued: 0 });
        expect(landed(ticket.id, row!.marker)).toBe(1);
        expect(outboxRows().at(-1)).toMatchObject({ state: 'sent' });
      }
    );
  }
});
