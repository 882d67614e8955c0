/**
 * Invoice PDFs on disk, under `<profile dir>/invoices/`, each recorded in the cache with its
 * SHA-256. Bytes are only accepted when they are a PDF (a provider whose single sign-on
 * failed sends its HTML login page instead), and only handed out when the file still
 * matches its checksum: anything else is refused and forgotten, so it is fetched again.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { UNPAID_INVOICE_STATUSES, type InvoiceStatus } from '@shared/model';

/** The folder of a profile's cached PDFs. */
export function pdfDirOf(profileDir: string): string {
  return join(profileDir, 'invoices');
}

/** One cached PDF as the cache records it. */
export interface CachedPdfRow {
  readonly invoiceId: string;
  readonly file: string;
  readonly filename: string;
  readonly sha256: string;
  readonly size: number;
  readonly invoiceStatus: string;
  readonly fetchedAt: string;
}

/** Why cached bytes were not handed out. */
export type PdfRefusal = 'not-cached' | 'file-missing' | 'checksum-mismatch' | 'not-a-pdf';

export type CachedPdfRead =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly row: CachedPdfRow }
  | { readonly ok: false; readonly reason: PdfRefusal };

/** Thrown when downloaded bytes are not a PDF; nothing is stored. */
export class NotAPdfError extends Error {
  readonly kind = 'provider' as const;
  override readonly name = 'NotAPdfError';
}

/**
 * True for a complete PDF file: the `%PDF-` header at the start (PDF 1.7 §7.5.2 allows
 * nothing before it here) and an `%%EOF` marker in its last kilobyte.
 */
export function isPdf(bytes: Uint8Array): boolean {
  if (bytes.length < 16) return false;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, 5).toString('latin1');
  if (head !== '%PDF-') return false;
  const tailStart = Math.max(0, bytes.length - 1024);
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + tailStart, bytes.length - tailStart);
  return tail.toString('latin1').includes('%%EOF');
}

/** Lower-case hex SHA-256 of the bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file name for an invoice id that cannot escape the folder. */
function fileNameFor(invoiceId: string): string {
  const safe = /^[A-Za-z0-9_-]{1,64}$/.test(invoiceId)
    ? invoiceId
    : `x${Buffer.from(invoiceId, 'utf8').toString('hex').slice(0, 120)}`;
  return `${safe}.pdf`;
}

interface RawRow {
  invoice_id: string;
  file: string;
  filename: string;
  sha256: string;
  size: number;
  invoice_status: string;
  fetched_at: string;
}

function fromRaw(row: RawRow): CachedPdfRow {
  return {
    invoiceId: row.invoice_id,
    file: row.file,
    filename: row.filename,
    sha256: row.sha256,
    size: row.size,
    invoiceStatus: row.invoice_status,
    fetchedAt: row.fetched_at
  };
}

/** The cache's record of an invoice's PDF, or null. Does not look at the file. */
export function cachedPdfRow(db: DatabaseSync, invoiceId: string): CachedPdfRow | null {
  const row = db.prepare('SELECT * FROM invoice_pdfs WHERE invoice_id = ?').get(invoiceId) as
    RawRow | undefined;
  return row ? fromRaw(row) : null;
}

/** Every cached PDF record, by invoice id. */
export function cachedPdfRows(db: DatabaseSync): Map<string, CachedPdfRow> {
  const rows = db.prepare('SELECT * FROM invoice_pdfs').all() as unknown as RawRow[];
  return new Map(rows.map((r) => [r.invoice_id, fromRaw(r)]));
}

/**
 * Stores a downloaded PDF: refuses bytes that are not a PDF, writes the file readable by
 * this user only (0600) through a temporary name so a crash never leaves half a file under
 * the real one, then records name, size and checksum, and clears any recorded failure.
 */
export function storePdf(
  db: DatabaseSync,
  dir: string,
  input: {
    readonly invoiceId: string;
    readonly bytes: Uint8Array;
    readonly filename: string;
    readonly invoiceStatus: string;
    readonly at: string;
  }
): CachedPdfRow {
  if (!isPdf(input.bytes))
    throw new NotAPdfError(
      `The provider's answer for invoice ${input.invoiceId} is not a PDF (a login page?); it was not stored`
    );
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = fileNameFor(input.invoiceId);
  const target = join(dir, file);
  const temporary = `${target}.part`;
  writeFileSync(temporary, input.bytes, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, target);
  const row: CachedPdfRow = {
    invoiceId: input.invoiceId,
    file,
    filename: input.filename,
    sha256: sha256Hex(input.bytes),
    size: input.bytes.length,
    invoiceStatus: input.invoiceStatus,
    fetchedAt: input.at
  };
  db.prepare(
    `INSERT INTO invoice_pdfs (invoice_id, file, filename, sha256, size, invoice_status, fetched_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (invoice_id) DO UPDATE SET file = excluded.file, filename = excluded.filename,
       sha256 = excluded.sha256, size = excluded.size, invoice_status = excluded.invoice_status,
       fetched_at = excluded.fetched_at`
  ).run(
    row.invoiceId,
    row.file,
    row.filename,
    row.sha256,
    row.size,
    row.invoiceStatus,
    row.fetchedAt
  );
  db.prepare('DELETE FROM invoice_pdf_failures WHERE invoice_id = ?').run(row.invoiceId);
  return row;
}

