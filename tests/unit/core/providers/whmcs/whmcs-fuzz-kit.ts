/**
 * Fuzzing kit for the WHMCS reply parsers, shared by the property test in the normal suite
 * and the long run in tests/bench/whmcs-fuzz.bench.ts. It mutates real reply shapes
 * (dropped keys, swapped types, ""/[]/null, wrong wrappers, truncated JSON, HTML pages,
 * odd HTTP statuses) and feeds each one through the adapter's own path: classic-client
 * call → zod schema → normalize. Every input must end in a model-valid value or a typed
 * provider error; anything else is a crash.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { z } from 'zod';
import type { ListEntity } from '@main/core/cache/repositories/entities';
import { getSyncState } from '@main/core/cache/repositories/sync-state';
import type { Http, HttpRequest, HttpResponse } from '@main/core/ports';
import { ProviderAdapterError } from '@main/core/providers/errors';
import type { Page, ProviderAdapter } from '@main/core/providers/provider';
import { runSync } from '@main/core/sync/sync-engine';
import { createWhmcsAdapter, type WhmcsAdapter } from '@main/core/providers/whmcs/whmcs-adapter';
import {
  accountSummarySchema,
  creditEntrySchema,
  departmentSchema,
  domainSchema,
  invoiceDetailSchema,
  invoiceSchema,
  providerIdSchema,
  serviceSchema,
  ticketSchema,
  ticketSummarySchema,
  transactionSchema,
  usageWindowSchema
} from '@shared/model';
import { FakeClock } from '@tests/fakes/fake-clock';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/whmcs/', import.meta.url));

/** A real reply to mutate: parsed JSON, or raw text (HTML pages, truncated bodies). */
export interface Seed {
  readonly name: string;
  readonly action: string;
  readonly body: unknown;
  readonly raw?: string;
  /** The client the reply belongs to (the adapter's scope). */
  readonly clientId: string;
}

/** What the adapter does with one action's reply, and the model its result must satisfy. */
interface Target {
  readonly run: (adapter: WhmcsAdapter) => Promise<unknown>;
  readonly model: z.ZodType;
}

const MAX_PAGES = 3;

/** The items of the first few pages (a mutated total may promise endless pages). */
async function firstPages<T>(pages: AsyncIterable<{ readonly items: readonly T[] }>) {
  const out: T[] = [];
  let n = 0;
  for await (const page of pages) {
    out.push(...page.items);
    if (++n >= MAX_PAGES) break;
  }
  return out;
}

async function firstUsage(adapter: WhmcsAdapter) {
  const windows: unknown[] = [];
  for await (const page of adapter.getUsage({
    from: '2026-11-05T00:00:00Z',
    to: '2026-11-06T00:00:00Z'
  })) {
    windows.push(page.window);
    if (windows.length >= MAX_PAGES) break;
  }
  return windows;
}

export const TARGETS: Readonly<Record<string, Target>> = {
  GetClientsDetails: { run: (a) => a.getAccount(), model: accountSummarySchema },
  GetInvoices: { run: (a) => firstPages(a.pages('invoices')), model: z.array(invoiceSchema) },
  GetInvoice: { run: (a) => a.getInvoice('101'), model: invoiceDetailSchema },
  GetClientsDomains: { run: (a) => firstPages(a.pages('domains')), model: z.array(domainSchema) },
  GetClientsProducts: {
    run: (a) => firstPages(a.pages('services')),
    model: z.array(serviceSchema)
  },
  GetTickets: { run: (a) => firstPages(a.pages('tickets')), model: z.array(ticketSummarySchema) },
  GetTicket: { run: (a) => a.getTicket('41'), model: ticketSchema },
  GetSupportDepartments: {
    run: (a) => firstPages(a.pages('departments')),
    model: z.array(departmentSchema)
  },
  GetTransactions: {
    run: (a) => firstPages(a.pages('transactions')),
    model: z.array(transactionSchema)
  },
  GetCredits: { run: (a) => firstPages(a.pages('credits')), model: z.array(creditEntrySchema) },
  GetUsageIntervals: { run: firstUsage, model: z.array(usageWindowSchema) },
  OpenTicket: {
    run: (a) => a.openTicket({ departmentId: '2', subject: 'Help', message: 'Site down' }),
    model: z.object({ id: providerIdSchema, publicId: z.string().min(1) })
  },
  AddTicketReply: {
    run: (a) => a.replyToTicket('41', { message: 'Thanks' }),
    model: z.undefined()
  },
  DomainRenew: { run: (a) => a.renewDomain!('11'), model: z.undefined() }
};

