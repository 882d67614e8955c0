/**
 * The connect form's draft and its pure rules: turning the draft into a contract
 * connection (with the first problem named in plain words) and a connection test into a
 * verdict a reseller can act on.
 */
import {
  combellConnectionSchema,
  whmcsConnectionSchema,
  type InvokeOutput,
  type ProviderConnection
} from '../../../../src-shared/contract';

/** The answer of `profiles:test-connection`. */
export type ConnectionTest = InvokeOutput<'profiles:test-connection'>;

/** Classic API credentials, or the WHMCS 9 client login. */
export type AuthMode = 'classic' | 'rest';

/** Which provider the form connects: a WHMCS installation or Combell's API. */
export type ProviderChoice = 'whmcs' | 'combell';

/** Everything the form holds while the user types. Strings, as the inputs give them. */
export interface ConnectDraft {
  readonly provider: ProviderChoice;
  readonly name: string;
  readonly baseUrl: string;
  /** The IANA zone of the WHMCS server; empty means UTC. */
  readonly serverTimeZone: string;
  readonly authMode: AuthMode;
  readonly identifier: string;
  readonly secret: string;
  readonly accessKey: string;
  readonly clientId: string;
  readonly email: string;
  readonly password: string;
  /** Set when the provider asked for a second factor; the code field is shown then. */
  readonly challenge: string | null;
  readonly code: string;
  /** Combell: the API key and secret from the Combell panel, and an optional API root. */
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly apiUrl: string;
}

export type ConnectField = Exclude<keyof ConnectDraft, 'authMode' | 'challenge' | 'provider'>;

/** A blank form. */
export function emptyConnectDraft(): ConnectDraft {
  return {
    provider: 'whmcs',
    name: '',
    baseUrl: '',
    serverTimeZone: '',
    authMode: 'classic',
    identifier: '',
    secret: '',
    accessKey: '',
    clientId: '',
    email: '',
    password: '',
    challenge: null,
    code: '',
    apiKey: '',
    apiSecret: '',
    apiUrl: ''
  };
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  baseUrl: 'WHMCS address',
  serverTimeZone: "Provider's time zone",
  identifier: 'API identifier',
  secret: 'API secret',
  accessKey: 'Access key',
  clientId: 'Client id',
  email: 'E-mail',
  password: 'Password',
  secondFactor: 'Verification code',
  code: 'Verification code',
  apiKey: 'API key',
  apiSecret: 'API secret',
  apiUrl: 'API address'
};

export type ConnectionDraftResult =
  | { readonly ok: true; readonly connection: ProviderConnection }
  | { readonly ok: false; readonly field: ConnectField; readonly message: string };

/** A Combell connection from the draft, or the first field to fix. */
function combellFromDraft(draft: ConnectDraft): ConnectionDraftResult {
  const apiUrl = draft.apiUrl.trim();
  const candidate = {
    authMode: 'hmac' as const,
    apiKey: draft.apiKey.trim(),
    apiSecret: draft.apiSecret,
    ...(apiUrl ? { baseUrl: apiUrl } : {})
  };
  const parsed = combellConnectionSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, connection: parsed.data };
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? 'apiKey');
  if (key === 'baseUrl')
    return {
      ok: false,
      field: 'apiUrl',
      message:
        issue?.code === 'custom'
          ? issue.message
          : 'API address must be a full address such as https://api.combell.com, or empty for the public API.'
    };
  const field: ConnectField = key === 'apiSecret' ? 'apiSecret' : 'apiKey';
  const label = FIELD_LABELS[field] ?? field;
  const value = candidate[field];
  return {
    ok: false,
    field,
    message:
      value.trim() === '' ? `${label} is required.` : `${label}: ${issue?.message ?? 'not valid'}.`
  };
}

