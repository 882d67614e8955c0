/**
 * Output streams injected into CLI commands, so tests run commands in-process and read what they print.
 */
export interface CliIo {
  /** Writes text as given (callers include the trailing newline). */
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Environment variables secrets may come from; process.env when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Asks for a secret without echo; null when there is no terminal to ask on. When absent,
   * the real terminal is used if standard input is one.
   */
  readonly promptHidden?: ((question: string) => Promise<string>) | null;
}
