/**
 * Randomized trials of the outbox against crashes, lost answers and outages, shared by the
 * fixed-seed test (tests/unit/core/outbox/outbox-chaos.test.ts) and the large run
 * (tests/bench/outbox-chaos.bench.ts).
 *
 * Each trial stores a few writes (replies, closes, new tickets; some to a ticket that does
 * not exist) in a real SQLite cache and lets the real sender deliver them to an in-memory
 * provider that fails at random: connection refused, a server error, a timeout, the answer
 * lost after the write was stored, a write that arrives late (after the sender gave up or
 * died), or the process dying — before the request, while it is in flight, after the
 * provider stored it, or while the marker is looked for. A death closes the database
 * mid-attempt (nothing more is written) and a new "process" opens the same file with a new
 * owner. At the end, with the provider healthy, the provider must hold every write exactly
 * once, in the order stored per ticket, and the refused ones not at all.
 */
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openCache } from '@main/core/cache/database';
import type { OutboxKind } from '@shared/contract';
import type { TicketSummary } from '@shared/model';
import {
  createOutboxSender,
  type OutboxOwner,
  type OutboxProvider,
  type OutboxSender
} from '@main/core/outbox/outbox-sender';
import { SETTLE_MS } from '@main/core/outbox/outbox-rules';
import {
  insertOutboxItem,
  listOutboxRecords,
  orderKeyOf,
  outboxCounts
} from '@main/core/outbox/outbox-repository';
import { NetworkError, NotFoundError, ProviderError } from '@main/core/providers/errors';
import { FakeClock } from './fake-clock';
import { RecordingLogger } from './recording-logger';

/** What a run found. `duplicates`, `lost` and `outOfOrder` must be 0. */
export interface ChaosFigures {
  trials: number;
  writes: number;
  sent: number;
  refused: number;
  duplicates: number;
  lost: number;
  outOfOrder: number;
  crashes: number;
  lostAnswers: number;
  lateArrivals: number;
  outages: number;
  attempts: number;
  /** The first few failures, to say which trial and what went wrong. */
  problems: string[];
}

/** mulberry32: small, fast, repeatable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Crash extends Error {}

type ProviderEvent =
  { readonly kind: 'reply'; readonly marker: string } | { readonly kind: 'close' };

interface FakeTicket {
  readonly id: string;
  readonly subject: string;
  readonly opening: string | null;
  readonly events: ProviderEvent[];
}

/** The in-memory provider, with its fault dice. */
class ChaosProvider implements OutboxProvider {
  readonly tickets = new Map<string, FakeTicket>();
  private late: { at: number; deliver: () => void }[] = [];
  /** Set while faults are on; off for the final drain. */
  faulty = true;

  constructor(
    private readonly random: () => number,
    private readonly clock: FakeClock,
    private readonly crash: () => never,
    private readonly figures: ChaosFigures
  ) {
    for (const id of ['1', '2', '3'])
      this.tickets.set(id, { id, subject: `Existing ${id}`, opening: null, events: [] });
  }

  /** Writes that were still travelling arrive when their time comes. */
  deliverDue(): void {
    const due = this.late.filter((l) => l.at <= this.clock.now());
    this.late = this.late.filter((l) => l.at > this.clock.now());
    for (const l of due) l.deliver();
  }

  private roll(p: number): boolean {
    return this.faulty && this.random() < p;
  }

  /** Faults before the provider does anything. */
  private before(): void {
    this.deliverDue();
    if (this.roll(0.04)) this.crash();
    if (this.roll(0.1)) {
      this.figures.outages += 1;
      throw new NetworkError('connection refused', 'network');
    }
    if (this.roll(0.05)) throw new ProviderError('The provider failed (HTTP 500)');
    if (this.roll(0.02)) throw new NetworkError('no reply within 20000 ms', 'timeout');
  }

