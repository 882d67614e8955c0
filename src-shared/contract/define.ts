/**
 * Building blocks of the contract: a channel is declared once with its zod schemas, and
 * both shells, the preload and the renderer derive from that declaration.
 */
import type { z } from 'zod';

/** A request/response channel (`domain:verb-noun`). */
export interface InvokeDefinition<I extends z.ZodType, O extends z.ZodType> {
  readonly kind: 'invoke';
  readonly input: I;
  readonly output: O;
  readonly description: string;
}

/** A main → renderer event. */
export interface EventDefinition<P extends z.ZodType> {
  readonly kind: 'event';
  readonly payload: P;
  readonly description: string;
}

/** Declares a request/response channel. */
export function defineInvoke<I extends z.ZodType, O extends z.ZodType>(
  description: string,
  input: I,
  output: O
): InvokeDefinition<I, O> {
  return { kind: 'invoke', input, output, description };
}

/** Declares an event pushed from main to the renderer. */
export function defineEvent<P extends z.ZodType>(
  description: string,
  payload: P
): EventDefinition<P> {
  return { kind: 'event', payload, description };
}