/** Which action a fixture file answers. */
function actionOfFixture(name: string): string | null {
  const table: [RegExp, string][] = [
    [/^get-clients-details/, 'GetClientsDetails'],
    [/^get-clients-domains/, 'GetClientsDomains'],
    [/^get-clients-products/, 'GetClientsProducts'],
    [/^get-credits/, 'GetCredits'],
    [/^get-invoices-/, 'GetInvoices'],
    [/^get-invoice/, 'GetInvoice'],
    [/^get-support-departments/, 'GetSupportDepartments'],
    [/^get-tickets/, 'GetTickets'],
    [/^get-ticket/, 'GetTicket'],
    [/^get-transactions/, 'GetTransactions'],
    [/^get-usage-intervals/, 'GetUsageIntervals'],
    [/^open-ticket/, 'OpenTicket'],
    [/^(add-ticket-reply|success-with-warning)/, 'AddTicketReply'],
    [/^error-/, 'GetInvoices'],
    [/^(php-fatal-error|truncated-reply)/, 'GetClientsProducts']
  ];
  return table.find(([re]) => re.test(name))?.[1] ?? null;
}

/** The classic-API fixtures of tests/fixtures/whmcs as seeds (REST ones are another path). */
export function fixtureSeeds(): Seed[] {
  return readdirSync(FIXTURES)
    .sort()
    .flatMap((name): Seed[] => {
      const action = actionOfFixture(name);
      if (action === null) return [];
      const text = readFileSync(FIXTURES + name, 'utf8');
      if (!name.endsWith('.json')) return [{ name, action, body: null, raw: text, clientId: '7' }];
      return [{ name, action, body: JSON.parse(text) as unknown, clientId: '7' }];
    });
}

// ---- mutations ----

const OP_KINDS = [
  'drop',
  'null',
  'empty-string',
  'empty-array',
  'empty-object',
  'null-string',
  'zero-date',
  'minus-one',
  'swap-type',
  'wrap-array',
  'unwrap',
  'rename',
  'duplicate',
  'json',
  'noise',
  'number'
] as const;
type OpKind = (typeof OP_KINDS)[number];

interface Op {
  readonly at: number;
  readonly kind: OpKind;
  readonly json: unknown;
  readonly text: string;
  readonly number: number;
}

const ENVELOPES = [
  'result-error',
  'status-error',
  'no-result',
  'result-case',
  'warning-only',
  'registrar',
  'root-null',
  'root-array',
  'root-scalar'
] as const;
const ENCODINGS = ['truncate', 'html', 'empty', 'notice', 'bom', 'noise'] as const;
const STATUSES = [400, 401, 403, 404, 429, 500, 502, 503];

/** Mostly `common`, sometimes one of `rare` (so most inputs reach the schemas). */
function mostly<T>(common: T, rare: readonly T[], rareWeight = 1): fc.Arbitrary<T> {
  return fc.oneof(
    { arbitrary: fc.constant(common), weight: 12 - rareWeight },
    { arbitrary: fc.constantFrom(...rare), weight: rareWeight }
  );
}

/** One mutated reply, as generated (replayable from its fields). */
export interface FuzzInput {
  readonly seed: number;
  readonly ops: readonly Op[];
  readonly envelope: (typeof ENVELOPES)[number] | 'keep';
  readonly encoding: (typeof ENCODINGS)[number] | 'json';
  readonly cut: number;
  readonly status: number;
  readonly retryAfter: string | null;
  readonly noise: string;
}

