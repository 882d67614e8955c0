/**
 * An error's reason in words, from its kind (src-shared/result.ts): core sends the kind and
 * its own (English, technical) message; the screen says why in the chosen language, keeping
 * the message as detail only where it is the provider's or the system's own words.
 */
import type { TFunction } from 'i18next';
import { ERROR_KINDS, type ErrorKind } from '../result';
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
