/**
 * Client markers let the ticket outbox recognise a reply it already posted when the
 * response was lost (timeout after the request left). WHMCS has no idempotency key and no
 * per-reply custom field, so the marker travels in the message itself as a short last line
 * "[hd:<marker>]". When a thread is read back the trailer is stripped from the body and
 * exposed as TicketMessage.clientMarker, so people in the app never see it (staff in the
 * WHMCS admin area do see the one short line).
 */
import { ValidationError } from '../errors';

const MARKER_TEXT = /^[A-Za-z0-9_-]{1,64}$/;
const TRAILER = /(?:\r?\n)*\[hd:([A-Za-z0-9_-]{1,64})\][ \t]*(?:\r?\n)*$/;

/** Appends the marker trailer to a message; markers are limited to [A-Za-z0-9_-]{1,64}. */
export function withClientMarker(message: string, marker: string | undefined): string {
  if (marker === undefined) return message;
  if (!MARKER_TEXT.test(marker))
    throw new ValidationError('Client marker must be 1-64 letters, digits, "-" or "_"');
  return `${message.replace(/\s+$/, '')}\n\n[hd:${marker}]`;
}

/** Splits a stored message into its visible body and the marker it carries, if any. */
export function splitClientMarker(message: string): {
  readonly body: string;
  readonly marker: string | null;
} {
  // Most messages carry no marker: the trailer's pattern is not tried at every position.
  const match = message.includes('[hd:') ? TRAILER.exec(message) : null;
  if (!match?.[1]) return { body: message, marker: null };
  return { body: message.slice(0, match.index).replace(/\s+$/, ''), marker: match[1] };
}
