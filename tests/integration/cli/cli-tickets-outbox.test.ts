import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '@main/core/ports';
import { demoCredentials, startDemoProvider, type DemoProvider } from '@main/demo-provider';
import { ticketThread } from '@main/demo-provider/ticket-thread';
import type { OutboxItem } from '@shared/contract';
import { makeTempDir } from '../../fakes/temp-dir';
import { demoFlags, runCommand as run } from '../../fakes/cli-kit';

describe('hostdeck tickets reply|open|close and hostdeck outbox', () => {
  let provider: DemoProvider;
  let dir: { path: string; cleanup: () => void };
  let secretFile: string;
  const connection = (secret = secretFile) => [
    ...demoFlags(provider.url),
    '--secret-file',
    secret,
    '--data-dir',
    dir.path
  ];
  const listing = () => [...demoFlags(provider.url), '--data-dir', dir.path];
  const openTicket = () => provider.data.tickets.find((t) => t.status !== 'Closed')!;
  const landed = (ticketId: number, text: string) =>
    ticketThread(
      provider.data,
      provider.data.tickets.find((t) => t.id === ticketId)!
    ).messages.filter((m) => m.message.startsWith(text)).length;
  const outbox = async (): Promise<OutboxItem[]> => {
    const listed = await run(['outbox', '--format', 'json', ...listing()]);
    expect(listed.code).toBe(0);
    return (JSON.parse(listed.out) as { items: OutboxItem[] }).items;
  };

  beforeAll(async () => {
    dir = makeTempDir();
    secretFile = join(dir.path, 'secret');
    writeFileSync(secretFile, `${demoCredentials.secret}\n`, { mode: 0o600 });
    // The CLI runs on the system clock, so the provider does too: one clock for both. No
    // staff answer arrives while the test runs.
    provider = await startDemoProvider({
      port: 0,
      size: 'demo',
      seed: 9,
      clock: systemClock,
      staffReplyDelayMs: 3_600_000
    });
    // The demo provider's published credentials; the write commands below take a secret file.
    const synced = await run(['sync', ...listing(), '--secret', demoCredentials.secret]);
    expect(synced.code, synced.err).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await provider.close();
    dir.cleanup();
  });
  beforeEach(() => provider.setFaults({}));

  it('replies by #number with a message file and an attachment, exit 0, and prints the sent item', async () => {
    const ticket = openTicket();
    const message = join(dir.path, 'reply.md');
    writeFileSync(message, 'Thanks — **it works** now.\n');
    const log = join(dir.path, 'trace.log');
    writeFileSync(log, 'all good\n');
    const result = await run([
      'tickets',
      'reply',
      `#${ticket.tid}`,
      '--message-file',
      message,
      '--attach',
      log,
      ...connection()
    ]);
    expect(result.code, result.err).toBe(0);
    const item = JSON.parse(result.out) as OutboxItem;
    expect(item).toMatchObject({
      kind: 'reply',
      state: 'sent',
      ticketId: String(ticket.id),
      attachments: [{ name: 'trace.log', size: 9 }]
    });
    expect(landed(ticket.id, 'Thanks — **it works** now.')).toBe(1);
  });

  it('opens a ticket in a department given by name and closes it, exit 0 each', async () => {
    const department = provider.data.departments[0]!;
    const opened = await run([
      'tickets',
      'open',
      '--department',
      department.name,
      '--subject',
      'CLI ticket',
      '--message',
      'Opened from a script',
      '--priority',
      'low',
      ...connection()
    ]);
    expect(opened.code, opened.err).toBe(0);
    const item = JSON.parse(opened.out) as OutboxItem;
    const created = provider.data.tickets.find((t) => String(t.id) === item.ticketId);
    expect(created).toMatchObject({
      subject: 'CLI ticket',
      priority: 'Low',
      deptid: department.id
    });

    const closed = await run(['tickets', 'close', item.ticketId!, ...connection()]);
    expect(closed.code, closed.err).toBe(0);
    expect(created?.status).toBe('Closed');
  });

  it('refuses invalid input with exit 2 and stores nothing', async () => {
    const before = (await outbox()).length;
    const ticket = `#${openTicket().tid}`;
    const exe = join(dir.path, 'tool.exe');
    writeFileSync(exe, 'MZ');
    const big = join(dir.path, 'huge.log');
    writeFileSync(big, Buffer.alloc(2 * 1024 * 1024 + 1));
    const cases: [readonly string[], RegExp][] = [
      [['tickets', 'reply', ticket, '--message', '   '], /message is empty/],
      [['tickets', 'reply', ticket, '--message', 'x', '--attach', exe], /cannot be attached/],
      [['tickets', 'reply', ticket, '--message', 'x', '--attach', big], /too large/],
      [
        ['tickets', 'reply', '990099', '--message', 'x'],
        /neither in the cache nor at the provider/
      ],
      [['tickets', 'reply', '#nope', '--message', 'x'], /not in the cache/],
      [
        ['tickets', 'open', '--department', 'Astrology', '--subject', 's', '--message', 'm'],
        /Unknown department "Astrology"/
      ],
      [['tickets', 'close'], /expected one ticket/]
    ];
    for (const [args, message] of cases) {
      const result = await run([...args, ...connection()]);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.err).toMatch(message);
    }
    expect(await outbox()).toHaveLength(before);
  });

  it('queues a reply while the provider is down (exit 1), and outbox send delivers it once (exit 0)', async () => {
    const ticket = openTicket();
    await provider.pause();
    let queued: Awaited<ReturnType<typeof run>>;
    try {
      queued = await run([
        'tickets',
        'reply',
        String(ticket.id),
        '--message',
        'Queued from a script',
        ...connection()
      ]);
    } finally {
      await provider.resume();
    }
    expect(queued.code, queued.err).toBe(1);
    expect(queued.err).toMatch(/queued, not confirmed/);
    const item = JSON.parse(queued.out) as OutboxItem;
    expect(item.state).toBe('queued');
    const listed = (await outbox()).find((i) => i.id === item.id);
    expect(listed).toMatchObject({
      kind: 'reply',
      state: 'queued',
      attempts: 0,
      lastError: { kind: 'offline' }
    });
    expect(landed(ticket.id, 'Queued from a script')).toBe(0);

    const sent = await run(['outbox', 'send', ...connection()]);
    expect(sent.code, sent.err).toBe(0);
    expect(JSON.parse(sent.out)).toEqual({ sent: 1, failed: 0, queued: 0 });
    expect(landed(ticket.id, 'Queued from a script')).toBe(1);
    expect((await outbox()).find((i) => i.id === item.id)?.state).toBe('sent');
  }, 60_000);

  it('exits 3 when the provider refuses the credentials; the write stays queued', async () => {
    const wrong = join(dir.path, 'wrong-secret');
    writeFileSync(wrong, 'not-the-secret');
    const ticket = openTicket();
    const result = await run([
      'tickets',
      'reply',
      String(ticket.id),
      '--message',
      'With a wrong key',
      ...connection(wrong)
    ]);
    expect(result.code, result.err).toBe(3);
    expect(landed(ticket.id, 'With a wrong key')).toBe(0);
    // The next send with the right secret delivers it.
    expect((await run(['outbox', 'send', ...connection()])).code).toBe(0);
    expect(landed(ticket.id, 'With a wrong key')).toBe(1);
  }, 60_000);

  it('retries a refused write once the provider takes it (exit 0) and discards another', async () => {
    const ticket = openTicket();
    /** A reply the provider refuses: the ticket is gone there while it is sent. */
    const refusedReply = async (message: string): Promise<OutboxItem> => {
      const at = provider.data.tickets.indexOf(ticket);
      provider.data.tickets.splice(at, 1);
      try {
        const result = await run([
          'tickets',
          'reply',
          String(ticket.id),
          '--message',
          message,
          ...connection()
        ]);
        expect(result.code, result.err).toBe(1);
        expect(result.err).toMatch(/the provider refused it: .*Ticket ID Not Found/);
        return JSON.parse(result.out) as OutboxItem;
      } finally {
        provider.data.tickets.splice(at, 0, ticket);
      }
    };
    const first = await refusedReply('Refused, then retried');
    expect(first.state).toBe('failed');
    const retried = await run(['outbox', 'retry', first.id, ...connection()]);
    expect(retried.code, retried.err).toBe(0);
    expect(JSON.parse(retried.out)).toMatchObject({ id: first.id, state: 'sent' });
    expect(landed(ticket.id, 'Refused, then retried')).toBe(1);

    const second = await refusedReply('Refused, then discarded');
    const discarded = await run(['outbox', 'discard', second.id, ...listing()]);
    expect(discarded.code, discarded.err).toBe(0);
    expect(JSON.parse(discarded.out)).toEqual({ id: second.id, discarded: true });
    expect((await outbox()).some((i) => i.id === second.id)).toBe(false);
    // Nothing of it is sent later.
    expect((await run(['outbox', 'send', ...connection()])).code).toBe(0);
    expect(landed(ticket.id, 'Refused, then discarded')).toBe(0);

    // What the outbox refuses: exit 2, nothing changed.
    const refusals = [
      [
        ['retry', first.id, ...connection()],
        /Only a failed item can be retried \(this one is sent\)/
      ],
      [['discard', first.id, ...listing()], /Only a queued or failed item can be discarded/],
      [['discard', second.id, ...listing()], /This outbox item is gone/],
      [['retry', ...connection()], /expected one outbox item id/]
    ] as const;
    for (const [args, message] of refusals) {
      const result = await run(['outbox', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.out).toBe('');
      expect(result.err).toMatch(message);
    }
    expect(landed(ticket.id, 'Refused, then retried')).toBe(1);
  }, 60_000);

  it('lists the outbox as a table', async () => {
    const table = await run(['outbox', ...listing()]);
    expect(table.code).toBe(0);
    expect(table.out.split('\n')[0]).toMatch(
      /^ID\s+KIND\s+TICKET\s+STATE\s+TRIES\s+STORED\s+LAST ERROR$/
    );
    expect(table.out).toMatch(/reply\s+#\d+\s+sent/);
  });
});