  /** A write: stored now, later (still in flight when the sender gave up or died), or never. */
  private write(store: () => void): void {
    this.before();
    if (this.roll(0.04)) {
      // In flight when the process dies; the provider completes it within the settle window.
      this.figures.lateArrivals += 1;
      this.late.push({
        at: this.clock.now() + Math.floor(this.random() * SETTLE_MS),
        deliver: store
      });
      this.crash();
    }
    if (this.roll(0.03)) {
      this.figures.lateArrivals += 1;
      this.late.push({
        at: this.clock.now() + Math.floor(this.random() * SETTLE_MS),
        deliver: store
      });
      throw new NetworkError('no reply within 20000 ms', 'timeout');
    }
    store();
    if (this.roll(0.06)) this.crash();
    if (this.roll(0.12)) {
      this.figures.lostAnswers += 1;
      throw new NetworkError('socket hang up', 'network');
    }
  }

  private ticket(id: string): FakeTicket {
    const ticket = this.tickets.get(id);
    if (!ticket) throw new NotFoundError('Ticket ID Not Found');
    return ticket;
  }

  async replyToTicket(
    ticketId: string,
    input: { readonly message: string; readonly clientMarker?: string }
  ): Promise<void> {
    const ticket = this.ticket(ticketId);
    this.write(() => ticket.events.push({ kind: 'reply', marker: input.clientMarker ?? '' }));
  }

  async closeTicket(ticketId: string): Promise<void> {
    const ticket = this.ticket(ticketId);
    this.write(() => ticket.events.push({ kind: 'close' }));
  }

  async openTicket(input: {
    readonly subject: string;
    readonly message: string;
    readonly clientMarker?: string;
  }) {
    let id = '';
    this.write(() => {
      id = String(100 + this.tickets.size);
      this.tickets.set(id, {
        id,
        subject: input.subject,
        opening: input.clientMarker ?? null,
        events: []
      });
    });
    return { id, publicId: `T${id}` };
  }

  async findReplyByMarker(ticketId: string, marker: string) {
    this.deliverDue();
    if (this.roll(0.03)) this.crash();
    if (this.roll(0.05)) throw new NetworkError('connection refused', 'network');
    const found = this.ticket(ticketId).events.some(
      (e) => e.kind === 'reply' && e.marker === marker
    );
    return found
      ? {
          id: 'r',
          author: { name: 'me', kind: 'customer' as const },
          postedAt: null,
          body: '',
          bodyFormat: 'markdown' as const,
          attachments: [],
          clientMarker: marker
        }
      : null;
  }

  async findTicketByMarker(subject: string, marker: string): Promise<TicketSummary | null> {
    this.deliverDue();
    if (this.roll(0.03)) this.crash();
    if (this.roll(0.05)) throw new NetworkError('connection refused', 'network');
    const found = [...this.tickets.values()].find(
      (t) => t.subject === subject && t.opening === marker
    );
    return found
      ? {
          id: found.id,
          publicId: `T${found.id}`,
          subject,
          departmentId: '1',
          departmentName: null,
          status: 'Open',
          priority: 'medium',
          openedAt: null,
          lastReplyAt: null,
          awaitingCustomer: false,
          isClosed: false
        }
      : null;
  }
}

interface Planned {
  readonly id: string;
  readonly kind: OutboxKind;
  readonly ticketId: string | null;
  readonly subject: string | null;
}

/**
 * A directory for the trials' SQLite files: in RAM (/dev/shm) where there is one — real
 * files all the same, without waiting on a shared disk — else in the temp folder.
 */
export function chaosDir(): string {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  return mkdtempSync(join(base, 'hostdeck-outbox-chaos-'));
}

/** Creates (once) a migrated cache file that each trial copies. */
export function chaosTemplate(dir: string): string {
  const path = join(dir, 'template.sqlite');
  const cache = openCache(path, { logger: new RecordingLogger(), now: () => 0 });
  // WAL, as the app opens it; closing checkpoints, so the file alone is a complete copy.
  cache.close();
  return path;
}