const opArb: fc.Arbitrary<Op> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom(...OP_KINDS),
  json: fc.jsonValue({ maxDepth: 2 }),
  text: fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('0', '1', 'true', '-1', '1e999', '15,95', '€ 12.00', '2026-13-45')
  ),
  number: fc.oneof(
    fc.integer(),
    fc.double(),
    fc.constantFrom(0, -1, 1.5, 2 ** 53, Number.MAX_VALUE)
  )
});

/** Inputs over `seedCount` seeds: up to four mutations, now and then a broken envelope, body or status. */
export function fuzzInputArb(seedCount: number): fc.Arbitrary<FuzzInput> {
  return fc.record({
    seed: fc.nat({ max: seedCount - 1 }),
    ops: fc.array(opArb, { minLength: 0, maxLength: 4 }),
    envelope: mostly<FuzzInput['envelope']>('keep', ENVELOPES, 2),
    encoding: mostly<FuzzInput['encoding']>('json', ENCODINGS),
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
    status: mostly(200, STATUSES),
    retryAfter: fc.option(
      fc.constantFrom('0', '2', '120', 'soon', 'Wed, 21 Oct 2026 07:28:00 GMT')
    ),
    noise: fc.string({ unit: 'binary', maxLength: 40 })
  });
}

type Slot = { readonly parent: Record<string, unknown> | unknown[]; readonly key: string | number };

/** Every place a value sits in `root` (depth first). */
function slotsOf(root: unknown): Slot[] {
  const out: Slot[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        out.push({ parent: value, key: index });
        visit(item);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        out.push({ parent: value as Record<string, unknown>, key });
        visit(item);
      }
    }
  };
  visit(root);
  return out;
}

function swapType(value: unknown): unknown {
  if (typeof value === 'string')
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : '0';
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  return Object.values(value as object);
}

function mutated(op: Op, value: unknown): unknown {
  switch (op.kind) {
    case 'null':
      return null;
    case 'empty-string':
      return '';
    case 'empty-array':
      return [];
    case 'empty-object':
      return {};
    case 'null-string':
      return 'null';
    case 'zero-date':
      return op.at % 2 === 0 ? '0000-00-00' : '0000-00-00 00:00:00';
    case 'minus-one':
      return '-1.00';
    case 'swap-type':
      return swapType(value);
    case 'wrap-array':
      return [value];
    case 'unwrap':
      if (Array.isArray(value)) return value[0];
      return value !== null && typeof value === 'object' ? Object.values(value)[0] : value;
    case 'json':
      return op.json;
    case 'noise':
      return op.text;
    case 'number':
      return op.number;
    default:
      return value;
  }
}

function applyOp(root: unknown, op: Op): unknown {
  const slots = slotsOf(root);
  if (slots.length === 0) return op.kind === 'drop' ? root : mutated(op, root);
  const { parent, key } = slots[op.at % slots.length]!;
  if (Array.isArray(parent)) {
    const index = key as number;
    if (op.kind === 'drop') parent.splice(index, 1);
    else if (op.kind === 'duplicate') parent.push(structuredClone(parent[index]));
    else parent[index] = mutated(op, parent[index]);
    return root;
  }
  const name = key as string;
  if (op.kind === 'drop') delete parent[name];
  else if (op.kind === 'rename') {
    parent[op.at % 3 === 0 ? `${name}s` : op.at % 3 === 1 ? 'item' : name.toUpperCase()] =
      parent[name];
    delete parent[name];
  } else if (op.kind === 'duplicate') parent[`${name}_copy`] = structuredClone(parent[name]);
  else parent[name] = mutated(op, parent[name]);
  return root;
}

