/**
 * The client-area pages WHMCS serves to browsers: SSO login (oauth/singlesignon.php), the
 * invoice download (dl.php) and the login page anyone without a session gets instead.
 */
import { renderInvoicePdf } from './invoice-pdf';
import { htmlReply, type Reply } from './reply';
import { newToken, type ProviderState } from './state';

export const SESSION_COOKIE = 'WHMCSdemo7f3a';

const LOGIN_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Client Area - Demo Host</title></head>
<body><div class="login-form"><h1>Login</h1><p>This page is restricted. Please log in to continue.</p>
<form method="post" action="/index.php?rp=/login"><input type="email" name="username" placeholder="Email Address">
<input type="password" name="password" placeholder="Password"><button type="submit" id="login">Login</button></form></div></body></html>
`;

/** The login form WHMCS shows instead of protected content. */
export function loginPage(status = 200): Reply {
  return htmlReply(status, LOGIN_PAGE);
}

function sessionClient(state: ProviderState, cookieHeader: string | undefined): number | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === SESSION_COOKIE && value !== undefined) return state.sessions.get(value) ?? null;
  }
  return null;
}

/**
 * GET /oauth/singlesignon.php?access_token=T: a valid, unused, unexpired token starts a
 * session (cookie) and redirects 302 to its path; anything else redirects to the login page.
 */
export function singleSignOn(state: ProviderState, query: URLSearchParams): Reply {
  const token = query.get('access_token') ?? '';
  const entry = state.ssoTokens.get(token);
  if (!entry || entry.used || state.clock.now() > entry.expiresMs) {
    return { status: 302, headers: { location: '/login.php?incorrect=true' }, body: '' };
  }
  entry.used = true;
  const session = newToken();
  state.sessions.set(session, entry.clientId);
  return {
    status: 302,
    headers: {
      location: `/${entry.redirectPath}`,
      'set-cookie': `${SESSION_COOKIE}=${session}; path=/; HttpOnly; SameSite=Lax`
    },
    body: ''
  };
}

/** GET /dl.php?type=i&id=N: the invoice PDF for a logged-in client, else the login page. */
export function download(
  state: ProviderState,
  query: URLSearchParams,
  cookieHeader: string | undefined
): Reply {
  const clientId = sessionClient(state, cookieHeader);
  if (clientId === null) return loginPage();
  const { data } = state;
  const invoice =
    query.get('type') === 'i' && clientId === data.client.id
      ? data.invoices.find((i) => String(i.id) === query.get('id'))
      : undefined;
  if (!invoice)
    return htmlReply(
      404,
      '<!DOCTYPE html><html><body><h1>Oops!</h1><p>Invoice not found.</p></body></html>\n'
    );
  const filename = `Invoice-${invoice.invoicenum || invoice.id}.pdf`;
  const disposition = query.get('viewpdf') === '1' ? 'inline' : 'attachment';
  return {
    status: 200,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `${disposition}; filename="${filename}"`
    },
    body: renderInvoicePdf(data.client, invoice)
  };
}

/** Other client-area pages: a placeholder for a session, the login page otherwise. */
export function clientAreaPage(state: ProviderState, cookieHeader: string | undefined): Reply {
  if (sessionClient(state, cookieHeader) === null) return loginPage();
  return htmlReply(
    200,
    '<!DOCTYPE html><html><body><h1>Welcome back</h1><p>Demo Host client area.</p></body></html>\n'
  );
}
