/**
 * GetTicket replies read without zod when they take the usual shape. A full sync reads one
 * per ticket (10,000 on a large reseller) and zod's generic machinery cost several times the
 * JSON parse of the reply. The fast reader gives exactly what `ticketDetailSchema` gives
 * (same keys, same order, same values); whenever a field is anything but the plain spellings
 * it knows, it gives up and the schema decides (so accepted and refused replies, and the
 * refusal's wording, are the schema's own).
 */
import { ticketDetailSchema, type WireReplyRow, type WireTicketDetail } from './schemas';
import { dateTimeOf, isNoValue, unwrapList } from './wire';

type Parsed = ReturnType<typeof ticketDetailSchema.safeParse>;

/** Thrown inside the fast reader for a value it does not read itself. */
const GIVE_UP = Symbol('give up');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** wText: missing, null, '', 'null', a boolean → ''; a string or number as text. */
function text(v: unknown): string {
  if (v === undefined || v === null || typeof v === 'boolean') return '';
  if (typeof v === 'string') return isNoValue(v) ? '' : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  throw GIVE_UP;
}

/** wBody: missing, null, a boolean → ''; a string as is; a number as text. */
function body(v: unknown): string {
  if (v === undefined || v === null || typeof v === 'boolean') return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  throw GIVE_UP;
}

/** wId: a non-empty string without surrounding blanks, or a number. */
function id(v: unknown): string {
  if (typeof v === 'string' && v.length > 0 && v.trim() === v) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  throw GIVE_UP;
}

/** wDateTime. */
function dateTime(v: unknown): string | null {
  if (v !== undefined && v !== null && typeof v !== 'string') throw GIVE_UP;
  const value = dateTimeOf(v);
  if (value === undefined) throw GIVE_UP;
  return value;
}

/** wInt refined to >= 0 (an attachment's index). */
function attachmentIndex(v: unknown): number {
  const n =
    typeof v === 'number' && Number.isSafeInteger(v)
      ? v
      : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)
        ? Number(v)
        : null;
  if (n === null || !(n >= 0)) throw GIVE_UP;
  return n;
}

/** wAttachments: [{filename,index}], or [[]] / [] / "" for none. */
function attachments(v: unknown): { filename: string; index: number }[] {
  if (isNoValue(v)) return [];
  if (!Array.isArray(v)) throw GIVE_UP;
  // WHMCS's usual spelling of none, without flattening it.
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 0) return [];
  return v
    .flat()
    .filter((item) => item !== null && typeof item === 'object' && !Array.isArray(item))
    .map((item: Record<string, unknown>) => ({
      filename: text(item.filename),
      index: attachmentIndex(item.index)
    }));
}

function reply(row: unknown): WireReplyRow {
  if (!isPlainObject(row)) throw GIVE_UP;
  const out: Record<string, unknown> = {
    replyid: text(row.replyid),
    userid: text(row.userid),
    name: text(row.name),
    requestor_name: text(row.requestor_name),
    requestor_type: text(row.requestor_type),
    date: dateTime(row.date),
    message: body(row.message)
  };
  // The schema's key order: attachments (only when the reply has the key), then admin.
  if ('attachments' in row) {
    if (row.attachments === undefined) throw GIVE_UP;
    out.attachments = attachments(row.attachments);
  }
  out.admin = text(row.admin);
  return out as WireReplyRow;
}

function fastTicketDetail(json: unknown): WireTicketDetail {
  if (!isPlainObject(json)) throw GIVE_UP;
  const replies = unwrapList(json.replies, 'reply');
  if (!Array.isArray(replies)) throw GIVE_UP;
  return {
    ticketid: id(json.ticketid),
    tid: text(json.tid),
    deptid: text(json.deptid),
    deptname: text(json.deptname),
    userid: text(json.userid),
    date: dateTime(json.date),
    subject: body(json.subject),
    status: text(json.status),
    priority: text(json.priority),
    lastreply: dateTime(json.lastreply),
    replies: replies.map(reply)
  };
}

/** `ticketDetailSchema.safeParse(json)`, without zod for a reply of the usual shape. */
export function parseTicketDetail(json: unknown): Parsed {
  try {
    return { success: true, data: fastTicketDetail(json) } as Parsed;
  } catch (error) {
    if (error !== GIVE_UP) throw error;
    return ticketDetailSchema.safeParse(json);
  }
}
