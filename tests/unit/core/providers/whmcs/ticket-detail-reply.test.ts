import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ticketDetailSchema } from '@main/core/providers/whmcs/schemas';
import { parseTicketDetail } from '@main/core/providers/whmcs/ticket-detail-reply';

const FIXTURE = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../../fixtures/whmcs/get-ticket.json', import.meta.url)),
    'utf8'
  )
) as Record<string, unknown>;

/** What the fast reader must give: exactly what the schema gives (value, or refusal wording). */
function expectSameAsSchema(json: unknown): void {
  const fast = parseTicketDetail(json);
  const schema = ticketDetailSchema.safeParse(json);
  expect(fast.success).toBe(schema.success);
  if (fast.success && schema.success) {
    expect(fast.data).toStrictEqual(schema.data);
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(schema.data));
  } else if (!fast.success && !schema.success) {
    expect(fast.error.issues).toStrictEqual(schema.error.issues);
  }
}

/** The WHMCS spellings a field takes, plus odd ones the schema refuses. */
const wireValue = fc.oneof(
  fc.constantFrom(
    '',
    'null',
    ' null ',
    '  ',
    '0',
    ' 7 ',
    '41',
    '0000-00-00 00:00:00',
    '2026-02-30 10:00:00',
    '2026-03-05 23:30:00',
    '2026-03-05T23:30:00+02:00',
    '2026-03-05',
    'Open',
    null,
    true,
    false,
    0,
    42,
    -1.5,
    [],
    [[]],
    [[], []],
    {},
    { reply: [] },
    { filename: 'a.txt', index: 0 }
  ),
  fc.string(),
  fc.integer(),
  fc.anything()
);

const replyKeys = [
  'replyid',
  'userid',
  'name',
  'requestor_name',
  'requestor_type',
  'date',
  'message',
  'attachments',
  'admin',
  'extra'
];
const ticketKeys = [
  'ticketid',
  'tid',
  'deptid',
  'deptname',
  'userid',
  'date',
  'subject',
  'status',
  'priority',
  'lastreply',
  'notes'
];

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

const fixtureReplies = (): Record<string, unknown>[] => {
  const replies = FIXTURE.replies as { reply: Record<string, unknown>[] };
  return replies.reply;
};

describe('GetTicket replies read without zod', () => {
  it('read the fixture thread exactly as the schema does', () => {
    expectSameAsSchema(FIXTURE);
    expect(parseTicketDetail(FIXTURE).success).toBe(true);
  });

  it('give what the schema gives, or refuse what it refuses with its words, for any field edit', () => {
    fc.assert(
      fc.property(
        fc.array(edit(ticketKeys), { maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(5), fc.array(edit(replyKeys), { maxLength: 3 })), {
          maxLength: 3
        }),
        fc.constantFrom('wrapped', 'array', 'indexed', 'single'),
        (ticketEdits, replyEdits, listSpelling) => {
          const replies = fixtureReplies().map((r) => ({ ...r }));
          for (const [index, edits] of replyEdits) {
            const at = index % Math.max(1, replies.length);
            if (replies[at]) replies[at] = applied(replies[at]!, edits);
          }
          const list =
            listSpelling === 'wrapped'
              ? { reply: replies }
              : listSpelling === 'array'
                ? replies
                : listSpelling === 'indexed'
                  ? { reply: Object.fromEntries(replies.map((r, i) => [String(i * 2), r])) }
                  : { reply: replies[0] ?? {} };
          expectSameAsSchema(applied({ ...FIXTURE, replies: list }, ticketEdits));
        }
      ),
      { numRuns: 2000 }
    );
  });

  it('give what the schema gives for any value at all', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => expectSameAsSchema(json)),
      { numRuns: 500 }
    );
  });
});
