/**
 * Provider profiles: a reseller may buy from more than one provider. Secrets travel from the
 * renderer to main once, when a profile is created or its credentials change, and never back.
 */
import { z } from 'zod';
import { defineInvoke } from './define';
import { cleartextUrlProblem, CLEARTEXT_URL_MESSAGE } from './provider-url';
import { isValidTimeZone } from './settings';

export { CLEARTEXT_URL_MESSAGE, cleartextUrlProblem, isLoopbackHost } from './provider-url';

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

/** What the renderer may know about a profile: never a secret. */
export const profileViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['demo', 'whmcs']),
  baseUrl: z.string().nullable(),
  authMode: z.enum(['demo', 'classic', 'rest']),
  /** Login shown for recognition: identifier or e-mail. */
  login: z.string().nullable(),
  createdAt: z.string()
});
export type ProfileView = z.output<typeof profileViewSchema>;

export const connectionTestSchema = z.object({
  ok: z.boolean(),
  reason: z
    .enum([
      'auth',
      'second_factor',
      'ip_not_allowed',
      'network',
      'rate_limited',
      'protocol',
      'unknown'
    ])
    .nullable(),
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
    'Tries a WHMCS connection without saving it.',
    whmcsConnectionSchema,
    connectionTestSchema
  ),
  'profiles:create': defineInvoke(
    'Tests and saves a WHMCS profile, stores its secret in the keychain and makes it active.',
    z.object({ name: profileName, connection: whmcsConnectionSchema }),
    profileViewSchema
  ),
  'profiles:use-demo': defineInvoke(
    'Creates (or re-activates) the built-in demo provider profile.',
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
