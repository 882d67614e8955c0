import type { Logger, LogLevel } from '@main/core/ports';

/** Logger that keeps every entry for assertions. */
export class RecordingLogger implements Logger {
  readonly entries: {
    level: LogLevel;
    message: string;
    fields?: Readonly<Record<string, unknown>>;
  }[] = [];
  log(level: LogLevel, message: string, fields?: Readonly<Record<string, unknown>>): void {
    this.entries.push(fields ? { level, message, fields } : { level, message });
  }
}
