/**
 * The Http port over Node's global fetch, usable by both shells. Redirects are never
 * followed (the WHMCS invoice-PDF flow needs the 302's Set-Cookie and Location), header
 * names are lower-cased, and several Set-Cookie headers are joined with "\n" (a comma would
 * be ambiguous next to cookie Expires dates).
 */
import type { Http, HttpRequest, HttpResponse } from '../core/ports';
import { NetworkError } from '../core/providers/errors';

/** Creates the fetch-backed Http port. Rejects with NetworkError on network failure; an abort rejects with the signal's reason. */
export function createNodeHttp(): Http {
  return {
    async send(request: HttpRequest): Promise<HttpResponse> {
      let response: Response;
      try {
        response = await fetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          signal: request.signal,
          redirect: 'manual'
        });
      } catch (error) {
        if (request.signal?.aborted) throw request.signal.reason ?? error;
        throw new NetworkError(describeFetchFailure(request.url, error), 'network', {
          cause: error
        });
      }
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (name.toLowerCase() !== 'set-cookie') headers[name.toLowerCase()] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) headers['set-cookie'] = cookies.join('\n');
      let body: Uint8Array;
      try {
        body = new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        if (request.signal?.aborted) throw request.signal.reason ?? error;
        throw new NetworkError(
          `Connection to ${hostOf(request.url)} dropped while reading the reply`,
          'network',
          {
            cause: error
          }
        );
      }
      return { status: response.status, headers, body };
    }
  };
}

/** fetch hides the real reason (ECONNREFUSED, ENOTFOUND...) in `cause`; surface it. */
function describeFetchFailure(url: string, error: unknown): string {
  const cause =
    error instanceof Error
      ? (error.cause as { code?: unknown; message?: unknown } | undefined)
      : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : null;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return `Could not reach ${hostOf(url)} (${detail})`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
