/**
 * The contract's channel and event names as plain arrays, without a single zod schema: what
 * the preload and the web bridge need for their allow-lists. Main validates every call and
 * every reply against the full contract, so the renderer's first paint does not carry it.
 *
 * Adding a channel or an event to the contract means adding its name here too; the type
 * checks below fail until the lists hold exactly the contract's names, and a unit test
 * compares them with `Object.keys(invokeContract)` / `Object.keys(eventContract)`.
 */
import type { ContractEventName, InvokeChannel } from './index';

export const INVOKE_CHANNEL_NAMES = [
  'app:get-status',
  'app:open-external',
  'settings:get',
  'settings:update',
  'profiles:list',
  'profiles:test-connection',
  'profiles:create',
  'profiles:use-demo',
  'profiles:use-combell-demo',
  'profiles:switch',
  'profiles:rename',
  'profiles:remove',
  'sync:run-now',
  'sync:cancel',
  'sync:get-state',
  'account:get-summary',
  'usage:get-month',
  'usage:list-rows',
  'usage:export-csv',
  'usage:get-source',
  'prices:get',
  'prices:save',
  'prices:import-csv',
  'domains:list',
  'domains:get',
  'domains:renew',
  'domains:set-auto-renew',
  'alerts:list',
  'alerts:summary',
  'alerts:snooze',
  'alerts:acknowledge',
  'tickets:list',
  'tickets:get',
  'tickets:list-departments',
  'tickets:reply',
  'tickets:open',
  'tickets:close',
  'outbox:list',
  'outbox:send',
  'outbox:retry',
  'outbox:discard',
  'invoices:list',
  'invoices:get',
  'invoices:get-pdf',
  'invoices:save-pdf',
  'invoices:pay-url',
  'invoices:get-pdf-status',
  'invoices:export-bundle',
  'statement:get',
  'statement:export-csv',
  'services:list',
  'services:get',
  'services:login-url'
] as const satisfies readonly InvokeChannel[];

export const EVENT_NAME_LIST = [
  'sync:progress',
  'cache:changed',
  'app:navigate',
  'alerts:changed',
  'alerts:notify',
  'outbox:changed',
  'invoices:pdf-progress',
  'invoices:bundle-progress'
] as const satisfies readonly ContractEventName[];

/** Compiles only when `T` is `never`, i.e. when no contract name is missing from a list. */
type NoneMissing<T extends never> = T;
/** A contract channel missing from INVOKE_CHANNEL_NAMES fails here. @public (a type check) */
export type InvokeChannelNamesComplete = NoneMissing<
  Exclude<InvokeChannel, (typeof INVOKE_CHANNEL_NAMES)[number]>
>;
/** A contract event missing from EVENT_NAME_LIST fails here. @public (a type check) */
export type EventNamesComplete = NoneMissing<
  Exclude<ContractEventName, (typeof EVENT_NAME_LIST)[number]>
>;
