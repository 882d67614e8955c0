/**
 * Small helpers shared by the platform tests: a logger that records, and a handler table
 * that records which channels ran (a Proxy, so new contract channels need no edits here).
 */
import { defaultSettings, type ContractHandlers } from '@shared/contract';
import type { LogLevel, Logger } from '@main/core/ports';

/** A Logger keeping every line for assertions. */
export function recordingLogger(): Logger & {
  readonly lines: {
    level: LogLevel;
    message: string;
    fields?: Readonly<Record<string, unknown>>;
  }[];
} {
  const lines: { level: LogLevel; message: string; fields?: Readonly<Record<string, unknown>> }[] =
    [];
  return {
    lines,
    log(level, message, fields) {
      lines.push(fields === undefined ? { level, message } : { level, message, fields });
    }
  };
}

/** Handlers that record their calls; `settings:get` answers with the defaults. */
export function recordingHandlers(): {
  handlers: ContractHandlers;
  calls: { channel: string; input: unknown }[];
} {
  const calls: { channel: string; input: unknown }[] = [];
  const handlers = new Proxy(
    {},
    {
      get: (_target, channel) => async (input: unknown) => {
        calls.push({ channel: String(channel), input });
        return channel === 'settings:get' ? defaultSettings() : undefined;
      }
    }
  ) as ContractHandlers;
  return { handlers, calls };
}
