/**
 * Typed failures inside core, and their translation to the contract's error envelope.
 */
import type { z } from 'zod';
import {
  ERROR_CODES,
  ERROR_KINDS,
  type AppError,
  type ErrorCode,
  type ErrorKind,
  type ErrorValues,
  type InputIssue
} from '@shared/result';

/** The facts of a failure next to its English message: what failed, and the values to say it. */
export interface FailureFacts {
  readonly code: ErrorCode;
  readonly values?: ErrorValues;
  readonly retryAfterSeconds?: number;
  /** Invalid input: each refused value by its path. */
  readonly issues?: readonly InputIssue[];
}

/**
 * A failure core raises on purpose; its kind, code and values reach the UI unchanged (the
 * screen writes the words from the code; the English message is for logs and JSON).
 */
export class AppFailure extends Error {
  readonly retryAfterSeconds?: number;
  readonly code?: ErrorCode;
  readonly values?: ErrorValues;
  readonly issues?: readonly InputIssue[];

  constructor(
    readonly kind: ErrorKind,
    message: string,
    facts?: number | FailureFacts
  ) {
    super(message);
    this.name = 'AppFailure';
    if (typeof facts === 'number') this.retryAfterSeconds = facts;
    else if (facts !== undefined) {
      this.code = facts.code;
      if (facts.values !== undefined) this.values = facts.values;
      if (facts.retryAfterSeconds !== undefined) this.retryAfterSeconds = facts.retryAfterSeconds;
      if (facts.issues !== undefined) this.issues = facts.issues;
    }
  }
}

/** A zod error's issues as the envelope carries them: the path (no symbols) and the reason. */
export function inputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: issue.message
  }));
}

/** Formats zod issues as one readable sentence for logs and JSON (the screen uses `issues`). */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message
    )
    .join('; ');
}

/**
 * The failure for a value the schema refused: kind and code `invalid-input`, the issues by
 * path, and `<what>: <issues>` as the English message.
 */
export function invalidInput(what: string, error: z.ZodError): AppFailure {
  return new AppFailure('invalid-input', `${what}: ${describeZodError(error)}`, {
    code: 'invalid-input',
    issues: inputIssues(error)
  });
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function isErrorKind(value: unknown): value is ErrorKind {
  return typeof value === 'string' && (ERROR_KINDS as readonly string[]).includes(value);
}

/**
 * Turns anything thrown into a contract error. Typed failures (ours or the provider layer's,
 * which carry a `kind`) keep their kind and message; anything else is an internal error whose
 * message is generic, so stack details and secrets never reach the renderer.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof Error && 'kind' in error && isErrorKind((error as { kind: unknown }).kind)) {
    const retry = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    const kind = (error as { kind: ErrorKind }).kind;
    const code = (error as { code?: unknown }).code;
    const values = error instanceof AppFailure ? error.values : undefined;
    const issues = error instanceof AppFailure ? error.issues : undefined;
    return {
      kind,
      message: error.message,
      ...(typeof retry === 'number' ? { retryAfterSeconds: retry } : {}),
      ...(isErrorCode(code) ? { code } : {}),
      ...(isErrorCode(code) && values !== undefined ? { values } : {}),
      ...(issues === undefined ? {} : { issues })
    };
  }
  return {
    kind: 'internal',
    message: 'Something went wrong inside Hostdeck. The details are in the log file.',
    code: 'internal-error'
  };
}
