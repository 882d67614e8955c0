/**
 * The bridge over the web shell's protocol: `POST /rpc/<channel>` authenticated by the web
 * shell's cookie, Result envelopes in every response body, and named server-sent events on
 * `/events`.
 */
import { z } from 'zod';
import {
  eventContract,
  invokeContract,
  type ContractEventName,
  type ContractEventPayload,
  type HostdeckBridge,
  type InvokeChannel,
  type InvokeInput,
  type InvokeOutput
} from '../../../src-shared/contract';
import { ERROR_KINDS, err, type Result } from '../../../src-shared/result';

export const OFFLINE_MESSAGE =
  "Hostdeck's local server is not reachable. Is `npm run web` still running?";

const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      kind: z.enum(ERROR_KINDS),
      message: z.string(),
      retryAfterSeconds: z.number().optional()
    })
  })
]);

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
      return err('offline', OFFLINE_MESSAGE);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return err(
        'internal',
        `Hostdeck's local server sent an unreadable reply (HTTP ${response.status}).`
      );
    }
    const envelope = envelopeSchema.safeParse(body);
    if (!envelope.success) {
      return err(
        'internal',
        `Hostdeck's local server sent an unexpected reply (HTTP ${response.status}).`
      );
    }
    if (!envelope.data.ok) {
      if (response.status === 401 && envelope.data.error.kind === 'auth')
        options.onAccessRefused?.();
      return { ok: false, error: envelope.data.error };
    }
    const value = invokeContract[channel].output.safeParse(envelope.data.value);
    if (!value.success)
      return err('internal', `Hostdeck's local server sent an invalid reply for ${channel}.`);
    return { ok: true, value: value.data as InvokeOutput<C> };
  }

  function on<E extends ContractEventName>(
    event: E,
    listener: (payload: ContractEventPayload<E>) => void
  ): () => void {
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
      const payload = eventContract[event].payload.safeParse(raw);
      if (!payload.success) {
        console.warn(`Hostdeck: ignored ${event} event outside the contract`);
        return;
      }
      listener(payload.data as ContractEventPayload<E>);
    };
    const stream = source;
    stream.addEventListener(event, handler);
    return () => stream.removeEventListener(event, handler);
  }

  return { shell: 'web', invoke, on };
}
