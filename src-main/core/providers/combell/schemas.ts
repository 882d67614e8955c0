/**
 * Wire shapes of the Combell API v2 replies Hostdeck reads (snake_case, bare JSON arrays for
 * collections). Unknown fields are ignored; a missing required field is a protocol error.
 */
import { z } from 'zod';

const id = z.union([z.number().int(), z.string().min(1)]).transform(String);

export const accountRowSchema = z.object({
  id,
  identifier: z.string(),
  servicepack_id: id.nullish()
});

export const servicepackSchema = z.object({ id, name: z.string() });

export const addonSchema = z.object({ id, name: z.string() });

export const accountDetailSchema = z.object({
  id,
  identifier: z.string(),
  servicepack: servicepackSchema,
  addons: z.array(addonSchema).nullish()
});
export type AccountDetail = z.infer<typeof accountDetailSchema>;

export const domainRowSchema = z.object({
  domain_name: z.string().min(1),
  expiration_date: z.string().nullish(),
  will_renew: z.boolean().nullish()
});
export type DomainRow = z.infer<typeof domainRowSchema>;

export const domainDetailSchema = domainRowSchema.extend({
  can_toggle_renew: z.boolean().nullish()
});

/** Combell's error body: a machine code and a message, both optional in practice. */
export const errorBodySchema = z.object({
  error_code: z.string().nullish(),
  error_text: z.string().nullish()
});
