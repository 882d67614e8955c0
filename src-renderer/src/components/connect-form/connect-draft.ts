/**
 * The connect form's draft and its pure rules: turning the draft into a contract
 * connection (with the first problem named in plain words) and a connection test into a
 * verdict a reseller can act on, worded in the app's language at the time of the call.
 */
import {
  combellConnectionSchema,
  whmcsConnectionSchema,
  type InvokeOutput,
  type ProviderConnection
} from '@shared/contract';
import { i18n } from '../../lib/i18n';

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

/** The field names the catalog words (`app:connect.fields.<name>`). */
const NAMED_FIELDS = [
  'baseUrl',
  'serverTimeZone',
  'identifier',
  'secret',
  'accessKey',
  'clientId',
  'email',
  'password',
  'code',
  'apiKey',
  'apiSecret',
  'apiUrl'
] as const;

/** A field's name in a sentence, in the app's language. */
function fieldLabel(key: string): string {
  const named = NAMED_FIELDS.find((name) => name === (key === 'secondFactor' ? 'code' : key));
  return named ? i18n.t(`app:connect.fields.${named}`) : key;
}

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
      message: issue?.code === 'custom' ? issue.message : i18n.t('app:connect.apiUrlFull')
    };
  const field: ConnectField = key === 'apiSecret' ? 'apiSecret' : 'apiKey';
  const label = fieldLabel(field);
  const value = candidate[field];
  return {
    ok: false,
    field,
    message:
      value.trim() === ''
        ? i18n.t('app:connect.required', { label })
        : i18n.t('app:connect.invalid', {
            label,
            reason: issue?.message ?? i18n.t('app:connect.notValid')
          })
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
  const label = fieldLabel(key);
  const value = candidate[key as keyof typeof candidate];
  const message =
    value === '' || value === undefined
      ? i18n.t('app:connect.required', { label })
      : key === 'baseUrl'
        ? // A refusal with a reason (http:// away from this computer) says so in its own words.
          issue?.code === 'custom'
          ? issue.message
          : i18n.t('app:connect.baseUrlFull', { label })
        : i18n.t('app:connect.invalid', {
            label,
            reason: issue?.message ?? i18n.t('app:connect.notValid')
          });
  return { ok: false, field, message };
}

/** The profile name to save: what the user typed, else the provider's host name. */
export function profileNameFromDraft(draft: ConnectDraft): string {
  const typed = draft.name.trim();
  if (typed) return typed;
  if (draft.provider === 'combell') return 'Combell';
  try {
    return new URL(draft.baseUrl.trim()).hostname || i18n.t('app:connect.defaultName');
  } catch {
    return i18n.t('app:connect.defaultName');
  }
}

/** How a test result reads on screen. */
export interface Verdict {
  readonly tone: 'success' | 'error' | 'info';
  readonly title: string;
  /** The provider's own words, kept for support, or null when the title says it all. */
  readonly detail: string | null;
}

/** Turns a connection test into a verdict, in the words of the provider's own panel. */
export function verdictFor(test: ConnectionTest, provider: ProviderChoice = 'whmcs'): Verdict {
  if (test.ok)
    return { tone: 'success', title: i18n.t('app:connect.works'), detail: test.message || null };
  const reason = test.reason ?? 'unknown';
  // Combell's refusals are worded after its panel (the API key page, the IP allow-list).
  const title = i18n.t(
    provider === 'combell'
      ? `app:connect.combellReasons.${reason}`
      : `app:connect.reasons.${reason}`
  );
  const detail = test.message && test.message !== title ? test.message : null;
  return { tone: reason === 'second_factor' ? 'info' : 'error', title, detail };
}
