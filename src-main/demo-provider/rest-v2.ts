/**
 * The WHMCS 9 client REST API subset: login (with optional second factor) and the
 * client-scoped /user/invoices and /user/domains lists. Real HTTP status codes, JSON
 * numbers for money, page/page_size paging (default 50, max 500) with a meta object.
 */
import { demoCredentials } from './credentials';
import { DAY_MS } from '@shared/calendar';
import { parseYmd } from './dates';
import type { DemoDomain } from './model';
import { jsonReply, type Reply } from './reply';
import { newToken, providerToday, type ProviderState } from './state';
import { invoiceBalanceMinor } from './whmcs-client';

const GRACE_DAYS = 30;
const REDEMPTION_DAYS = 30;

const amount = (minor: number): number => minor / 100;
const problem = (status: number, error: string, message: string): Reply =>
  jsonReply(status, { error, message });

function issueToken(state: ProviderState, clientId: number): Reply {
  const token = newToken();
  state.bearerTokens.set(token, clientId);
  const c = state.data.client;
  return jsonReply(200, {
    token,
    token_type: 'Bearer',
    user: { id: c.id, email: c.email, first_name: c.firstname, last_name: c.lastname }
  });
}

function jsonBody(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** POST /api/v2/login: 200 token, 202 second factor required, 401 bad credentials, 422 bad input. */
export function login(state: ProviderState, body: string): Reply {
  const input = jsonBody(body);
  if (!input || typeof input.email !== 'string' || typeof input.password !== 'string') {
    return problem(422, 'invalid_input', 'email and password are required');
  }
  const c = state.data.client;
  if (input.email.toLowerCase() !== c.email || input.password !== demoCredentials.password) {
    return problem(401, 'invalid_credentials', 'The provided credentials are incorrect.');
  }
  if (!state.twoFactor) return issueToken(state, c.id);
  const challenge = newToken(16);
  state.challenges.set(challenge, c.id);
  return jsonReply(202, { second_factor_required: true, challenge });
}

/** POST /api/v2/login/second-factor: 200 token for the right code, 412 otherwise. */
export function secondFactor(state: ProviderState, body: string): Reply {
  const input = jsonBody(body);
  if (
    !input ||
    typeof input.challenge !== 'string' ||
    (typeof input.code !== 'string' && typeof input.code !== 'number')
  ) {
    return problem(422, 'invalid_input', 'challenge and code are required');
  }
  const clientId = state.challenges.get(input.challenge);
  if (clientId === undefined)
    return problem(412, 'second_factor_invalid', 'The login challenge is unknown or already used.');
  if (String(input.code) !== demoCredentials.twoFactorCode)
    return problem(412, 'second_factor_invalid', 'The second factor code is invalid.');
  state.challenges.delete(input.challenge);
  return issueToken(state, clientId);
}

function bearerClient(state: ProviderState, authorization: string | undefined): number | null {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  return token === undefined ? null : (state.bearerTokens.get(token) ?? null);
}

function paging(query: URLSearchParams): { page: number; size: number } | null {
  const read = (name: string, fallback: number): number | null => {
    const raw = query.get(name);
    if (raw === null || raw === '') return fallback;
    return /^\d+$/.test(raw) ? Number(raw) : null;
  };
  const page = read('page', 1);
  const size = read('page_size', 50);
  if (page === null || size === null || page < 1 || size < 1 || size > 500) return null;
  return { page, size };
}

function pageReply<T, R>(items: readonly T[], query: URLSearchParams, map: (item: T) => R): Reply {
  const p = paging(query);
  if (!p) return problem(422, 'invalid_input', 'page must be >= 1 and page_size between 1 and 500');
  const data = items.slice((p.page - 1) * p.size, p.page * p.size).map(map);
  return jsonReply(200, { data, meta: { total: items.length, page: p.page, page_size: p.size } });
}

const V2_DOMAIN_STATUS: Readonly<Record<string, string>> = {
  Active: 'Active',
  Grace: 'Grace',
  Redemption: 'Redemption',
  Expired: 'Expired',
  Cancelled: 'Cancelled',
  Pending: 'Pending',
  'Pending Registration': 'Pending',
  'Pending Transfer': 'Pending'
};

function domainJson(d: DemoDomain, todayMs: number): Record<string, unknown> {
  const expiry = parseYmd(d.expirydate);
  const days = expiry === null ? null : Math.round((expiry - todayMs) / DAY_MS);
  const inGrace = d.status === 'Grace';
  const inRedemption = d.status === 'Redemption';
  return {
    id: d.id,
    domain_name: d.domainname,
    registration_date: d.regdate,
    expiry_date: expiry === null ? null : d.expirydate,
    next_due_date: d.nextduedate,
    days_to_expiry: days,
    days_of_grace_period: GRACE_DAYS,
    in_grace_period: inGrace,
    days_of_redemption_period: REDEMPTION_DAYS,
    past_redemption_period: days !== null && days < -(GRACE_DAYS + REDEMPTION_DAYS),
    days_left_in_period:
      days === null
        ? null
        : inGrace
          ? GRACE_DAYS + days
          : inRedemption
            ? GRACE_DAYS + REDEMPTION_DAYS + days
            : null,
    status: V2_DOMAIN_STATUS[d.status] ?? d.status,
    auto_renew: !d.donotrenew,
    recurring_amount: amount(d.recurringMinor)
  };
}

/** GET /api/v2/user/*: invoices (newest first) and domains (by id); 401 without a valid token. */
export function userResource(
  state: ProviderState,
  path: string,
  query: URLSearchParams,
  authorization: string | undefined
): Reply {
  const clientId = bearerClient(state, authorization);
  if (clientId === null)
    return problem(401, 'unauthenticated', 'A valid bearer token is required.');
  const { data } = state;
  const mine = clientId === data.client.id;
  if (path === '/api/v2/user/invoices') {
    const list = mine ? [...data.invoices].sort((a, b) => b.id - a.id) : [];
    return pageReply(list, query, (i) => ({
      id: i.id,
      invoice_number: i.invoicenum || String(i.id),
      date_created: i.date,
      date_due: i.duedate,
      subtotal: amount(i.subtotalMinor),
      tax: amount(i.taxMinor),
      credit: amount(i.creditMinor),
      total: amount(i.totalMinor),
      balance: amount(invoiceBalanceMinor(i)),
      currency_code: data.client.currencyCode,
      status: i.status,
      payment_method: i.paymentmethod
    }));
  }
  if (path === '/api/v2/user/domains') {
    const today = providerToday(state);
    return pageReply(mine ? data.domains : [], query, (d) => domainJson(d, today));
  }
  return problem(404, 'not_found', 'Not found.');
}
