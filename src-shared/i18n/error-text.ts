/**
 * An error's reason in words, from its kind (src-shared/result.ts): core sends the kind and
 * its own (English, technical) message; the screen says why in the chosen language, keeping
 * the message as detail only where it is the provider's or the system's own words.
 */
import type { TFunction } from 'i18next';
import { ERROR_CODES, ERROR_KINDS, type ErrorCode, type ErrorKind } from '../result';
import './i18next-types';

/** Kinds whose message says more than the kind: shown after the reason. */
const WITH_DETAIL: ReadonlySet<ErrorKind> = new Set(['provider', 'internal']);

function isErrorKind(kind: string): kind is ErrorKind {
  return (ERROR_KINDS as readonly string[]).includes(kind);
}

/** "the provider cannot be reached"; the message itself for a kind this version does not know. */
export function errorReason(
  t: TFunction<'errors'>,
  error: { readonly kind: string; readonly message: string }
): string {
  if (!isErrorKind(error.kind)) return error.message;
  const reason = t(`kind.${error.kind}`);
  return WITH_DETAIL.has(error.kind) && error.message.trim() !== ''
    ? t('withDetail', { reason, detail: error.message })
    : reason;
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/** A failure as the envelope carries it: its kind, English message, and the code and values. */
export interface FailureFacts {
  readonly kind: string;
  readonly message: string;
  readonly code?: string | undefined;
  readonly values?: Readonly<Record<string, string | number>> | undefined;
}

/**
 * A failure as a sentence in the chosen language: from its code and values when core sent
 * them, else the reason of its kind (`errorReason`). One helper for every screen that shows a
 * failed call.
 */
export function errorText(t: TFunction<'errors'>, failure: FailureFacts): string {
  if (isErrorCode(failure.code)) {
    // The key is checked against the closed code list above; each sentence's variables come
    // from the values core sent with that code.
    const say = t as unknown as (key: string, values?: Record<string, unknown>) => string;
    return say(`code.${failure.code}`, { ...failure.values });
  }
  if (!isErrorKind(failure.kind)) return failure.message;
  // Without a code the message is the provider's or the system's own words: kept as detail,
  // except where the kind says all there is to say.
  const reason = t(`kind.${failure.kind}`);
  const sentence =
    KIND_SAYS_ALL.has(failure.kind) || failure.message.trim() === ''
      ? reason
      : t('withDetail', { reason, detail: failure.message });
  return capitalise(sentence);
}

/** Kinds whose reason is the whole story, whatever the message adds. */
const KIND_SAYS_ALL: ReadonlySet<ErrorKind> = new Set([
  'auth',
  'ip-not-allowed',
  'offline',
  'rate-limited'
]);

/** "the provider…" as a sentence start: "The provider…" (reasons are clauses). */
function capitalise(text: string): string {
  return text === '' ? text : text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
