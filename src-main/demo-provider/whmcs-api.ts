/**
 * POST /includes/api.php: authentication, action dispatch (case-insensitive) and the SSO
 * token action. Every outcome is HTTP 200 with a JSON `result`, like WHMCS.
 */
import { demoCredentials } from './credentials';
import { newToken, type CallContext, type ProviderState } from './state';
import { getCredits, getInvoice, getInvoices, getTransactions } from './whmcs-billing';
import { getClientsDetails, resolveClientId } from './whmcs-client';
import {
  getClientsDomains,
  getClientsProducts,
  renewDomain,
  updateClientDomain
} from './whmcs-domains';
import { apiError, type JsonObject, type Params } from './whmcs-format';
import { addTicketReply, openTicket, updateTicket } from './whmcs-ticket-write';
import { getSupportDepartments, getSupportStatuses, getTicket, getTickets } from './whmcs-tickets';
import { getUsageIntervals } from './whmcs-usage';

type Action = (ctx: CallContext, params: Params) => JsonObject;

/** Actions that change the provider's data (their answers can be lost by a fault switch). */
export const WRITE_ACTIONS: ReadonlySet<string> = new Set([
  'openticket',
  'addticketreply',
  'updateticket',
  'updateclientdomain',
  'domainrenew',
  'renewdomain'
]);

const SSO_TTL_MS = 60_000;

const ACTIONS: Readonly<Record<string, Action>> = {
  getclientsdetails: getClientsDetails,
  getinvoices: getInvoices,
  getinvoice: getInvoice,
  gettransactions: getTransactions,
  getcredits: getCredits,
  getclientsdomains: getClientsDomains,
  getclientsproducts: getClientsProducts,
  updateclientdomain: updateClientDomain,
  domainrenew: renewDomain,
  renewdomain: renewDomain,
  gettickets: getTickets,
  getticket: getTicket,
  getsupportdepartments: getSupportDepartments,
  getsupportstatuses: getSupportStatuses,
  openticket: openTicket,
  addticketreply: addTicketReply,
  updateticket: updateTicket,
  createssotoken: createSsoToken,
  getusageintervals: getUsageIntervals
};

/**
 * Authenticates and runs one API call. Admin credentials (identifier/secret, or the same
 * values as username/password) see every client; a v2 bearer token is scoped to its client.
 */
export function handleApiCall(
  state: ProviderState,
  params: Params,
  authorization: string | undefined,
  baseUrl: string
): JsonObject {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  let scopeClientId: number | null;
  if (bearer !== undefined) {
    const clientId = state.bearerTokens.get(bearer);
    if (clientId === undefined) return apiError('Authentication Failed');
    scopeClientId = clientId;
  } else {
    const identifier = params.get('identifier') ?? params.get('username');
    const secret = params.get('secret') ?? params.get('password');
    if (identifier !== demoCredentials.identifier || secret !== demoCredentials.secret)
      return apiError('Authentication Failed');
    scopeClientId = null;
  }
  const action = ACTIONS[(params.get('action') ?? '').trim().toLowerCase()];
  if (!action) return apiError('Command Not Found');
  return action({ state, scopeClientId, baseUrl }, params);
}

/**
 * CreateSsoToken: a single-use token valid 60 s (clock time). With destination
 * sso:custom_redirect the login lands on sso_redirect_path (e.g. "dl.php?type=i&id=1001").
 */
function createSsoToken(ctx: CallContext, params: Params): JsonObject {
  const { state } = ctx;
  const clientId =
    resolveClientId(ctx, params, 'client_id') ?? resolveClientId(ctx, params, 'user_id');
  if (clientId === null) return apiError('A client_id or user_id is required');
  if (clientId !== state.data.client.id) return apiError('Client ID Not Found');
  const destination = params.get('destination') ?? '';
  let redirectPath = 'clientarea.php';
  if (destination === 'sso:custom_redirect') {
    const path = params.get('sso_redirect_path') ?? '';
    if (path === '') return apiError('sso_redirect_path is required for sso:custom_redirect');
    redirectPath = path.replace(/^\/+/, '');
  }
  const token = newToken(20);
  state.ssoTokens.set(token, {
    clientId,
    redirectPath,
    expiresMs: state.clock.now() + SSO_TTL_MS,
    used: false
  });
  return {
    result: 'success',
    access_token: token,
    redirect_url: `${ctx.baseUrl}/oauth/singlesignon.php?access_token=${token}`
  };
}
