/**
 * The shell-independent half of every call: zod-parse the input (refusals list their issues by
 * path), run the core handler, check the output against the contract, and wrap everything in
 * the result envelope. The Electron
 * IPC wrapper and the web shell's /rpc route each add their own sender check in front.
 */
import { invokeContract, type ContractHandlers, type InvokeChannel } from '@shared/contract';
import { err, ok, type Result } from '@shared/result';
import { describeZodError, invalidInput, toAppError } from './errors';
import type { Logger } from './ports';

/** True when `name` is a declared invoke channel. */
export function isInvokeChannel(name: string): name is InvokeChannel {
  return Object.hasOwn(invokeContract, name);
}

/** Validates and runs one call. Never throws. */
export async function dispatch(
  handlers: ContractHandlers,
  channel: string,
  rawInput: unknown,
  logger: Logger
): Promise<Result<unknown>> {
  if (!isInvokeChannel(channel))
    return err('not-found', `Unknown channel "${channel}".`, undefined, {
      code: 'unknown-channel'
    });
  const definition = invokeContract[channel];
  const parsed = definition.input.safeParse(rawInput);
  // Refused input says which values, by path, so a form marks its fields without the message.
  if (!parsed.success)
    return {
      ok: false,
      error: toAppError(invalidInput(`Invalid input for ${channel}`, parsed.error))
    };
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = definition.output.safeParse(value);
    if (!checked.success) {
      logger.log('error', 'handler returned a value outside the contract', {
        channel,
        issues: describeZodError(checked.error)
      });
      return err('internal', `Hostdeck produced an invalid reply for ${channel}.`, undefined, {
        code: 'invalid-reply'
      });
    }
    return ok(checked.data);
  } catch (error) {
    const appError = toAppError(error);
    if (appError.kind === 'internal') {
      logger.log('error', 'handler failed', {
        channel,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error)
      });
    }
    return { ok: false, error: appError };
  }
}