/** Runs `trials` trials from `seed`, in files under `dir`. */
export async function runOutboxChaos(options: {
  readonly trials: number;
  readonly seed: number;
  readonly dir: string;
}): Promise<ChaosFigures> {
  const figures: ChaosFigures = {
    trials: 0,
    writes: 0,
    sent: 0,
    refused: 0,
    duplicates: 0,
    lost: 0,
    outOfOrder: 0,
    crashes: 0,
    lostAnswers: 0,
    lateArrivals: 0,
    outages: 0,
    attempts: 0,
    problems: []
  };
  const template = chaosTemplate(options.dir);
  for (let trial = 0; trial < options.trials; trial++) {
    await runTrial(trial, options.seed, options.dir, template, figures);
    figures.trials += 1;
  }
  return figures;
}

async function runTrial(
  trial: number,
  seed: number,
  dir: string,
  template: string,
  figures: ChaosFigures
): Promise<void> {
  const random = prng((seed * 0x9e3779b1 + trial) >>> 0);
  const clock = new FakeClock('2026-11-22T09:00:00Z');
  const path = join(dir, `trial-${trial % 4}.sqlite`);
  copyFileSync(template, path);
  const alive = new Set<string>();
  let generation = 0;
  let db: DatabaseSync;
  let sender: OutboxSender;

  const crash = (): never => {
    figures.crashes += 1;
    db.close();
    throw new Crash('the process died');
  };
  const provider = new ChaosProvider(random, clock, crash, figures);
  let outage = false;

  /** A process starting: the previous one is dead, its claims are abandoned. */
  const start = (): void => {
    alive.clear();
    const token = `p${generation++}`;
    alive.add(token);
    const owner: OutboxOwner = {
      token,
      isAlive: (other) => alive.has(other),
      release: () => void alive.delete(token)
    };
    db = new DatabaseSync(path);
    // The cache's WAL mode is kept in the file. A process crash loses no commit whatever
    // `synchronous` says (only a power cut would), so the trials skip the disk flushes.
    db.exec('PRAGMA synchronous = OFF');
    sender = createOutboxSender({
      db,
      provider: async () => {
        if (outage && provider.faulty) throw new NetworkError('offline', 'network');
        return provider;
      },
      clock,
      logger: new RecordingLogger(),
      owner
    });
  };
  const flush = async (scope?: { orderKey: string; itemId: string }): Promise<void> => {
    try {
      await sender.flush(scope);
    } catch (error) {
      if (!(error instanceof Crash) && db.isOpen) throw error;
      start();
    }
  };

  start();
  const planned: Planned[] = [];
  const writes = 2 + Math.floor(random() * 5);
  for (let n = 0; n < writes; n++) {
    const roll = random();
    const ticketId = random() < 0.08 ? '404' : String(1 + Math.floor(random() * 3));
    const kind: OutboxKind = roll < 0.6 ? 'reply' : roll < 0.8 ? 'close' : 'open';
    const id = `t${trial}-w${n}`;
    const subject = kind === 'open' ? `New ${Math.floor(random() * 2)}` : null;
    const target = kind === 'open' ? null : ticketId;
    insertOutboxItem(db!, {
      id,
      kind,
      ticketId: target,
      ticketPublicId: null,
      marker: `m${trial}x${n}`,
      payload: { message: `message ${n}`, subject, departmentId: '1', attachments: [] },
      createdAt: new Date(clock.now()).toISOString()
    });
    planned.push({ id, kind, ticketId: target, subject });
    figures.writes += 1;
    outage = random() < 0.1;
    const now = random();
    if (now < 0.6) await flush({ orderKey: orderKeyOf(kind, target, id), itemId: id });
    else if (now < 0.8) await flush();
    clock.advance(Math.floor(random() * 10_000));
    if (random() < 0.05) {
      // Killed between two writes.
      figures.crashes += 1;
      db!.close();
      start();
    }
  }
  for (let round = 0; round < 16 && outboxCounts(db!).pending > 0; round++) {
    // "Send now" at once, or a sync later: a write still in flight may arrive in between.
    clock.advance(Math.floor(random() * 1.5 * SETTLE_MS));
    outage = random() < 0.15;
    await flush();
  }
  // The provider is healthy again: every write must now go through.
  provider.faulty = false;
  outage = false;
  for (let round = 0; round < 3; round++) {
    clock.advance(SETTLE_MS + 1);
    provider.deliverDue();
    if (outboxCounts(db!).pending > 0) await flush();
  }
  check(trial, planned, provider, db!, figures);
  await sender!.close();
  db!.close();
}

