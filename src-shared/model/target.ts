import { z } from 'zod';

/**
 * What an alert, a tray item, a notification or main's `app:navigate` opens in the window:
 * one item (a domain, an invoice, a ticket) or one place (the account's dashboard, the domain
 * list, the ticket inbox, the alert centre, settings). Main says what; the renderer alone
 * knows where, and maps a target to its address in one function (lib/target-route.ts).
 */
export const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('domain'), id: z.string() }),
  z.object({ kind: z.literal('invoice'), id: z.string() }),
  z.object({ kind: z.literal('ticket'), id: z.string() }),
  z.object({ kind: z.literal('account') }),
  z.object({ kind: z.literal('domains') }),
  z.object({ kind: z.literal('tickets') }),
  z.object({ kind: z.literal('alerts') }),
  z.object({ kind: z.literal('settings') })
]);
export type Target = z.output<typeof targetSchema>;
