import { z } from 'zod';
import { moneySchema, providerIdSchema } from './common';

/** Client account status as WHMCS defines it; anything else becomes 'unknown'. */
export const accountStatusSchema = z.enum(['active', 'inactive', 'closed', 'unknown']);
export type AccountStatus = z.infer<typeof accountStatusSchema>;

/** The reseller's client account at the provider. */
export const accountSummarySchema = z
  .object({
    id: providerIdSchema,
    name: z.string(),
    companyName: z.string().nullable(),
    email: z.string(),
    currency: z.string(),
    /** Current credit balance (WHMCS client.credit, never the formatted stats strings). */
    creditBalance: moneySchema,
    status: accountStatusSchema
  })
  .readonly();
export type AccountSummary = z.infer<typeof accountSummarySchema>;
