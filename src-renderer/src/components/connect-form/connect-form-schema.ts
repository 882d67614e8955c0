/**
 * The connect form's values and its zod schema for react-hook-form: the values are turned
 * into the connection the contract expects and checked with the contract's own schema
 * (providerConnectionSchema); the first refusal is named on its field in plain words. Also
 * the mapping of main's issues (paths in the connection) onto the inputs, and the verdict of
 * a connection test, worded in the app's language at the time of the call.
 */
import { z } from 'zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  providerConnectionSchema,
  type InvokeOutput,
  type ProviderConnection
} from '@shared/contract';
import type { InputIssue } from '@shared/result';
import { i18n } from '../../lib/i18n';
/** The answer of `profiles:test-connection`. */
export type ConnectionTest = InvokeOutput<'profiles:test-connection'>;

/** Everything the form holds while the user types. Strings, as the inputs give them. */
const connectInputs = z.object({
  provider: z.enum(['whmcs', 'combell']),
  name: z.string(),
  baseUrl: z.string(),
  /** The IANA zone of the WHMCS server; empty means UTC. */
  serverTimeZone: z.string(),
  authMode: z.enum(['classic', 'rest']),
  identifier: z.string(),
  secret: z.string(),
  accessKey: z.string(),
  clientId: z.string(),
  email: z.string(),
  password: z.string(),
  /** Set when the provider asked for a second factor; the code field is shown then. */
  challenge: z.string().nullable(),
  code: z.string(),
  /** Combell: the API key and secret from the Combell panel, and an optional API root. */
  apiKey: z.string(),
  apiSecret: z.string(),
  apiUrl: z.string()
});

export type ConnectFormValues = z.input<typeof connectInputs>;

/** Classic API credentials, or the WHMCS 9 client login. */
export type AuthMode = ConnectFormValues['authMode'];

/** Which provider the form connects: a WHMCS installation or Combell's API. */
export type ProviderChoice = ConnectFormValues['provider'];

export type ConnectField = Exclude<keyof ConnectFormValues, 'authMode' | 'challenge' | 'provider'>;

