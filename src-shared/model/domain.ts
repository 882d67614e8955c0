import { z } from 'zod';
import { isoDateSchema, moneySchema, providerIdSchema } from './common';

/** Domain status, normalized from the WHMCS strings; unrecognised values become 'unknown'. */
export const domainStatusSchema = z.enum([
  'pending',
  'pending_registration',
  'pending_transfer',
  'active',
  'grace',
  'redemption',
  'expired',
  'cancelled',
  'fraud',
  'transferred_away',
  'unknown'
]);
export type DomainStatus = z.infer<typeof domainStatusSchema>;

/** Every domain status, in the enum's order (the one declaration is domainStatusSchema). */
export const DOMAIN_STATUSES: readonly DomainStatus[] = domainStatusSchema.options;

/**
 * Statuses of a domain that has ended at this provider (cancelled, marked fraud, moved to
 * another registrar): it can no longer lapse or renew, so no countdown, no renewal ahead,
 * no alert.
 */
export const ENDED_DOMAIN_STATUSES = [
  'cancelled',
  'fraud',
  'transferred_away'
] as const satisfies readonly DomainStatus[];

/** Statuses past the expiry date, each its own alert stage (grace, redemption, expired). */
export const LAPSED_DOMAIN_STATUSES = [
  'grace',
  'redemption',
  'expired'
] as const satisfies readonly DomainStatus[];
export type LapsedDomainStatus = (typeof LAPSED_DOMAIN_STATUSES)[number];

/** Whether a domain with this status has ended (see ENDED_DOMAIN_STATUSES). */
export function isEndedDomainStatus(status: DomainStatus): boolean {
  return (ENDED_DOMAIN_STATUSES as readonly DomainStatus[]).includes(status);
}

/** Whether a domain with this status is past its expiry (grace, redemption, expired). */
export function isLapsedDomainStatus(status: DomainStatus): status is LapsedDomainStatus {
  return (LAPSED_DOMAIN_STATUSES as readonly DomainStatus[]).includes(status);
}

/**
 * Whether the expiry date of a domain with this status is live and counts down to
 * thresholds: neither ended nor lapsed (`unknown` counts down, so it alerts to be safe).
 */
export function isLiveDomainStatus(status: DomainStatus): boolean {
  return !isEndedDomainStatus(status) && !isLapsedDomainStatus(status);
}

/** A registered domain. */
export const domainSchema = z
  .object({
    id: providerIdSchema,
    name: z.string(),
    status: domainStatusSchema,
    registeredOn: isoDateSchema.nullable(),
    /** Registrar expiry. */
    expiresOn: isoDateSchema.nullable(),
    /** Billing renewal date; WHMCS renewal notices run on this one, and it can differ from expiry. */
    nextDueOn: isoDateSchema.nullable(),
    /** !donotrenew; null when the provider does not say. */
    autoRenew: z.boolean().nullable(),
    recurringAmount: moneySchema.nullable(),
    registrar: z.string().nullable()
  })
  .readonly();
export type Domain = z.infer<typeof domainSchema>;
