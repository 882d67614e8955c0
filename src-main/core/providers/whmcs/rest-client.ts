/**
 * Transport for the WHMCS 9 client REST API (/api/v2): email+password login with an
 * optional second factor, then bearer-authenticated GETs of /user/* collections.
 */
import type { z } from 'zod';
import type { Clock, Http, HttpResponse } from '../../ports';
import type { ResilientRequest } from '../../http/resilient-http';
import { AuthError, ProtocolError, SecondFactorRequiredError } from '../errors';
import { messageOf, notJsonError, readBody, statusError } from './reply';
import { restChallengeSchema, restLoginSchema } from './schemas';
import { withTrailingSlash } from './classic-client';
import { describeIssues } from './wire';

/** The REST calls the adapter needs. */
export interface RestClient {
  /** Returns a bearer token, or throws SecondFactorRequiredError (202 / 412) with the challenge. */
  login(email: string, password: string, signal?: AbortSignal): Promise<string>;
  /** Finishes a login that asked for a second factor; returns the bearer token. */
  completeSecondFactor(challenge: string, code: string, signal?: AbortSignal): Promise<string>;
  /** GET an /api/v2 path with the token and parse the JSON reply. */
  get<S extends z.ZodType>(
    path: string,
    query: Readonly<Record<string, string | number>>,
    token: string,
    schema: S,
    signal?: AbortSignal
  ): Promise<z.output<S>>;
}

/** Creates the REST transport for one WHMCS base URL. */
export function createRestClient(deps: {
  readonly baseUrl: string;
  readonly http: Http;
  readonly clock: Clock;
}): RestClient {
  const base = new URL('api/v2/', withTrailingSlash(deps.baseUrl));

  async function post(
    path: string,
    payload: unknown,
    signal: AbortSignal | undefined
  ): Promise<HttpResponse> {
    const request: ResilientRequest = {
      url: new URL(path, base).toString(),
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
      signal,
      // Login creates a session: never replay it automatically.
      idempotent: false
    };
    return deps.http.send(request);
  }

  function parse<S extends z.ZodType>(
    response: HttpResponse,
    schema: S,
    what: string
  ): z.output<S> {
    const body = readBody(response);
    if (body.kind === 'text') {
      throw (
        statusError(response, deps.clock.now(), null) ?? notJsonError(response, body.text, what)
      );
    }
    const failure = statusError(response, deps.clock.now(), messageOf(body.value));
    if (failure) throw failure;
    const parsed = schema.safeParse(body.value);
    if (!parsed.success)
      throw new ProtocolError(`Unexpected ${what} reply: ${describeIssues(parsed.error)}`);
    return parsed.data;
  }

  function challengeOf(response: HttpResponse): string {
    const body = readBody(response);
    const parsed = body.kind === 'json' ? restChallengeSchema.safeParse(body.value) : null;
    const challenge = parsed?.success
      ? (parsed.data.challenge ?? parsed.data.second_factor?.challenge)
      : undefined;
    if (challenge === undefined) {
      throw new ProtocolError(
        'The provider asked for a second factor but sent no challenge to answer'
      );
    }
    return challenge;
  }

  return {
    async login(email, password, signal) {
      const response = await post('login', { email, password }, signal);
      // 202: credentials fine, second factor needed. 412: 2FA required (or invalid).
      if (response.status === 202 || response.status === 412) {
        throw new SecondFactorRequiredError(challengeOf(response));
      }
      return parse(response, restLoginSchema, 'WHMCS REST login').token;
    },

    async completeSecondFactor(challenge, code, signal) {
      const response = await post('login/second-factor', { challenge, code }, signal);
      if (response.status === 412 || response.status === 401) {
        const body = readBody(response);
        const message = body.kind === 'json' ? messageOf(body.value) : null;
        throw new AuthError(
          `The second-factor code was not accepted${message ? `: ${message}` : ''}`
        );
      }
      return parse(response, restLoginSchema, 'WHMCS REST second factor').token;
    },

    async get(path, query, token, schema, signal) {
      const url = new URL(path.replace(/^\//, ''), base);
      for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
      const request: ResilientRequest = {
        url: url.toString(),
        method: 'GET',
        headers: { accept: 'application/json', authorization: `Bearer ${token}` },
        signal,
        idempotent: true
      };
      const response = await deps.http.send(request);
      return parse(response, schema, `WHMCS REST ${path}`);
    }
  };
}
