/**
 * Output streams injected into CLI commands, so tests run commands in-process and read what they print.
 */
export interface CliIo {
  /** Writes text as given (callers include the trailing newline). */
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}