function check(
  trial: number,
  planned: readonly Planned[],
  provider: ChaosProvider,
  db: DatabaseSync,
  figures: ChaosFigures
): void {
  const problem = (text: string) => {
    if (figures.problems.length < 10) figures.problems.push(`trial ${trial}: ${text}`);
  };
  const records = new Map(listOutboxRecords(db, 1_000).map((r) => [r.id, r]));
  for (const record of records.values()) figures.attempts += record.attempts;
  const expected = new Map<string, string[]>();
  for (const item of planned) {
    const record = records.get(item.id);
    if (!record) {
      figures.lost += 1;
      problem(`${item.id} vanished from the outbox`);
      continue;
    }
    const marker = record.marker;
    if (item.ticketId === '404') {
      if (record.state === 'failed') figures.refused += 1;
      else {
        figures.lost += 1;
        problem(`${item.id} to a missing ticket ended ${record.state}`);
      }
      continue;
    }
    if (record.state !== 'sent') {
      figures.lost += 1;
      problem(
        `${item.id} (${item.kind}) ended ${record.state}: ${record.lastError?.message ?? ''}`
      );
      continue;
    }
    figures.sent += 1;
    if (item.kind === 'open') {
      const opened = [...provider.tickets.values()].filter((t) => t.opening === marker);
      if (opened.length === 0) {
        figures.lost += 1;
        problem(`${item.id} (open) is sent but not at the provider`);
      }
      if (opened.length > 1) {
        figures.duplicates += opened.length - 1;
        problem(`${item.id} (open) is at the provider ${opened.length} times`);
      }
      if (opened.length === 1 && record.ticketId !== opened[0]!.id) {
        figures.lost += 1;
        problem(`${item.id} (open) points at ticket ${record.ticketId}, not ${opened[0]!.id}`);
      }
      continue;
    }
    const key = item.ticketId!;
    expected.set(key, [...(expected.get(key) ?? []), item.kind === 'reply' ? marker : 'close']);
    if (item.kind === 'reply') {
      const ticket = provider.tickets.get(key)!;
      const copies = ticket.events.filter((e) => e.kind === 'reply' && e.marker === marker).length;
      if (copies === 0) {
        figures.lost += 1;
        problem(`${item.id} (reply) is sent but not at the provider`);
      }
      if (copies > 1) {
        figures.duplicates += copies - 1;
        problem(`${item.id} (reply) is at the provider ${copies} times`);
      }
    }
  }
  // Per ticket, the provider saw the writes in the order they were stored. Closing is
  // harmless to repeat (it is retried without looking), so closes in a row count once.
  for (const [key, stored] of expected) {
    const wanted = stored.filter((label, i) => !(label === 'close' && stored[i - 1] === 'close'));
    const seen: string[] = [];
    for (const event of provider.tickets.get(key)!.events) {
      const label = event.kind === 'reply' ? event.marker : 'close';
      if (label === 'close' && seen.at(-1) === 'close') continue;
      if (label !== 'close' && seen.includes(label)) continue;
      seen.push(label);
    }
    if (seen.join(' ') !== wanted.join(' ')) {
      figures.outOfOrder += 1;
      problem(`ticket ${key}: provider saw [${seen.join(' ')}], stored [${stored.join(' ')}]`);
    }
  }
}