function applyEnvelope(root: unknown, envelope: FuzzInput['envelope']): unknown {
  if (envelope === 'root-null') return null;
  if (envelope === 'root-array') return [root];
  if (envelope === 'root-scalar') return typeof root === 'string' ? 0 : 'success';
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return root;
  const r = root as Record<string, unknown>;
  switch (envelope) {
    case 'result-error':
      return { ...r, result: 'error', message: r.message ?? 'Something odd happened' };
    case 'status-error': {
      const { result: _result, ...rest } = r;
      return { ...rest, status: 'error', message: 'Invoice ID Not Found' };
    }
    case 'no-result': {
      const { result: _result, ...rest } = r;
      return rest;
    }
    case 'result-case':
      return { ...r, result: 'Success' };
    case 'warning-only':
      return { warning: 'This API function is deprecated' };
    case 'registrar':
      return { result: 'error', message: 'Registrar Error Message', error: 'Domain locked' };
    default:
      return r;
  }
}

const PHP_FATAL =
  '<br />\n<b>Fatal error</b>:  Allowed memory size exhausted in <b>/home/whmcs/includes/api.php</b> on line <b>82</b><br />\n';
const PHP_NOTICE =
  '<br />\n<b>Warning</b>:  Undefined array key "x" in <b>/home/whmcs/modules/addons/x.php</b> on line <b>12</b><br />\n';

/** The seed an input mutates. */
export function seedOf(input: FuzzInput, seeds: readonly Seed[]): Seed {
  const seed = seeds[input.seed % seeds.length];
  if (!seed) throw new Error('no seeds');
  return seed;
}

/** The HTTP reply an input makes of `seed`. */
export function responseOf(input: FuzzInput, seed: Seed): HttpResponse {
  let text: string;
  if (seed.raw !== undefined) {
    text = seed.raw;
  } else {
    let value = structuredClone(seed.body);
    for (const op of input.ops) value = applyOp(value, op);
    text = JSON.stringify(applyEnvelope(value, input.envelope)) ?? '';
  }
  let type = 'application/json';
  switch (input.encoding) {
    case 'truncate':
      text = text.slice(0, Math.floor(text.length * input.cut));
      break;
    case 'html':
      text = `<!DOCTYPE html><html><body>${PHP_FATAL}</body></html>`;
      type = 'text/html; charset=UTF-8';
      break;
    case 'empty':
      text = '';
      break;
    case 'notice':
      text = PHP_NOTICE + text;
      type = 'text/html; charset=UTF-8';
      break;
    case 'bom':
      text = `\uFEFF${text}`;
      break;
    case 'noise':
      text = input.noise;
      type = 'text/plain';
      break;
    default:
      break;
  }
  const headers: Record<string, string> = { 'content-type': type };
  if (input.retryAfter !== null) headers['retry-after'] = input.retryAfter;
  return { status: input.status, headers, body: new TextEncoder().encode(text) };
}

// ---- running one input ----

const encode = (value: unknown): HttpResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: new TextEncoder().encode(JSON.stringify(value))
});
/** A thread for ticket syncs; no userid, so it belongs to whichever client the seed has. */
const FIXED_TICKET = encode({
  ...(JSON.parse(readFileSync(`${FIXTURES}get-ticket.json`, 'utf8')) as object),
  userid: ''
});
const FIXED: Readonly<Record<string, HttpResponse>> = {
  GetClientsDetails: encode(
    JSON.parse(readFileSync(`${FIXTURES}get-clients-details.json`, 'utf8')) as unknown
  ),
  GetSupportDepartments: encode(
    JSON.parse(readFileSync(`${FIXTURES}get-support-departments.json`, 'utf8')) as unknown
  )
};

/** A provider that answers `action` with `reply` and the helper actions with fixtures. */
export class OneActionHttp implements Http {
  constructor(
    private readonly action: string,
    private readonly reply: (params: URLSearchParams) => HttpResponse,
    private readonly fixed: Readonly<Record<string, HttpResponse>> = FIXED
  ) {}

