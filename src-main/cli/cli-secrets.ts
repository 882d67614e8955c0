/**
 * How CLI commands take secrets without putting them on a command line, where every user of
 * the machine can read them in the process list and the shell keeps them in its history:
 * `--NAME-file FILE`, an environment variable, or a hidden prompt when standard input is a
 * terminal. `--NAME VALUE` still works, with a warning. Every command that takes a secret
 * declares it here and reads it through `readCliSecret`.
 */
import { readFileSync } from 'node:fs';
import type { CliIo } from './cli-io';
import { UsageError } from './cli-context';

/** One secret a command accepts. */
export interface CliSecret {
  /** The option name: `--secret`, and `--secret-file` for the file form. */
  readonly option: string;
  /** The environment variable that may hold it. */
  readonly env: string;
  /** What the prompt asks for. */
  readonly label: string;
  /** Ask on the terminal when no other source gave it. */
  readonly prompt: boolean;
}

/** The WHMCS API secret (or REST password) of `--whmcs-url`. */
export const WHMCS_SECRET: CliSecret = {
  option: 'secret',
  env: 'HOSTDECK_SECRET',
  label: 'WHMCS API secret',
  prompt: true
};

/** The optional WHMCS API access key. */
export const WHMCS_ACCESS_KEY: CliSecret = {
  option: 'access-key',
  env: 'HOSTDECK_ACCESS_KEY',
  label: 'WHMCS API access key',
  prompt: false
};

/** The Combell API secret of `--combell-key`. */
export const COMBELL_SECRET: CliSecret = {
  option: 'combell-secret',
  env: 'HOSTDECK_COMBELL_SECRET',
  label: 'Combell API secret',
  prompt: true
};

/** The parseArgs options for a secret: `--NAME` and `--NAME-file`. */
export function secretOptions(secret: CliSecret): Record<string, { type: 'string' }> {
  return { [secret.option]: { type: 'string' }, [`${secret.option}-file`]: { type: 'string' } };
}

/** Parsed options, as parseArgs or a command's own interface holds them. */
type OptionValues = object;

function option(values: OptionValues, name: string): unknown {
  return Object.hasOwn(values, name) ? (values as Record<string, unknown>)[name] : undefined;
}

/** The user gave this secret as an option (inline or file). */
export function secretGiven(secret: CliSecret, values: OptionValues): boolean {
  return (
    option(values, secret.option) !== undefined ||
    option(values, `${secret.option}-file`) !== undefined
  );
}

/**
 * Reads a secret from, in order: `--NAME` (warned about), `--NAME-file`, the environment
 * variable, and the hidden prompt. Returns undefined when none gave one. A file that is
 * missing, unreadable or empty is a UsageError (exit 2), never a silent fallback.
 */
export async function readCliSecret(
  command: string,
  secret: CliSecret,
  values: OptionValues,
  io: CliIo
): Promise<string | undefined> {
  const flag = `--${secret.option}`;
  const inline = option(values, secret.option);
  const file = option(values, `${secret.option}-file`);
  if (typeof inline === 'string' && typeof file === 'string')
    throw new UsageError(`use either ${flag} or ${flag}-file, not both`);
  if (typeof inline === 'string') {
    io.stderr(
      `hostdeck ${command}: warning: ${flag} puts the ${secret.label} in the process list and ` +
        `your shell history; use ${flag}-file FILE, ${secret.env}${secret.prompt ? ' or the prompt' : ''} instead\n`
    );
    if (inline === '') throw new UsageError(`${flag} is empty`);
    return inline;
  }
  if (typeof file === 'string') return readSecretFile(`${flag}-file`, file);
  const fromEnv = (io.env ?? process.env)[secret.env];
  if (fromEnv) return fromEnv;
  if (!secret.prompt) return undefined;
  const prompt =
    io.promptHidden === undefined
      ? process.stdin.isTTY
        ? (question: string) => promptHidden(question)
        : null
      : io.promptHidden;
  if (!prompt) return undefined;
  const typed = await prompt(`${secret.label} (not shown): `);
  if (typed === '') throw new UsageError(`no ${secret.label} entered`);
  return typed;
}

function readSecretFile(flag: string, path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new UsageError(`${flag} ${path} cannot be read: ${why}`);
  }
  // Editors and `echo` end the file with a newline that is not part of the secret.
  const value = text.replace(/\r?\n$/, '');
  if (value === '') throw new UsageError(`${flag} ${path} is empty`);
  return value;
}

/** The stream pair a hidden prompt needs (a TTY in real use, fakes in tests). */
export interface PromptStreams {
  readonly input: NodeJS.ReadableStream & {
    readonly isTTY?: boolean;
    isRaw?: boolean;
    setRawMode?(mode: boolean): unknown;
  };
  readonly output: { write(text: string): unknown };
}

/**
 * Asks on the terminal without echoing what is typed (raw mode; Backspace edits, Enter ends,
 * Ctrl-C or Ctrl-D on an empty line cancels with a UsageError).
 */
export function promptHidden(
  question: string,
  streams: PromptStreams = { input: process.stdin, output: process.stderr }
): Promise<string> {
  const { input, output } = streams;
  return new Promise((resolve, reject) => {
    const wasRaw = input.isRaw ?? false;
    let answer: string[] = [];
    const finish = (error: Error | null): void => {
      input.removeListener('data', onData);
      input.setRawMode?.(wasRaw);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(answer.join(''));
    };
    const onData = (chunk: Buffer | string): void => {
      for (const ch of String(chunk)) {
        if (ch === '\r' || ch === '\n') return finish(null);
        if (ch === '\u0003' || (ch === '\u0004' && answer.length === 0))
          return finish(new UsageError('cancelled at the prompt'));
        if (ch === '\u0004') return finish(null);
        if (ch === '\u007f' || ch === '\b') answer = answer.slice(0, -1);
        else if (ch >= ' ') answer.push(ch);
      }
    };
    output.write(question);
    input.setRawMode?.(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}
