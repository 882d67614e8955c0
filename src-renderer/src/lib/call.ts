/**
 * Calls a contract channel and turns the Result envelope into a value or a thrown
 * `BridgeError`, which is what TanStack Query expects from a query or mutation function.
 */
import type { InvokeChannel, InvokeInput, InvokeOutput } from '../../../src-shared/contract';
import type { ErrorKind } from '../../../src-shared/result';
import { getBridge } from './bridge';

/** A failed contract call, carrying the envelope's kind and human-readable message. */
export class BridgeError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly retryAfterSeconds?: number
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

/** Invokes `channel` and returns its value, or throws a `BridgeError` from the envelope. */
export async function call<C extends InvokeChannel>(
  channel: C,
  input: InvokeInput<C>
): Promise<InvokeOutput<C>> {
  const result = await getBridge().invoke(channel, input);
  if (result.ok) return result.value;
  throw new BridgeError(result.error.kind, result.error.message, result.error.retryAfterSeconds);
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

/** A message fit for the UI, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
