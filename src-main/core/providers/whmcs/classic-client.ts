/**
 * Transport for the classic WHMCS API: POST <baseUrl>/includes/api.php, form-urlencoded,
 * responsetype=json. Authenticates with identifier+secret (+ optional accesskey) or, for a
 * REST session against the demo provider, with a bearer token.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Clock, Http, HttpResponse } from '../../ports';
import type { ResilientRequest } from '../../http/resilient-http';
import { ProtocolError, ProviderError, type ProviderAdapterError } from '../errors';
import {
  classicMessageError,
  classicReplyError,
  isRecord,
  messageOf,
  notJsonError,
  readBody,
  statusError
} from './reply';
import { describeIssues } from './wire';

/** How a classic call authenticates. */
export type ClassicAuth =
  | {
      readonly kind: 'credentials';
      readonly identifier: string;
      readonly secret: string;
      readonly accessKey?: string;
    }
  | { readonly kind: 'bearer'; readonly token: string };

/**
 * Parameters of a classic action. PHP reads every non-empty string but "0" as true, so "false"
 * would switch a flag on: `true` is sent as 1 and `false` is left out, which every way WHMCS
 * reads a flag (truthiness, isset, stringToBool) takes as off. A flag that is on by default
 * and must be switched off is passed as the number 0.
 */
export type ClassicParams = Readonly<Record<string, string | number | boolean | undefined>>;

/** The form value of a parameter, or null when it is not sent at all. */
export function classicParamValue(value: string | number | boolean | undefined): string | null {
  if (value === undefined || value === false) return null;
  return value === true ? '1' : String(value);
}

export interface ClassicCallOptions {
  /** Read actions are safe to retry; writes (OpenTicket, AddTicketReply, CreateSsoToken) are not. */
  readonly idempotent: boolean;
  readonly signal?: AbortSignal;
}

/** Calls classic API actions and returns their zod-parsed reply. */
export interface ClassicClient {
  call<S extends z.ZodType>(
    action: string,
    params: ClassicParams,
    schema: S,
    options: ClassicCallOptions
  ): Promise<z.output<S>>;
  /**
   * Like `call`, with the raw reply's fingerprint (`hash`); when `same(hash)` says the caller
   * already holds what a byte-identical 2xx reply says, the reply is not read (`value` null).
   */
  callPage?<S extends z.ZodType>(
    action: string,
    params: ClassicParams,
    schema: S,
    options: ClassicCallOptions,
    same: (hash: string) => boolean
  ): Promise<{ readonly hash: string; readonly value: z.output<S> | null }>;
}

/** The fingerprint of a raw reply body. */
export function replyHash(body: Uint8Array): string {
  return createHash('sha1').update(body).digest('base64');
}

/** Creates a classic client; `auth` is read per call so a refreshed token is picked up. */
export function createClassicClient(deps: {
  readonly baseUrl: string;
  readonly http: Http;
  readonly clock: Clock;
  readonly auth: () => ClassicAuth;
}): ClassicClient {
  const url = new URL('includes/api.php', withTrailingSlash(deps.baseUrl)).toString();

  async function send(
    action: string,
    params: ClassicParams,
    options: ClassicCallOptions
  ): Promise<HttpResponse> {
    const auth = deps.auth();
    const form = new URLSearchParams();
    form.set('action', action);
    form.set('responsetype', 'json');
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json'
    };
    if (auth.kind === 'credentials') {
      form.set('identifier', auth.identifier);
      form.set('secret', auth.secret);
      if (auth.accessKey) form.set('accesskey', auth.accessKey);
    } else {
      headers.authorization = `Bearer ${auth.token}`;
    }
    for (const [key, value] of Object.entries(params)) {
      const text = classicParamValue(value);
      if (text !== null) form.set(key, text);
    }
    const request: ResilientRequest = {
      url,
      method: 'POST',
      headers,
      body: form.toString(),
      signal: options.signal,
      idempotent: options.idempotent
    };
    return deps.http.send(request);
  }

  function decode<S extends z.ZodType>(
    response: HttpResponse,
    action: string,
    schema: S
  ): z.output<S> {
    const body = readBody(response);
    if (body.kind === 'text') {
      throw (
        statusError(response, deps.clock.now(), null) ??
        notJsonError(response, body.text, `WHMCS ${action}`)
      );
    }
    // Walking a reply that cannot hold a password key (most) would only cost time.
    const json = body.mayNamePasswords ? withoutPasswords(body.value) : body.value;
    const byStatus = statusError(response, deps.clock.now(), messageOf(json));
    if (byStatus) throw refusalOf(response.status, byStatus, json, action);
    if (!isRecord(json)) throw new ProtocolError(`WHMCS ${action} reply is not a JSON object`);
    const failure = classicReplyError(json, action);
    if (failure) throw failure;
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ProtocolError(`Unexpected WHMCS ${action} reply: ${describeIssues(parsed.error)}`);
    }
    return parsed.data as z.output<S>;
  }

  return {
    async call(action, params, schema, options) {
      return decode(await send(action, params, options), action, schema);
    },
    async callPage(action, params, schema, options, same) {
      const response = await send(action, params, options);
      const hash = replyHash(response.body);
      const ok = response.status >= 200 && response.status < 300;
      if (ok && same(hash)) return { hash, value: null };
      return { hash, value: decode(response, action, schema) };
    }
  };
}

/**
 * Which error a non-2xx reply stands for. WHMCS refuses credentials and addresses with HTTP
 * 400 or 403 and its usual JSON body, so on a 4xx the body's message decides when it names an
 * auth, address or command problem; otherwise (and for 429 and 5xx) the status does.
 */
function refusalOf(
  status: number,
  byStatus: ProviderAdapterError,
  json: unknown,
  action: string
): ProviderAdapterError {
  const message = messageOf(json);
  if (status < 400 || status >= 500 || status === 429 || message === null) return byStatus;
  const byBody = classicMessageError(message, action);
  return byBody instanceof ProviderError ? byStatus : byBody;
}

/**
 * Drops every `password` key from a decoded reply. GetClientsProducts carries each
 * service's control-panel password in clear text; removed here, before any schema, error
 * message or log can see the reply, it can never reach the cache, a log or the screen.
 */
export function withoutPasswords(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (const item of value) withoutPasswords(item);
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      if (/^password$/i.test(key)) delete value[key];
      else withoutPasswords(value[key]);
    }
  }
  return value;
}

/** new URL(path, base) drops the last segment of a base without a trailing slash. */
export function withTrailingSlash(baseUrl: string): string {
  return baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
}
