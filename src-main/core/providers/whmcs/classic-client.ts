/**
 * Transport for the classic WHMCS API: POST <baseUrl>/includes/api.php, form-urlencoded,
 * responsetype=json. Authenticates with identifier+secret (+ optional accesskey) or, for a
 * REST session against the demo provider, with a bearer token.
 */
import type { z } from 'zod';
import type { Clock, Http } from '../../ports';
import type { ResilientRequest } from '../../http/resilient-http';
import { ProtocolError } from '../errors';
import {
  classicMessageError,
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

export type ClassicParams = Readonly<Record<string, string | number | boolean | undefined>>;

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
}

/** Creates a classic client; `auth` is read per call so a refreshed token is picked up. */
export function createClassicClient(deps: {
  readonly baseUrl: string;
  readonly http: Http;
  readonly clock: Clock;
  readonly auth: () => ClassicAuth;
}): ClassicClient {
  const url = new URL('includes/api.php', withTrailingSlash(deps.baseUrl)).toString();

  return {
    async call(action, params, schema, options) {
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
        if (value !== undefined)
          form.set(key, typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value));
      }
      const request: ResilientRequest = {
        url,
        method: 'POST',
        headers,
        body: form.toString(),
        signal: options.signal,
        idempotent: options.idempotent
      };
      const response = await deps.http.send(request);
      const body = readBody(response);
      if (body.kind === 'text') {
        throw (
          statusError(response, deps.clock.now(), null) ??
          notJsonError(response, body.text, `WHMCS ${action}`)
        );
      }
      const json = body.value;
      // Transport-level refusals (401/403/429, 5xx pages) win over whatever the body says.
      const byStatus = statusError(response, deps.clock.now(), messageOf(json));
      if (byStatus && response.status !== 200) throw byStatus;
      if (!isRecord(json)) throw new ProtocolError(`WHMCS ${action} reply is not a JSON object`);
      if (json.result === 'error' || json.status === 'error') {
        throw classicMessageError(messageOf(json) ?? 'unknown error', action);
      }
      if (json.result !== 'success') {
        throw new ProtocolError(
          `WHMCS ${action} reply has no result "success" (got ${JSON.stringify(json.result)})`
        );
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        throw new ProtocolError(
          `Unexpected WHMCS ${action} reply: ${describeIssues(parsed.error)}`
        );
      }
      return parsed.data;
    }
  };
}

/** new URL(path, base) drops the last segment of a base without a trailing slash. */
export function withTrailingSlash(baseUrl: string): string {
  return baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
}
