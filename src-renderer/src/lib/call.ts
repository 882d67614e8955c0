/**
 * Calls a contract channel and turns the Result envelope into a value or a thrown
 * `BridgeError`, which is what TanStack Query expects from a query or mutation function.
 */
import type { InvokeChannel, InvokeInput, InvokeOutput } from '@shared/contract';
import type { AppError, ErrorCode, ErrorKind, ErrorValues, InputIssue } from '@shared/result';
import { errorText } from '@shared/i18n/error-text';
import { getBridge } from './bridge';
import { i18n } from './i18n';

/**
 * A failed contract call, carrying the envelope's kind, code and values (what the screen says),
 * the issues of invalid input (which fields a form marks) and its English message (for logs).
 */
export class BridgeError extends Error {
  readonly code?: ErrorCode;
  readonly values?: ErrorValues;
  readonly issues?: readonly InputIssue[];

  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly retryAfterSeconds?: number,
    facts?: Pick<AppError, 'code' | 'values' | 'issues'>
  ) {
    super(message);
    this.name = 'BridgeError';
    if (facts?.code !== undefined) this.code = facts.code;
    if (facts?.values !== undefined) this.values = facts.values;
    if (facts?.issues !== undefined) this.issues = facts.issues;
  }
}

/** Invokes `channel` and returns its value, or throws a `BridgeError` from the envelope. */
export async function call<C extends InvokeChannel>(
  channel: C,
  input: InvokeInput<C>
): Promise<InvokeOutput<C>> {
  const result = await getBridge().invoke(channel, input);
  if (result.ok) return result.value;
  const { kind, message, retryAfterSeconds, code, values, issues } = result.error;
  throw new BridgeError(kind, message, retryAfterSeconds, { code, values, issues });
}

/** Kinds worth retrying automatically; the others will fail the same way again. */
const TRANSIENT_KINDS: ReadonlySet<ErrorKind> = new Set([
  'offline',
  'rate-limited',
  'provider',
  'internal'
]);

/** Whether an error from `call` may succeed if simply tried again. */
export function isTransientError(error: unknown): boolean {
  return error instanceof BridgeError && TRANSIENT_KINDS.has(error.kind);
}

/**
 * A message fit for the UI in the chosen language, whatever was thrown: a failed call in
 * words from its code and values (src-shared/i18n/error-text.ts, namespace `errors`); the
 * caller re-renders on a language change (it uses `useTranslation` or `useLocale`).
 */
export function errorMessage(error: unknown): string {
  const t = i18n.getFixedT(null, 'errors');
  if (error instanceof BridgeError) return errorText(t, error);
  return t('code.internal-error');
}
