/**
 * Provider profiles: a reseller may buy from more than one provider. Secrets travel from the
 * renderer to main once, when a profile is created or its credentials change, and never back.
 */
import { z } from 'zod';
import { defineInvoke } from './define';
import { cleartextUrlProblem, CLEARTEXT_URL_MESSAGE } from './provider-url';
import { isValidTimeZone } from './settings';

export { cleartextUrlProblem, isLoopbackHost } from './provider-url';

/** A WHMCS address: http(s) only, and https unless it is this computer. */
const providerUrlSchema = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .refine((url) => cleartextUrlProblem(url) === null, { message: CLEARTEXT_URL_MESSAGE });

/**
 * The IANA zone the WHMCS server runs in: WHMCS writes its date-times as wall-clock text
 * without a zone, in that zone. UTC when not given (the built-in demo provider's).
 */
export const serverTimeZoneSchema = z.string().max(64).refine(isValidTimeZone, 'Unknown time zone');

export const whmcsConnectionSchema = z.discriminatedUnion('authMode', [
  z.object({
    authMode: z.literal('classic'),
    baseUrl: providerUrlSchema,
    serverTimeZone: serverTimeZoneSchema.optional(),
    identifier: z.string().min(1).max(200),
    secret: z.string().min(1).max(500),
    accessKey: z.string().max(500).optional(),
    clientId: z.string().regex(/^\d+$/, 'The client id is a number').max(20)
  }),
  z.object({
    authMode: z.literal('rest'),
    baseUrl: providerUrlSchema,
    serverTimeZone: serverTimeZoneSchema.optional(),
    email: z.email().max(320),
    password: z.string().min(1).max(500),
    /** The second-factor challenge returned by a previous attempt, and the code the user typed. */
    secondFactor: z
      .object({
        challenge: z.string().min(1),
        code: z.string().regex(/^\d{4,10}$/, 'Enter the digits of your code')
      })
      .optional()
  })
]);
export type WhmcsConnection = z.output<typeof whmcsConnectionSchema>;

/**
 * A Combell API v2 connection: the API key and secret from the Combell panel (the secret goes
 * to the keychain). `baseUrl` is the API root without `/v2`; the public API when omitted.
 */
export const combellConnectionSchema = z.object({
  authMode: z.literal('hmac'),
  baseUrl: providerUrlSchema.optional(),
  apiKey: z.string().trim().min(1, 'Enter the API key').max(200),
  apiSecret: z.string().min(1, 'Enter the API secret').max(500)
});
export type CombellConnection = z.output<typeof combellConnectionSchema>;

/** Any connection the onboarding form can test and save: WHMCS (classic, REST) or Combell. */
export const providerConnectionSchema = z.discriminatedUnion('authMode', [
  ...whmcsConnectionSchema.options,
  combellConnectionSchema
]);
export type ProviderConnection = z.output<typeof providerConnectionSchema>;

/** Provider kinds of a profile: the WHMCS demo, WHMCS, or Combell (real or its demo). */
export const profileKindSchema = z.enum(['demo', 'whmcs', 'combell']);
export type ProfileKind = z.output<typeof profileKindSchema>;

/** What the renderer may know about a profile: never a secret. */
export const profileViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: profileKindSchema,
  baseUrl: z.string().nullable(),
  /**
   * 'demo' for both built-in demos (kind tells which); 'classic' is also a Combell profile's
   * (API key + secret, signed per request).
   */
  authMode: z.enum(['demo', 'classic', 'rest']),
  /** Login shown for recognition: identifier, e-mail, or the Combell API key. */
  login: z.string().nullable(),
  createdAt: z.string()
});
export type ProfileView = z.output<typeof profileViewSchema>;

/**
 * Why a connection test failed, in the error vocabulary of src-shared/result.ts (kebab-case:
 * `ip-not-allowed`, `rate-limited`); the onboarding screen words each one.
 */
export const CONNECTION_FAILURE_REASONS = [
  'auth',
  'second-factor',
  'ip-not-allowed',
  'network',
  'rate-limited',
  'protocol',
  'unknown'
] as const;
export type ConnectionFailureReason = (typeof CONNECTION_FAILURE_REASONS)[number];

export const connectionTestSchema = z.object({
  ok: z.boolean(),
  reason: z.enum(CONNECTION_FAILURE_REASONS).nullable(),
  message: z.string(),
  challenge: z.string().nullable()
});

const profileName = z.string().trim().min(1, 'Give the profile a name').max(80);

export const profileInvokes = {
  'profiles:list': defineInvoke(
    'Every profile and which one is active.',
    z.undefined(),
    z.object({ profiles: z.array(profileViewSchema), activeId: z.string().nullable() })
  ),
  'profiles:test-connection': defineInvoke(
    'Tries a WHMCS or Combell connection without saving it.',
    providerConnectionSchema,
    connectionTestSchema
  ),
  'profiles:create': defineInvoke(
    'Tests and saves a WHMCS or Combell profile, stores its secret in the keychain and makes it active.',
    z.object({ name: profileName, connection: providerConnectionSchema }),
    profileViewSchema
  ),
  'profiles:use-demo': defineInvoke(
    'Creates (or re-activates) the built-in demo provider profile.',
    z.undefined(),
    profileViewSchema
  ),
  'profiles:use-combell-demo': defineInvoke(
    'Creates (or re-activates) the built-in Combell demo profile (kind combell, authMode demo).',
    z.undefined(),
    profileViewSchema
  ),
  'profiles:switch': defineInvoke(
    'Makes another profile active.',
    z.object({ id: z.string().min(1) }),
    profileViewSchema
  ),
  'profiles:rename': defineInvoke(
    'Renames a profile.',
    z.object({ id: z.string().min(1), name: profileName }),
    profileViewSchema
  ),
  'profiles:remove': defineInvoke(
    'Removes a profile, its cached data and its stored secret.',
    z.object({ id: z.string().min(1) }),
    z.object({ removed: z.boolean(), activeId: z.string().nullable() })
  )
} as const;