/** Forgets a cached PDF (record and file), so it is fetched again. */
export function forgetPdf(db: DatabaseSync, dir: string, invoiceId: string): void {
  const row = cachedPdfRow(db, invoiceId);
  db.prepare('DELETE FROM invoice_pdfs WHERE invoice_id = ?').run(invoiceId);
  if (row) rmSync(join(dir, row.file), { force: true });
}

/**
 * The cached PDF of an invoice, byte for byte as downloaded. A file that is gone, no longer
 * matches its checksum or is not a PDF is refused: its record and file are removed so the
 * downloader (or the next online read) fetches it again.
 */
export function readCachedPdf(db: DatabaseSync, dir: string, invoiceId: string): CachedPdfRead {
  const row = cachedPdfRow(db, invoiceId);
  if (!row) return { ok: false, reason: 'not-cached' };
  const path = join(dir, row.file);
  if (!existsSync(path)) {
    forgetPdf(db, dir, invoiceId);
    return { ok: false, reason: 'file-missing' };
  }
  const bytes = new Uint8Array(readFileSync(path));
  const reason: PdfRefusal | null =
    sha256Hex(bytes) !== row.sha256 ? 'checksum-mismatch' : !isPdf(bytes) ? 'not-a-pdf' : null;
  if (reason !== null) {
    forgetPdf(db, dir, invoiceId);
    return { ok: false, reason };
  }
  return { ok: true, bytes, row };
}

/** Records a failed download (attempts count up), so the downloader can back off. */
export function recordPdfFailure(
  db: DatabaseSync,
  invoiceId: string,
  message: string,
  at: string
): void {
  db.prepare(
    `INSERT INTO invoice_pdf_failures (invoice_id, attempts, last_error, last_attempt_at)
     VALUES (?, 1, ?, ?)
     ON CONFLICT (invoice_id) DO UPDATE SET attempts = attempts + 1,
       last_error = excluded.last_error, last_attempt_at = excluded.last_attempt_at`
  ).run(invoiceId, message, at);
}

/** A recorded download failure. */
export interface PdfFailure {
  readonly attempts: number;
  readonly lastError: string;
  readonly lastAttemptAt: string;
}

/** Recorded download failures, by invoice id. */
export function pdfFailures(db: DatabaseSync): Map<string, PdfFailure> {
  const rows = db.prepare('SELECT * FROM invoice_pdf_failures').all() as unknown as {
    invoice_id: string;
    attempts: number;
    last_error: string;
    last_attempt_at: string;
  }[];
  return new Map(
    rows.map((r) => [
      r.invoice_id,
      { attempts: r.attempts, lastError: r.last_error, lastAttemptAt: r.last_attempt_at }
    ])
  );
}

const UNPAID_SQL = UNPAID_INVOICE_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * The SQL condition (and its parameters) of the invoices wanted with a PDF: every one but the
 * drafts, or (with `since`) the unpaid ones and those issued on or after `since`.
 */
function wantedWhere(since: string | null): { sql: string; params: string[] } {
  const drafts = "status <> 'draft'";
  if (since === null) return { sql: drafts, params: [] };
  return {
    sql: `${drafts} AND (status IN (${UNPAID_SQL}) OR (issued_on IS NOT NULL AND issued_on >= ?))`,
    params: [since]
  };
}

/** The invoices wanted with a PDF (see wantedWhere), unpaid first, then newest first. */
export function invoicesWantingPdf(
  db: DatabaseSync,
  since: string | null
): { readonly id: string; readonly status: InvoiceStatus }[] {
  const where = wantedWhere(since);
  return db
    .prepare(
      `SELECT id, status FROM invoices WHERE ${where.sql}
        ORDER BY status IN (${UNPAID_SQL}) DESC, issued_on DESC, CAST(id AS INTEGER) DESC, id DESC`
    )
    .all(...where.params) as unknown as { id: string; status: InvoiceStatus }[];
}

/** How many invoices are wanted with a PDF (see wantedWhere). */
export function countInvoicesWantingPdf(db: DatabaseSync, since: string | null): number {
  const where = wantedWhere(since);
  return (
    db.prepare(`SELECT count(*) AS n FROM invoices WHERE ${where.sql}`).get(...where.params) as {
      n: number;
    }
  ).n;
}
