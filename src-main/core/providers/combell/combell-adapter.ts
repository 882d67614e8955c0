/**
 * The Combell API v2 adapter. Combell serves accounts (instances of a service pack, with
 * add-ons), service packs and domains; it has no invoices, credit, transactions or tickets,
 * so capabilities hide those. Accounts become services and domains become domains in the
 * normalized model, so the existing screens and expiry alerts work unchanged.
 */
import type { ProviderCapabilities, Service } from '@shared/model';
import type { Clock, Http, Logger } from '../../ports';
import { DEFAULT_TIME_ZONE } from '../../time';
import { UnsupportedError } from '../errors';
import type { Page, PageOptions, ProviderAdapter } from '../provider';
import { testConnectionOf } from '../whmcs/connection-test';
import { createCombellClient, createSigningHttp } from './client';
import type { CombellAdapterConfig } from './config';
import { dateInZone, toDomain, toService } from './normalize';
import {
  accountDetailSchema,
  accountRowSchema,
  domainDetailSchema,
  domainRowSchema,
  servicepackSchema
} from './schemas';

export interface CombellAdapter extends ProviderAdapter {
  /** Turns auto-renew on or off; refused unless Combell says `can_toggle_renew`. */
  setDomainAutoRenew(domainName: string, willRenew: boolean, signal?: AbortSignal): Promise<void>;
}

export interface CombellAdapterDeps {
  /** The raw Http port; requests are signed on top of it, per attempt. */
  readonly http: Http;
  readonly clock: Clock;
  readonly logger?: Logger;
  /** Wraps the signing port with retries and the circuit (resilientHttpFor); none by default. */
  readonly resilience?: (signed: Http) => Http;
  /** Nonce source (tests); random by default. */
  readonly nonce?: () => string;
}

const DETAIL_CONCURRENCY = 4;

/** What Combell serves: no invoices, credit, transactions or tickets; usage is recorded by Hostdeck. */
export const COMBELL_CAPABILITIES: ProviderCapabilities = {
  account: false,
  invoices: false,
  invoicePdf: false,
  credit: false,
  transactions: false,
  domains: true,
  domainRenew: false,
  domainRenewalPage: false,
  domainAutoRenewToggle: true,
  services: true,
  tickets: false,
  ticketAttachments: false,
  usageSnapshots: false,
  usageRecording: true,
  multiAccount: false
};

/** Builds the adapter over a raw Http port. */
export function createCombellAdapter(
  config: CombellAdapterConfig,
  deps: CombellAdapterDeps
): CombellAdapter {
  const signed = createSigningHttp(
    deps.http,
    { apiKey: config.apiKey, apiSecret: config.apiSecret },
    { clock: deps.clock, ...(deps.nonce ? { nonce: deps.nonce } : {}) }
  );
  const client = createCombellClient({
    baseUrl: config.baseUrl,
    http: deps.resilience ? deps.resilience(signed) : signed,
    clock: deps.clock,
    ...(deps.logger ? { logger: deps.logger } : {}),
    pageSize: config.pageSize ?? 100,
    maxRateLimitWaitSeconds: config.maxRateLimitWaitSeconds ?? 120
  });
  const localDate = dateInZone(config.timeZone ?? DEFAULT_TIME_ZONE);
  const today = (): string => localDate(new Date(deps.clock.now()).toISOString()) ?? '';

  async function* services(options: PageOptions = {}): AsyncGenerator<Page<Service>> {
    for await (const page of client.pages('/accounts', accountRowSchema, options)) {
      const details = await mapLimited(page.items, DETAIL_CONCURRENCY, async (row) => {
        const reply = await client.get(
          `/accounts/${encodeURIComponent(row.id)}`,
          accountDetailSchema,
          options.signal
        );
        return toService(reply.value);
      });
      yield { ...page, items: details };
    }
  }

  async function* domains(options: PageOptions = {}) {
    const ctx = { localDate, today: today() };
    for await (const page of client.pages('/domains', domainRowSchema, options))
      yield { ...page, items: page.items.map((row) => toDomain(row, ctx)) };
  }

  const unsupported = (what: string): never => {
    throw new UnsupportedError(`Combell's API has no ${what}`);
  };
  // eslint-disable-next-line require-yield
  async function* none(what: string): AsyncGenerator<never> {
    unsupported(what);
  }

  return {
    capabilities: () => COMBELL_CAPABILITIES,
    testConnection: () =>
      testConnectionOf({
        verify: async () => {
          for await (const page of client.pages('/servicepacks', servicepackSchema, {
            pageSize: 1
          }))
            return void page;
        },
        probeUsage: null,
        capabilities: () => COMBELL_CAPABILITIES
      }),
    getAccount: () => Promise.reject(new UnsupportedError('Combell has no account summary')),
    pages: (entity, options) => {
      if (entity === 'services') return services(options) as never;
      if (entity === 'domains') return domains(options) as never;
      return none(entity);
    },
    getInvoice: () => Promise.reject(new UnsupportedError("Combell's API has no invoices")),
    getTicket: () => Promise.reject(new UnsupportedError("Combell's API has no tickets")),
    ticketActions: () => null,
    async setDomainAutoRenew(domainName, willRenew, signal) {
      const path = `/domains/${encodeURIComponent(domainName.toLowerCase())}`;
      const detail = await client.get(path, domainDetailSchema, signal);
      if (detail.value.can_toggle_renew !== true)
        throw new UnsupportedError(
          `Combell does not allow changing auto-renew for ${domainName.toLowerCase()}`
        );
      await client.put(`${path}/renew`, { will_renew: willRenew }, signal);
    }
  };
}

/** Maps with at most `limit` calls in flight, keeping the input order. */
async function mapLimited<T, U>(
  items: readonly T[],
  limit: number,
  map: (item: T) => Promise<U>
): Promise<U[]> {
  const out = new Array<U>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      out[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