  send(request: HttpRequest): Promise<HttpResponse> {
    const params = new URLSearchParams(typeof request.body === 'string' ? request.body : '');
    const action = params.get('action') ?? '';
    const response = action === this.action ? this.reply(params) : this.fixed[action];
    if (!response) return Promise.reject(new Error(`no reply for ${action}`));
    return Promise.resolve(response);
  }
}

/** The adapter the fuzz drives: classic, every capability on, scoped to `clientId`. */
export function fuzzAdapter(http: Http, clientId: string): WhmcsAdapter {
  return createWhmcsAdapter(
    {
      baseUrl: 'https://billing.example.com/',
      auth: { mode: 'classic', identifier: 'i', secret: 's', clientId },
      usage: 'enabled',
      domainRenewAction: true,
      timeZone: 'Europe/Brussels'
    },
    { http, clock: new FakeClock('2026-11-22T09:00:00Z') }
  );
}

export type Outcome =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'refused'; readonly error: string }
  | { readonly kind: 'crashed'; readonly error: unknown }
  | { readonly kind: 'invalid'; readonly issues: string };

/** Feeds one input through the adapter and says how it ended. */
export async function runInput(input: FuzzInput, seeds: readonly Seed[]): Promise<Outcome> {
  const seed = seedOf(input, seeds);
  const target = TARGETS[seed.action];
  if (!target) throw new Error(`no target for ${seed.action}`);
  const response = responseOf(input, seed);
  const adapter = fuzzAdapter(new OneActionHttp(seed.action, () => response), seed.clientId);
  let value: unknown;
  try {
    value = await target.run(adapter);
  } catch (error) {
    if (error instanceof ProviderAdapterError) return { kind: 'refused', error: error.name };
    return { kind: 'crashed', error };
  }
  const checked = target.model.safeParse(value);
  if (!checked.success) return { kind: 'invalid', issues: z.prettifyError(checked.error) };
  return { kind: 'accepted' };
}

/** A short, printable description of an input for a failure report. */
export function describeInput(input: FuzzInput, seeds: readonly Seed[]): string {
  const seed = seedOf(input, seeds);
  const body = new TextDecoder().decode(responseOf(input, seed).body);
  return `${seed.name} (${seed.action}) HTTP ${input.status} ${input.encoding}/${input.envelope}: ${body.slice(0, 600)}`;
}

// ---- a mutated page through a sync into a real SQLite cache ----

/** The listings a sync writes page by page, with the wrapper WHMCS puts their rows in. */
const SYNCED: Readonly<
  Record<string, { entity: ListEntity; list: string; row: string; paged: boolean }>
> = {
  GetInvoices: { entity: 'invoices', list: 'invoices', row: 'invoice', paged: true },
  GetClientsDomains: { entity: 'domains', list: 'domains', row: 'domain', paged: true },
  GetClientsProducts: { entity: 'services', list: 'products', row: 'product', paged: true },
  GetTickets: { entity: 'tickets', list: 'tickets', row: 'ticket', paged: true },
  GetTransactions: {
    entity: 'transactions',
    list: 'transactions',
    row: 'transaction',
    paged: false
  },
  GetSupportDepartments: {
    entity: 'departments',
    list: 'departments',
    row: 'department',
    paged: false
  }
};

function rowsOf(seed: Seed, list: string, row: string): unknown[] | null {
  const body = seed.body as Record<string, unknown> | null;
  const wrapper = body?.[list] as Record<string, unknown> | undefined;
  const rows = wrapper?.[row];
  return Array.isArray(rows) ? rows : null;
}

/** Seeds a sync can page: paged listings with at least two rows, single-page ones with one. */
export function syncSeeds(seeds: readonly Seed[]): Seed[] {
  return seeds.filter((seed) => {
    const spec = SYNCED[seed.action];
    const rows = spec && rowsOf(seed, spec.list, spec.row);
    return rows !== null && rows !== undefined && rows.length >= (spec?.paged ? 2 : 1);
  });
}

