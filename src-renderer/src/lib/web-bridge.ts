/**
 * The bridge over the web shell's protocol: `POST /rpc/<channel>` authenticated by the web
 * shell's cookie, Result envelopes in every response body, and named server-sent events on
 * `/events`.
 */
import type {
  ContractEventName,
  ContractEventPayload,
  HostdeckBridge,
  InvokeChannel,
  InvokeInput,
  InvokeOutput
} from '@shared/contract';
import { EVENT_NAME_LIST } from '@shared/contract/channel-names';
import {
  ERROR_CODES,
  ERROR_KINDS,
  err,
  type AppError,
  type InputIssue,
  type Result
} from '@shared/result';

export const OFFLINE_MESSAGE =
  "Hostdeck's local server is not reachable. Is `npm run web` still running?";

const errorKinds: ReadonlySet<unknown> = new Set(ERROR_KINDS);
const errorCodes: ReadonlySet<unknown> = new Set(ERROR_CODES);

/** An error's values, keeping only strings and numbers (what a sentence can show). */
function readValues(values: Record<string, unknown>): Record<string, string | number> {
  const kept: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values))
    if (typeof value === 'string' || typeof value === 'number') kept[key] = value;
  return kept;
}
const eventNames: ReadonlySet<string> = new Set(EVENT_NAME_LIST);

/** An invalid input's issues, keeping only well-formed ones (a path of keys, a message). */
function readIssues(issues: unknown): InputIssue[] | undefined {
  if (!Array.isArray(issues)) return undefined;
  return issues.filter(
    (issue): issue is InputIssue =>
      isRecord(issue) &&
      typeof issue.message === 'string' &&
      Array.isArray(issue.path) &&
      issue.path.every((key) => typeof key === 'string' || typeof key === 'number')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the Result envelope by hand: the full zod contract stays out of the first paint.
 * Main has already validated the value against the channel's output schema before sending.
 */
function readEnvelope(body: unknown): Result<unknown> | null {
  if (!isRecord(body)) return null;
  if (body.ok === true) return 'value' in body ? { ok: true, value: body.value } : null;
  if (body.ok !== false || !isRecord(body.error)) return null;
  const { kind, message, retryAfterSeconds, code, values } = body.error;
  const issues = readIssues(body.error.issues);
  if (!errorKinds.has(kind) || typeof message !== 'string') return null;
  if (retryAfterSeconds !== undefined && typeof retryAfterSeconds !== 'number') return null;
  const error = { kind, message } as AppError;
  // A code this page does not know (a newer server) is dropped: the kind still says why.
  const facts =
    errorCodes.has(code) && isRecord(values)
      ? { code, values: readValues(values) }
      : errorCodes.has(code)
        ? { code }
        : {};
  return {
    ok: false,
    error: {
      ...error,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      ...(facts as Pick<AppError, 'code' | 'values'>),
      ...(issues === undefined ? {} : { issues })
    }
  };
}

export interface WebBridgeOptions {
  /**
   * Called when the server refuses the page's credentials (HTTP 401): the web shell was
   * restarted with a new token, or the cookie is gone. Only a new link can help then.
   */
  readonly onAccessRefused?: () => void;
}

/**
 * Creates the web client. The page never sees the token: the server traded the link's
 * `?token=` for an HttpOnly cookie, which the browser sends with every same-origin request
 * (RPC calls and the event stream alike). `fetch` and `EventSource` are looked up when used,
 * not captured.
 */
export function createWebBridge(options: WebBridgeOptions = {}): HostdeckBridge {
  let source: EventSource | null = null;

  async function invoke<C extends InvokeChannel>(
    channel: C,
    input: InvokeInput<C>
  ): Promise<Result<InvokeOutput<C>>> {
    let response: Response;
    try {
      response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ input })
      });
    } catch {
      // fetch only rejects when no HTTP answer came back at all: the server is gone.
      return err('offline', OFFLINE_MESSAGE, undefined, { code: 'local-server-unreachable' });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return err(
        'internal',
        `Hostdeck's local server sent an unreadable reply (HTTP ${response.status}).`,
        undefined,
        { code: 'local-server-bad-reply' }
      );
    }
    const envelope = readEnvelope(body);
    if (!envelope) {
      return err(
        'internal',
        `Hostdeck's local server sent an unexpected reply (HTTP ${response.status}).`,
        undefined,
        { code: 'local-server-bad-reply' }
      );
    }
    if (!envelope.ok) {
      if (response.status === 401 && envelope.error.kind === 'auth') options.onAccessRefused?.();
      return envelope;
    }
    // Main checked the value against the channel's output schema before it sent it.
    return { ok: true, value: envelope.value as InvokeOutput<C> };
  }

  function on<E extends ContractEventName>(
    event: E,
    listener: (payload: ContractEventPayload<E>) => void
  ): () => void {
    // Only the contract's events. Main's emitters are typed by the contract, and the preload
    // forwards payloads unchecked too: the zod schemas stay out of the first paint.
    if (!eventNames.has(event)) return () => undefined;
    // One stream for all events, opened on first subscription; EventSource reconnects itself.
    source ??= new EventSource('/events');
    const handler = (message: Event): void => {
      const data = (message as MessageEvent<string>).data;
      let raw: unknown;
      try {
        raw = JSON.parse(data);
      } catch {
        console.warn(`Hostdeck: ignored ${event} event with unreadable data`);
        return;
      }
      listener(raw as ContractEventPayload<E>);
    };
    const stream = source;
    stream.addEventListener(event, handler);
    return () => stream.removeEventListener(event, handler);
  }

  return { shell: 'web', invoke, on };
}
