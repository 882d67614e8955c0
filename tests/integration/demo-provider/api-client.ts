import type { DemoProvider } from '@main/demo-provider';

/** A parsed WHMCS reply: the tests read fields loosely, as an adapter would before zod. */
export type ApiReply = Record<string, unknown>;

/** Posts one form-urlencoded WHMCS API call with the demo admin credentials. */
export async function callApi(
  provider: DemoProvider,
  fields: Readonly<Record<string, string | number>>,
  options: { readonly auth?: 'admin' | 'none'; readonly bearer?: string } = {}
): Promise<ApiReply> {
  const res = await postApi(provider, fields, options);
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as ApiReply;
}

/** Same as callApi but returns the raw Response (for fault and header checks). */
export function postApi(
  provider: DemoProvider,
  fields: Readonly<Record<string, string | number>>,
  options: { readonly auth?: 'admin' | 'none'; readonly bearer?: string } = {}
): Promise<Response> {
  const form = new URLSearchParams({ responsetype: 'json' });
  if ((options.auth ?? 'admin') === 'admin' && options.bearer === undefined) {
    form.set('identifier', provider.credentials.identifier);
    form.set('secret', provider.credentials.secret);
  }
  for (const [k, v] of Object.entries(fields)) form.set(k, String(v));
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (options.bearer !== undefined) headers.authorization = `Bearer ${options.bearer}`;
  return fetch(`${provider.url}/includes/api.php`, {
    method: 'POST',
    headers,
    body: form.toString()
  });
}

/** Follows WHMCS offset paging until startnumber + numreturned reaches totalresults. */
export async function pageAll(
  provider: DemoProvider,
  action: string,
  listKey: string,
  itemKey: string,
  fields: Readonly<Record<string, string | number>> = {},
  limitnum = 7
): Promise<{ items: ApiReply[]; calls: number; total: number }> {
  const items: ApiReply[] = [];
  let start = 0;
  let calls = 0;
  for (;;) {
    const reply = await callApi(provider, { action, ...fields, limitstart: start, limitnum });
    calls++;
    if (reply.result !== 'success') throw new Error(String(reply.message));
    const wrapper = reply[listKey];
    const page =
      wrapper && typeof wrapper === 'object'
        ? (((wrapper as Record<string, unknown>)[itemKey] as ApiReply[] | undefined) ?? [])
        : [];
    items.push(...page);
    const total = Number(reply.totalresults);
    const next = Number(reply.startnumber) + Number(reply.numreturned);
    if (next >= total || page.length === 0) return { items, calls, total };
    start = next;
  }
}

/** A list inside a WHMCS wrapper ({plural: {singular: [...]}}), [] for the empty quirks. */
export function listOf(reply: ApiReply, listKey: string, itemKey: string): ApiReply[] {
  const wrapper = reply[listKey];
  if (!wrapper || typeof wrapper !== 'object') return [];
  return ((wrapper as Record<string, unknown>)[itemKey] as ApiReply[] | undefined) ?? [];
}
