/**
 * Attachment rules of the composer and the open-ticket form, checked in the renderer before
 * anything is read or sent (main checks the same limits again): the limits as words, which
 * files can be added, and reading a file as base64 for the WHMCS `attachments` field.
 */
import type { TicketAttachmentInput } from '@shared/contract';
import { TICKET_ATTACHMENT_LIMITS, fileExtension } from '@shared/contract/ticket-limits';
import { formatNumber } from '@shared/i18n/format';
import { currentLocale, i18n } from '../../lib/i18n';

/** A file the reseller picked or dropped, read and ready to send. */
export interface PendingAttachment extends TicketAttachmentInput {
  /** Decoded size in bytes, to list next to the name. */
  readonly size: number;
}

/** What the picker can take from a File (jsdom and browsers alike). */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

/** "2 MB", "340 kB", "12 bytes" in the locale's units ("2 Mo", "1,5 Mo" in French). */
export function formatBytes(bytes: number, locale = currentLocale()): string {
  const unit = (value: number, name: string) => {
    // A whole number stays whole ("2 MB"); anything else keeps one decimal ("2.0 MB").
    const digits = Number.isInteger(value) ? 0 : 1;
    return formatNumber(value, locale, {
      style: 'unit',
      unit: name,
      unitDisplay: 'short',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits
    });
  };
  if (bytes >= 1024 * 1024) return unit(bytes / (1024 * 1024), 'megabyte');
  if (bytes >= 1024) return unit(Math.round(bytes / 1024), 'kilobyte');
  return i18n.t('tickets:attachments.bytes', { count: bytes });
}

/** The limits as one line, shown under the attach button before anything is sent. */
export function limitsText(locale = currentLocale()): string {
  const { maxFiles, maxBytes, extensions } = TICKET_ATTACHMENT_LIMITS;
  return i18n.t('tickets:attachments.limitsText', {
    count: maxFiles,
    size: formatBytes(maxBytes, locale),
    extensions: extensions.join(', ')
  });
}

/** The outcome of adding files: the ones accepted, and one sentence per refused file. */
export interface AttachmentCheck<F extends FileLike> {
  readonly accepted: readonly F[];
  readonly refused: readonly string[];
}

/**
 * Which of `incoming` may join the `current` attachments: the type must be allowed, the file
 * not empty and not over the size limit, the same name not attached twice, and the count
 * must stay within the limit (files past it are refused, in order).
 */
export function checkAttachments<F extends FileLike>(
  current: readonly { readonly name: string }[],
  incoming: readonly F[]
): AttachmentCheck<F> {
  const { maxFiles, maxBytes, extensions } = TICKET_ATTACHMENT_LIMITS;
  const accepted: F[] = [];
  const refused: string[] = [];
  const names = new Set(current.map((file) => file.name.toLowerCase()));
  for (const file of incoming) {
    const ext = fileExtension(file.name);
    if (!(extensions as readonly string[]).includes(ext)) {
      refused.push(
        i18n.t('tickets:attachments.badType', {
          name: file.name,
          extensions: extensions.join(', ')
        })
      );
    } else if (file.size > maxBytes) {
      refused.push(
        i18n.t('tickets:attachments.tooLarge', {
          name: file.name,
          size: formatBytes(file.size),
          max: formatBytes(maxBytes)
        })
      );
    } else if (file.size === 0) {
      refused.push(i18n.t('tickets:attachments.empty', { name: file.name }));
    } else if (names.has(file.name.toLowerCase())) {
      refused.push(i18n.t('tickets:attachments.already', { name: file.name }));
    } else if (current.length + accepted.length >= maxFiles) {
      refused.push(i18n.t('tickets:attachments.tooMany', { name: file.name, count: maxFiles }));
    } else {
      accepted.push(file);
      names.add(file.name.toLowerCase());
    }
  }
  return { accepted, refused };
}

/** Reads a file as base64 (no data: prefix), as WHMCS's `attachments` field wants it. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Reads accepted files into attachments; a file that cannot be read is refused by name. */
export async function readAttachments(
  files: readonly File[]
): Promise<{ readonly read: PendingAttachment[]; readonly refused: string[] }> {
  const read: PendingAttachment[] = [];
  const refused: string[] = [];
  for (const file of files) {
    try {
      read.push({
        name: file.name,
        type: file.type,
        dataBase64: await readAsBase64(file),
        size: file.size
      });
    } catch {
      refused.push(i18n.t('tickets:attachments.unreadable', { name: file.name }));
    }
  }
  return { read, refused };
}

/** The attachments as the contract takes them (without the size shown in the list). */
export function toAttachmentInput(files: readonly PendingAttachment[]): TicketAttachmentInput[] {
  return files.map(({ name, type, dataBase64 }) => ({ name, type, dataBase64 }));
}
