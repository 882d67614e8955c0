/**
 * The contract between main and renderer: every channel, its schemas and every event,
 * declared once. Both shells register handlers from `invokeContract`; the preload and the
 * web client expose exactly these channels.
 */
import type { z } from 'zod';
import type { Result } from '../result';
import { accountInvokes } from './account';
import { alertEvents, alertInvokes } from './alerts';
import { appEvents, appInvokes } from './app';
import { domainInvokes } from './domains';
import { outboxEvents, outboxInvokes } from './outbox';
import { invoiceEvents, invoiceInvokes } from './invoices';
import { priceInvokes } from './prices';
import { profileInvokes } from './profiles';
import { serviceInvokes } from './services';
import { settingsInvokes } from './settings-channels';
import { syncInvokes } from './sync';
import { ticketInvokes } from './tickets';
import { usageInvokes } from './usage';

export const invokeContract = {
  ...appInvokes,
  ...settingsInvokes,
  ...profileInvokes,
  ...syncInvokes,
  ...accountInvokes,
  ...usageInvokes,
  ...priceInvokes,
  ...domainInvokes,
  ...alertInvokes,
  ...ticketInvokes,
  ...outboxInvokes,
  ...invoiceInvokes,
  ...serviceInvokes
} as const;

export const eventContract = {
  ...appEvents,
  ...alertEvents,
  ...outboxEvents,
  ...invoiceEvents
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export type ContractEventName = keyof typeof eventContract;

/** What the renderer sends (before zod defaults are applied). */
export type InvokeInput<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['input']>;
/** What main parses the input into. */
export type InvokeParsedInput<C extends InvokeChannel> = z.output<
  (typeof invokeContract)[C]['input']
>;
/** What the renderer receives. */
export type InvokeOutput<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['output']>;
export type ContractEventPayload<E extends ContractEventName> = z.output<
  (typeof eventContract)[E]['payload']
>;

/** One handler per channel; core services implement this table for both shells. */
export type ContractHandlers = {
  readonly [C in InvokeChannel]: (input: InvokeParsedInput<C>) => Promise<InvokeOutput<C>>;
};

/** Every invoke channel name, for allow-lists. */
export const INVOKE_CHANNELS = Object.keys(invokeContract) as InvokeChannel[];

/**
 * The bridge the renderer sees as `window.hostdeck`, provided by the preload in Electron and
 * by a small HTTP + SSE client in the browser. The renderer never knows which.
 */
export interface HostdeckBridge {
  readonly shell: 'electron' | 'web';
  invoke<C extends InvokeChannel>(
    channel: C,
    input: InvokeInput<C>
  ): Promise<Result<InvokeOutput<C>>>;
  on<E extends ContractEventName>(
    event: E,
    listener: (payload: ContractEventPayload<E>) => void
  ): () => void;
}

export * from './app';
export * from './cache-scope-names';
export * from './settings';
export * from './profiles';
export * from './sync';
export * from './account';
export * from './usage';
export * from './prices';
export * from './domains';
export * from './alerts';
export * from './alert-text';
export * from './tickets';
export * from './outbox';
export * from './invoices';
export * from './services';