/** A blank form. */
export function emptyConnectValues(): ConnectFormValues {
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
function fieldLabel(field: ConnectField): string {
  const named = NAMED_FIELDS.find((name) => name === field);
  return named ? i18n.t(`app:connect.fields.${named}`) : field;
}

/** The connection the values describe, trimmed as the contract wants it (not yet checked). */
function candidateOf(values: ConnectFormValues) {
  if (values.provider === 'combell') {
    const apiUrl = values.apiUrl.trim();
    return {
      authMode: 'hmac' as const,
      apiKey: values.apiKey.trim(),
      apiSecret: values.apiSecret,
      ...(apiUrl ? { baseUrl: apiUrl } : {})
    };
  }
  const baseUrl = values.baseUrl.trim();
  const zone = values.serverTimeZone.trim();
  const serverTimeZone = zone ? { serverTimeZone: zone } : {};
  return values.authMode === 'classic'
    ? {
        authMode: 'classic' as const,
        baseUrl,
        ...serverTimeZone,
        identifier: values.identifier.trim(),
        secret: values.secret,
        ...(values.accessKey.trim() ? { accessKey: values.accessKey.trim() } : {}),
        clientId: values.clientId.trim()
      }
    : {
        authMode: 'rest' as const,
        baseUrl,
        ...serverTimeZone,
        email: values.email.trim(),
        password: values.password,
        ...(values.challenge
          ? { secondFactor: { challenge: values.challenge, code: values.code.trim() } }
          : {})
      };
}

/** The form's values in, the contract's connection out, checked by the contract's schema. */
export const connectFormSchema = connectInputs
  .transform(candidateOf)
  .pipe(providerConnectionSchema);

/**
 * The input a path in a connection points at: `secondFactor.code` is the code field and a
 * Combell connection's `baseUrl` its API address. A leading `connection` (profiles:create's
 * input) is skipped; null for a path the form has no input for.
 */
export function connectFieldAt(
  path: readonly (string | number)[],
  provider: ProviderChoice
): ConnectField | null {
  const [first, ...rest] = path;
  const key = first === 'connection' ? rest[0] : first;
  if (key === 'secondFactor') return 'code';
  if (key === 'baseUrl' && provider === 'combell') return 'apiUrl';
  if (key === 'name' && first !== 'connection') return 'name';
  const known: readonly string[] = NAMED_FIELDS;
  return typeof key === 'string' && known.includes(key) ? (key as ConnectField) : null;
}

/** The first field main's issues point at, or null. */
export function firstConnectFieldIn(
  issues: readonly InputIssue[],
  provider: ProviderChoice
): ConnectField | null {
  for (const issue of issues) {
    const field = connectFieldAt(issue.path, provider);
    if (field) return field;
  }
  return null;
}

/** The candidate's value at the refused key: empty or absent reads as "required". */
function isMissing(values: ConnectFormValues, key: string): boolean {
  const value = (candidateOf(values) as Record<string, unknown>)[key];
  return value === '' || value === undefined;
}

/**
 * The first refusal in plain words: "<field> is required", the address's own reason (http://
 * away from this computer), or "<field>: <the schema's reason>".
 */
function problemFor(
  values: ConnectFormValues,
  key: string,
  type: string,
  reason: string | undefined
): { readonly field: ConnectField; readonly message: string } {
  const field =
    connectFieldAt([key], values.provider) ??
    (values.provider === 'combell' ? 'apiKey' : 'baseUrl');
  const label = fieldLabel(field);
  // A Combell secret or key is required when its trimmed text is empty.
  const missing =
    values.provider === 'combell' && field !== 'apiUrl'
      ? values[field].trim() === ''
      : isMissing(values, key);
  if (missing && field !== 'apiUrl')
    return { field, message: i18n.t('app:connect.required', { label }) };
  if (field === 'apiUrl' || field === 'baseUrl') {
    // A refusal with a reason (http:// away from this computer) says so in its own words.
    if (type === 'custom' && reason) return { field, message: reason };
    return {
      field,
      message:
        field === 'apiUrl'
          ? i18n.t('app:connect.apiUrlFull')
          : i18n.t('app:connect.baseUrlFull', { label })
    };
  }
  return {
    field,
    message: i18n.t('app:connect.invalid', {
      label,
      reason: reason ?? i18n.t('app:connect.notValid')
    })
  };
}

const contractResolver = zodResolver(connectFormSchema, undefined, { mode: 'sync' });

/**
 * The form's resolver: the contract's schema through zodResolver, its first refusal moved to
 * the input it concerns and worded there (the form shows one problem at a time).
 */
export const connectResolver: Resolver<ConnectFormValues, unknown, ProviderConnection> = async (
  values,
  context,
  options
) => {
  const result = await contractResolver(values, context, options);
  const [key, error] = Object.entries(result.errors as FieldErrors)[0] ?? [];
  if (key === undefined) return result;
  // A nested refusal (secondFactor.code) carries its reason one level down.
  const leaf = (error?.message === undefined ? Object.values(error ?? {})[0] : error) as
    { readonly type?: unknown; readonly message?: unknown } | undefined;
  const problem = problemFor(
    values,
    key,
    typeof leaf?.type === 'string' ? leaf.type : '',
    typeof leaf?.message === 'string' ? leaf.message : undefined
  );
  return {
    values: {},
    errors: { [problem.field]: { type: 'contract', message: problem.message } }
  };
};

/** The profile name to save: what the user typed, else the provider's host name. */
export function profileNameFrom(values: ConnectFormValues): string {
  const typed = values.name.trim();
  if (typed) return typed;
  if (values.provider === 'combell') return 'Combell';
  try {
    return new URL(values.baseUrl.trim()).hostname || i18n.t('app:connect.defaultName');
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
  return { tone: reason === 'second-factor' ? 'info' : 'error', title, detail };
}