/** How one sync with a mutated page ended, and whether the cache holds exactly whole pages. */
export interface SyncOutcome {
  readonly entityOk: boolean;
  /** Pages the adapter handed to the sync engine. */
  readonly pages: number;
  /** The cache holds exactly the pages written before the failure (or all of them), cursor included. */
  readonly consistent: boolean;
  readonly detail: string;
}

/** Feeds page 1 as sent and page 2 mutated by `input` through runSync into `db`. */
export async function syncWithMutatedPage(
  input: FuzzInput,
  seed: Seed,
  db: DatabaseSync
): Promise<SyncOutcome> {
  const spec = SYNCED[seed.action];
  const rows = spec && rowsOf(seed, spec.list, spec.row);
  if (!spec || !rows) throw new Error(`${seed.name} is not a sync seed`);
  const body = seed.body as Record<string, unknown>;
  const page = (from: number, to: number) => ({
    ...body,
    totalresults: rows.length,
    startnumber: from,
    numreturned: to - from,
    [spec.list]: { [spec.row]: rows.slice(from, to) }
  });
  const first = encode(page(0, 1));
  const second = responseOf(input, {
    ...seed,
    body: spec.paged ? page(1, rows.length) : body
  });
  const http = new OneActionHttp(
    seed.action,
    (params) => (spec.paged && Number(params.get('limitstart') ?? 0) === 0 ? first : second),
    { ...FIXED, GetTicket: FIXED_TICKET }
  );
  const adapter = fuzzAdapter(http, seed.clientId);
  const yielded: Page<unknown>[] = [];
  async function* recorded<T>(pages: AsyncIterable<Page<T>>): AsyncGenerator<Page<T>> {
    for await (const p of pages) {
      yielded.push(p);
      yield p;
    }
  }
  const recording: ProviderAdapter = {
    ...adapter,
    pages: (entity, options) => recorded(adapter.pages(entity, options))
  };
  const clock = new FakeClock('2026-11-22T09:00:00Z');
  const report = await runSync(
    { db, adapter: recording, clock, logger: { log: () => undefined }, pageSize: 1 },
    { mode: 'full', entities: [spec.entity] }
  );
  const entityOk = report.entities.find((e) => e.entity === spec.entity)?.ok === true;

  const cached = new Map(
    (db.prepare(`SELECT id, json FROM ${spec.entity}`).all() as { id: string; json: string }[]).map(
      (r) => [r.id, r.json]
    )
  );
  const cursor = getSyncState(db, spec.entity)?.cursor ?? null;
  const fold = (pages: readonly Page<unknown>[]) => {
    const out = new Map<string, string>();
    for (const p of pages)
      for (const item of p.items) out.set((item as { id: string }).id, JSON.stringify(item));
    return out;
  };
  const cursorAfter = (pages: readonly Page<unknown>[]) => {
    const last = pages.at(-1);
    return last ? String(last.nextOffset ?? last.offset + last.items.length) : null;
  };
  const same = (a: Map<string, string>, b: Map<string, string>) =>
    a.size === b.size && [...a].every(([id, json]) => b.get(id) === json);
  // Either every page handed over is in the cache, or (the listing failed) the pages of the
  // batches stored before the failure: a prefix of them, with the cursor right after it.
  const candidates: [readonly Page<unknown>[], string | null][] = entityOk
    ? [[yielded, null]]
    : Array.from({ length: yielded.length + 1 }, (_, n) => {
        const prefix = yielded.slice(0, n);
        return [prefix, cursorAfter(prefix)];
      });
  const consistent = candidates.some(([pages, c]) => same(fold(pages), cached) && cursor === c);
  return {
    entityOk,
    pages: yielded.length,
    consistent,
    detail: `${spec.entity}: ${entityOk ? 'ok' : 'failed'}, ${yielded.length} page(s) handed over, ${cached.size} row(s) cached, cursor ${cursor}`
  };
}
