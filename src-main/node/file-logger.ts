/**
 * A small structured logger writing JSON lines to `<dir>/hostdeck.log`. Fields whose names
 * look like secrets are redacted so a careless call cannot leak a credential into the log.
 */
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger, LogLevel } from '../core/ports';

const SECRET_FIELD = /secret|password|token|authorization|accesskey|cookie/i;
const MAX_BYTES = 5 * 1024 * 1024;

/** Replaces values of secret-looking keys, recursively. */
export function redact(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_FIELD.test(key)) out[key] = '[redacted]';
    else if (value && typeof value === 'object' && !Array.isArray(value))
      out[key] = redact(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

/** Creates a logger that appends to a file, rotating once at 5 MB, and mirrors warnings to stderr. */
export function createFileLogger(
  dir: string,
  options: { echo?: boolean } = {}
): Logger & { readonly file: string } {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'hostdeck.log');
  return {
    file,
    log(level: LogLevel, message: string, fields?: Readonly<Record<string, unknown>>) {
      const line = JSON.stringify({
        time: new Date().toISOString(),
        level,
        message,
        ...(fields ? redact(fields) : {})
      });
      try {
        if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES)
          renameSync(file, `${file}.1`);
        appendFileSync(file, line + '\n', { mode: 0o600 });
      } catch {
        // Logging must never take the app down.
      }
      if (options.echo && (level === 'warn' || level === 'error'))
        process.stderr.write(`${level}: ${message}\n`);
    }
  };
}
