import { z } from 'zod';
import { isoDateSchema, moneySchema, providerIdSchema } from './common';

/** Service (hosting account) status; unrecognised values become 'unknown'. */
export const serviceStatusSchema = z.enum([
  'pending',
  'active',
  'suspended',
  'terminated',
  'cancelled',
  'fraud',
  'completed',
  'unknown'
]);
export type ServiceStatus = z.infer<typeof serviceStatusSchema>;

/** A hosting account or other product instance (the "pack" it runs on is `name`). */
export const serviceSchema = z
  .object({
    id: providerIdSchema,
    /** Product / pack name. */
    name: z.string(),
    productId: z.string().nullable(),
    group: z.string().nullable(),
    domain: z.string().nullable(),
    status: serviceStatusSchema,
    /** As the provider writes it ("Monthly", "Annually", "Free Account"...). */
    billingCycle: z.string().nullable(),
    registeredOn: isoDateSchema.nullable(),
    nextDueOn: isoDateSchema.nullable(),
    recurringAmount: moneySchema.nullable()
  })
  .readonly();
export type Service = z.infer<typeof serviceSchema>;
