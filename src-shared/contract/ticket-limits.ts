/**
 * The ticket write limits and the small helpers around them, without zod: the renderer's
 * ticket list and forms import them from here, so its chunk does not carry the contract's
 * schemas (outbox.ts re-exports them for everyone else).
 */

/** WHMCS's default attachment limits, checked before anything is stored or sent. */
export const TICKET_ATTACHMENT_LIMITS = {
  maxFiles: 5,
  /** Per file, in bytes (decoded). */
  maxBytes: 2 * 1024 * 1024,
  extensions: ['.jpg', '.jpeg', '.gif', '.png', '.pdf', '.txt', '.log', '.zip']
} as const;

/** The longest message body accepted, in characters. */
export const TICKET_MESSAGE_MAX_CHARS = 50_000;
/** The longest subject accepted, in characters. */
export const TICKET_SUBJECT_MAX_CHARS = 250;

/** Decoded byte length of a base64 string (without decoding it). */
export function base64DecodedLength(data: string): number {
  const trimmed = data.replace(/\s+/g, '');
  const padding = trimmed.endsWith('==') ? 2 : trimmed.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((trimmed.length * 3) / 4) - padding);
}

/** The lower-case extension of a file name, with its dot ('' when there is none). */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}
