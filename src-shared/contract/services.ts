/**
 * Services (hosting accounts and other products) over the cache: the paged list with
 * status filter, search and sort done in SQLite, one service, and the control-panel login
 * through the provider's single sign-on. Control-panel passwords are never part of any of it.
 */
import { z } from 'zod';
import { moneyViewSchema } from '../model/common';
import { serviceSchema, serviceStatusSchema } from '../model/service';
import { defineInvoke } from './define';

/** Status filter: one status, or `all`. */
export const serviceStatusFilterSchema = z.enum(['all', ...serviceStatusSchema.options]);

/** Sortable columns; ties fall back to the service id in the same direction. */
export const serviceSortSchema = z.enum([
  'name',
  'domain',
  'status',
  'next-due',
  'amount',
  'disk',
  'bandwidth'
]);
export type ServiceSort = z.output<typeof serviceSortSchema>;

/** The most rows one page of `services:list` returns. */
export const SERVICE_LIST_LIMIT = 500;

export const serviceListInputSchema = z.object({
  status: serviceStatusFilterSchema.default('all'),
  /** Case-insensitive substring of the domain, the pack (product) name, its group or the server. */
  q: z.string().max(200).optional(),
  sort: serviceSortSchema.default('domain'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(SERVICE_LIST_LIMIT).default(100)
});
export type ServiceListInput = z.output<typeof serviceListInputSchema>;

/** Use against a limit; `percent` is null without a limit (unlimited or unknown). */
const usageMeter = z.object({
  usedMb: z.number().nonnegative(),
  limitMb: z.number().positive().nullable(),
  percent: z.number().nonnegative().nullable()
});

/**
 * A service as the screens show it: the model's fields (src-shared/model/service.ts), in the
 * view's order, with money as the views carry it and the use meters instead of raw figures.
 */
export const serviceViewSchema = serviceSchema
  .unwrap()
  .pick({
    id: true,
    name: true,
    group: true,
    domain: true,
    status: true,
    billingCycle: true,
    recurringAmount: true,
    nextDueOn: true,
    registeredOn: true
  })
  .extend({
    recurringAmount: moneyViewSchema.nullable(),
    /** Null when the provider reports no figures for this service. */
    disk: usageMeter.nullable(),
    bandwidth: usageMeter.nullable(),
    serverHostname: serviceSchema.unwrap().shape.serverHostname.unwrap()
  });
export type ServiceView = z.output<typeof serviceViewSchema>;

export const serviceInvokes = {
  'services:list': defineInvoke(
    'One page of the cached services matching the filters, in the asked order; total counts all matches.',
    serviceListInputSchema,
    z.object({
      services: z.array(serviceViewSchema),
      total: z.number().int().nonnegative(),
      /** Every cached service whatever the filters. */
      cachedCount: z.number().int().nonnegative(),
      /** Cached services per status, whatever the filters (filter chips). */
      statusCounts: z.record(z.string(), z.number().int().nonnegative())
    })
  ),
  'services:get': defineInvoke(
    'One cached service, and whether "Log in to control panel" is offered (services:login-url makes the link).',
    z.object({ id: z.string().trim().min(1).max(100) }),
    z.object({
      service: serviceViewSchema,
      /** The provider offers a single sign-on into this account's control panel. */
      singleSignOn: z.boolean()
    })
  ),
  'services:login-url': defineInvoke(
    "A one-time single sign-on link into the service's control panel (valid about a minute). Open it with app:open-external. Needs the provider.",
    z.object({ id: z.string().trim().min(1).max(100) }),
    z.object({ url: z.string() })
  )
} as const;