/** Builds the connection the contract expects, or names the first field to fix. */
export function connectionFromDraft(draft: ConnectDraft): ConnectionDraftResult {
  if (draft.provider === 'combell') return combellFromDraft(draft);
  const baseUrl = draft.baseUrl.trim();
  const zone = draft.serverTimeZone.trim();
  const serverTimeZone = zone ? { serverTimeZone: zone } : {};
  const candidate =
    draft.authMode === 'classic'
      ? {
          authMode: 'classic' as const,
          baseUrl,
          ...serverTimeZone,
          identifier: draft.identifier.trim(),
          secret: draft.secret,
          ...(draft.accessKey.trim() ? { accessKey: draft.accessKey.trim() } : {}),
          clientId: draft.clientId.trim()
        }
      : {
          authMode: 'rest' as const,
          baseUrl,
          ...serverTimeZone,
          email: draft.email.trim(),
          password: draft.password,
          ...(draft.challenge
            ? { secondFactor: { challenge: draft.challenge, code: draft.code.trim() } }
            : {})
        };
  const parsed = whmcsConnectionSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, connection: parsed.data };
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? 'baseUrl');
  const field: ConnectField = key === 'secondFactor' ? 'code' : (key as ConnectField);
  const label = FIELD_LABELS[key] ?? key;
  const value = candidate[key as keyof typeof candidate];
  const message =
    value === '' || value === undefined
      ? `${label} is required.`
      : key === 'baseUrl'
        ? // A refusal with a reason (http:// away from this computer) says so in its own words.
          issue?.code === 'custom'
          ? issue.message
          : `${label} must be a full address such as https://billing.example.com.`
        : `${label}: ${issue?.message ?? 'not valid'}.`;
  return { ok: false, field, message };
}

/** The profile name to save: what the user typed, else the provider's host name. */
export function profileNameFromDraft(draft: ConnectDraft): string {
  const typed = draft.name.trim();
  if (typed) return typed;
  if (draft.provider === 'combell') return 'Combell';
  try {
    return new URL(draft.baseUrl.trim()).hostname || 'My provider';
  } catch {
    return 'My provider';
  }
}

/** How a test result reads on screen. */
export interface Verdict {
  readonly tone: 'success' | 'error' | 'info';
  readonly title: string;
  /** The provider's own words, kept for support, or null when the title says it all. */
  readonly detail: string | null;
}

const REASON_TITLES: Readonly<Record<NonNullable<ConnectionTest['reason']>, string>> = {
  auth: 'Authentication failed: the provider did not accept these credentials.',
  second_factor: 'Your account uses two-step verification. Enter the code from your app.',
  ip_not_allowed:
    "Your provider does not allow API access from this computer's IP address. Ask them to add it to the API allow-list.",
  network: 'Hostdeck could not reach that address. Check the URL and your internet connection.',
  rate_limited: 'The provider is limiting requests right now. Wait a minute and try again.',
  protocol: 'That address did not answer like a WHMCS installation. Check the URL.',
  unknown: 'The connection did not work.'
};

/** Combell's refusals, in the words of its panel (the API key page, the IP allow-list). */
const COMBELL_REASON_TITLES: Readonly<Record<NonNullable<ConnectionTest['reason']>, string>> = {
  auth: 'Combell did not accept this API key and secret. Copy both again from the API page of the Combell panel.',
  second_factor: 'Combell asked for a verification step Hostdeck cannot answer.',
  ip_not_allowed:
    "Combell refused this computer's IP address. Add it to the allowed IP addresses on the API page of the Combell panel, then test again.",
  network:
    'Hostdeck could not reach the Combell API. Check your internet connection, and the API address if you set one.',
  rate_limited: 'Combell is limiting requests right now (rate limit). Wait a minute and try again.',
  protocol:
    'That address did not answer like the Combell API. Check the API address, or leave it empty.',
  unknown: 'The connection did not work.'
};

/** Turns a connection test into a verdict, in the words of the provider's own panel. */
export function verdictFor(test: ConnectionTest, provider: ProviderChoice = 'whmcs'): Verdict {
  if (test.ok) return { tone: 'success', title: 'Connection works.', detail: test.message || null };
  const reason = test.reason ?? 'unknown';
  const title = (provider === 'combell' ? COMBELL_REASON_TITLES : REASON_TITLES)[reason];
  const detail = test.message && test.message !== title ? test.message : null;
  return { tone: reason === 'second_factor' ? 'info' : 'error', title, detail };
}
