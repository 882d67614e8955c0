import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  parseDomains,
  parseInvoiceDetail,
  parseInvoices,
  parseProducts,
  parseTickets,
  parseTransactions
} from '@main/core/providers/whmcs/fast-replies';
import {
  domainsSchema,
  invoiceDetailSchema,
  invoicesSchema,
  productsSchema,
  ticketsSchema,
  transactionsSchema
} from '@main/core/providers/whmcs/schemas';

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../../../fixtures/whmcs/${name}`, import.meta.url)),
      'utf8'
    )
  ) as Record<string, unknown>;
}

/** The WHMCS spellings a field takes, plus odd ones the schemas refuse. */
const SPELLED_VALUES: readonly unknown[] = [
  '',
  'null',
  ' null ',
  '  ',
  '0',
  '1',
  ' 7 ',
  '41',
  '-1.00',
  '15.95',
  '11.000',
  '1,5',
  '12.',
  '.5',
  '-0.00',
  'on',
  'Yes',
  'false',
  '0000-00-00',
  '0000-00-00 00:00:00',
  '2026-02-30',
  '2026-02-30 10:00:00',
  '2026-03-05 23:30:00',
  '2026-03-05T23:30:00+02:00',
  '2026-03-05',
  'Unpaid',
  'Paid',
  null,
  true,
  false,
  0,
  1,
  -0,
  42,
  -1,
  -1.5,
  15.95,
  1e21,
  Number.MAX_SAFE_INTEGER + 2,
  [],
  [[]],
  {},
  { item: [] },
  { invoice: [] }
];

const wireValue = fc.oneof(
  fc.constantFrom(...SPELLED_VALUES),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.anything()
);

/** A change to one field: a new value, or the key removed. */
const edit = (keys: readonly string[]) =>
  fc.record({ key: fc.constantFrom(...keys), value: fc.option(wireValue, { nil: undefined }) });

function applied(base: Record<string, unknown>, edits: readonly { key: string; value: unknown }[]) {
  const out: Record<string, unknown> = { ...base };
  for (const { key, value } of edits) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** A list in one of the spellings WHMCS uses for it. */
function spelled(rows: Record<string, unknown>[], singular: string, spelling: string): unknown {
  if (spelling === 'array') return rows;
  if (spelling === 'indexed')
    return { [singular]: Object.fromEntries(rows.map((r, i) => [String(i * 2), r])) };
  if (spelling === 'single') return { [singular]: rows[0] ?? {} };
  if (spelling === 'empty') return '';
  return { [singular]: rows };
}

const SPELLINGS = ['wrapped', 'array', 'indexed', 'single', 'empty'] as const;

interface Case {
  readonly name: string;
  readonly fast: (json: unknown) => ReturnType<z.ZodType['safeParse']>;
  readonly schema: z.ZodType;
  readonly fixture: Record<string, unknown>;
  /** The top-level keys the schema reads (plus one it ignores). */
  readonly keys: readonly string[];
  /** The lists of the reply: key, singular, keys of a row. */
  readonly lists: readonly { key: string; singular: string; keys: readonly string[] }[];
}

const COUNTERS = ['totalresults', 'startnumber', 'numreturned', 'result'];
const TRANSACTION_KEYS = [
  'id',
  'userid',
  'gateway',
  'date',
  'description',
  'amountin',
  'fees',
  'amountout',
  'transid',
  'invoiceid',
  'rate'
];

const CASES: readonly Case[] = [
  {
    name: 'GetInvoice',
    fast: parseInvoiceDetail,
    schema: invoiceDetailSchema,
    fixture: fixture('get-invoice-with-payments.json'),
    keys: [
      'invoiceid',
      'invoicenum',
      'userid',
      'date',
      'duedate',
      'datepaid',
      'subtotal',
      'credit',
      'tax',
      'tax2',
      'total',
      'balance',
      'status',
      'paymentmethod',
      'notes'
    ],
    lists: [
      {
        key: 'items',
        singular: 'item',
        keys: ['id', 'type', 'relid', 'description', 'amount', 'taxed', 'notes']
      },
      { key: 'transactions', singular: 'transaction', keys: TRANSACTION_KEYS }
    ]
  },
  {
    name: 'GetInvoices',
    fast: parseInvoices,
    schema: invoicesSchema,
    fixture: fixture('get-invoices-page-1.json'),
    keys: COUNTERS,
    lists: [
      {
        key: 'invoices',
        singular: 'invoice',
        keys: [
          'id',
          'userid',
          'invoicenum',
          'date',
          'duedate',
          'datepaid',
          'subtotal',
          'credit',
          'tax',
          'tax2',
          'total',
          'status',
          'paymentmethod',
          'currencycode',
          'notes'
        ]
      }
    ]
  },
  {
    name: 'GetTransactions',
    fast: parseTransactions,
    schema: transactionsSchema,
    fixture: fixture('get-transactions.json'),
    keys: COUNTERS,
    lists: [
      {
        key: 'transactions',
        singular: 'transaction',
        keys: [...TRANSACTION_KEYS, 'currency', 'refundid']
      }
    ]
  },
  {
    name: 'GetClientsDomains',
    fast: parseDomains,
    schema: domainsSchema,
    fixture: fixture('get-clients-domains.json'),
    keys: COUNTERS,
    lists: [
      {
        key: 'domains',
        singular: 'domain',
        keys: [
          'id',
          'domainname',
          'registrar',
          'regdate',
          'expirydate',
          'nextduedate',
          'recurringamount',
          'status',
          'donotrenew',
          'regperiod'
        ]
      }
    ]
  },
  {
    name: 'GetClientsProducts',
    fast: parseProducts,
    schema: productsSchema,
    fixture: fixture('get-clients-products.json'),
    keys: COUNTERS,
    lists: [
      {
        key: 'products',
        singular: 'product',
        keys: [
          'id',
          'pid',
          'name',
          'translated_name',
          'groupname',
          'domain',
          'regdate',
          'billingcycle',
          'nextduedate',
          'recurringamount',
          'status',
          'serverhostname',
          'diskusage',
          'disklimit',
          'bwusage',
          'bwlimit',
          'dedicatedip'
        ]
      }
    ]
  },
  {
    name: 'GetTickets',
    fast: parseTickets,
    schema: ticketsSchema,
    fixture: fixture('get-tickets.json'),
    keys: COUNTERS,
    lists: [
      {
        key: 'tickets',
        singular: 'ticket',
        keys: [
          'id',
          'tid',
          'deptid',
          'userid',
          'date',
          'subject',
          'status',
          'priority',
          'lastreply',
          'cc'
        ]
      }
    ]
  }
];

/** The rows of a fixture's list, whatever its spelling there. */
function rowsOf(reply: Record<string, unknown>, key: string, singular: string) {
  const value = reply[key];
  if (value === null || typeof value !== 'object') return [];
  const inner = Array.isArray(value) ? value : (value as Record<string, unknown>)[singular];
  return Array.isArray(inner) ? (inner as Record<string, unknown>[]) : [];
}

describe.each(CASES)('$name replies read without zod', (c) => {
  /** What the fast reader must give: exactly what the schema gives (value, or refusal wording). */
  function expectSameAsSchema(json: unknown): void {
    const fast = c.fast(json);
    const schema = c.schema.safeParse(json);
    expect(fast.success).toBe(schema.success);
    if (fast.success && schema.success) {
      expect(fast.data).toStrictEqual(schema.data);
      expect(JSON.stringify(fast.data)).toBe(JSON.stringify(schema.data));
    } else if (!fast.success && !schema.success) {
      expect(fast.error.issues).toStrictEqual(schema.error.issues);
    }
  }

  it('read the fixture exactly as the schema does, rows included', () => {
    expectSameAsSchema(c.fixture);
    const fast = c.fast(c.fixture);
    expect(fast.success).toBe(true);
    for (const list of c.lists) {
      if (rowsOf(c.fixture, list.key, list.singular).length === 0) continue;
      expect((fast.data as Record<string, unknown[]>)[list.key]!.length).toBeGreaterThan(0);
    }
  });

  it('give what the schema gives for every spelling of every field, top level and in each row', () => {
    // Every value of SPELLED_VALUES (and a missing key) in every field, one field at a time:
    // a reader that reads one field by the wrong rule fails here whatever the random seed.
    for (const value of [...SPELLED_VALUES, undefined]) {
      for (const key of c.keys) expectSameAsSchema(applied(c.fixture, [{ key, value }]));
      for (const list of c.lists) {
        const rows = rowsOf(c.fixture, list.key, list.singular);
        if (rows.length === 0) continue;
        for (const key of list.keys) {
          const edited = [applied(rows[0]!, [{ key, value }]), ...rows.slice(1)];
          expectSameAsSchema({
            ...c.fixture,
            [list.key]: spelled(edited, list.singular, 'wrapped')
          });
        }
      }
    }
  });

  it('give what the schema gives, or refuse what it refuses with its words, for any field edit', () => {
    fc.assert(
      fc.property(
        fc.array(edit(c.keys), { maxLength: 3 }),
        fc.array(
          fc.record({
            list: fc.nat(c.lists.length - 1),
            row: fc.nat(5),
            edits: fc.array(edit(c.lists[0]!.keys.concat(c.lists.at(-1)!.keys)), {
              maxLength: 3
            })
          }),
          { maxLength: 3 }
        ),
        fc.array(fc.constantFrom(...SPELLINGS), {
          minLength: c.lists.length,
          maxLength: c.lists.length
        }),
        (topEdits, rowEdits, spellings) => {
          const reply: Record<string, unknown> = { ...c.fixture };
          c.lists.forEach((list, index) => {
            const rows = rowsOf(c.fixture, list.key, list.singular).map((r) => ({ ...r }));
            for (const e of rowEdits) {
              if (e.list !== index || rows.length === 0) continue;
              const at = e.row % rows.length;
              rows[at] = applied(rows[at]!, e.edits);
            }
            reply[list.key] = spelled(rows, list.singular, spellings[index]!);
          });
          expectSameAsSchema(applied(reply, topEdits));
        }
      ),
      { numRuns: 1500 }
    );
  });

  it('give what the schema gives for any value at all', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => expectSameAsSchema(json)),
      { numRuns: 300 }
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...c.keys, ...c.lists.map((l) => l.key)), wireValue),
        (json) => expectSameAsSchema(json)
      ),
      { numRuns: 500 }
    );
  });
});
