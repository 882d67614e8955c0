import { beforeEach, describe, expect, it } from 'vitest';
import { domainListInputSchema } from '@shared/contract';
import { SYNC_ENTITIES } from '@shared/contract/sync-entities';
import type { Domain, ProviderCapabilities } from '@shared/model';
import type { OpenedCache } from '@main/core/cache/database';
import { ENTITY_TABLE, entitySupported, LIST_ENTITIES } from '@main/core/cache/entity-table';
import { readEntities, upsertEntities } from '@main/core/cache/repositories/entities';
import { writeDomainsCsv } from '@main/core/domains/domains-csv';
import { EXPORTABLE, exportEntity } from '@main/core/export/entity-export';
import { openTempCache } from '@tests/fakes/temp-cache';

const NONE: ProviderCapabilities = {
  account: false,
  invoices: false,
  invoicePdf: false,
  credit: false,
  transactions: false,
  domains: false,
  domainRenew: false,
  domainRenewalPage: false,
  domainAutoRenewToggle: false,
  services: false,
  tickets: false,
  ticketAttachments: false,
  usageSnapshots: false,
  usageRecording: false,
  multiAccount: false
};

const domain: Domain = {
  id: 'd1',
  name: 'example.com',
  status: 'active',
  registeredOn: '2020-01-31',
  expiresOn: '2027-01-31',
  nextDueOn: '2027-01-01',
  autoRenew: true,
  recurringAmount: { amountMinor: 1250, currency: 'EUR' },
  registrar: 'demo'
};

describe('the entity table', () => {
  let cache: OpenedCache;
  beforeEach(() => {
    const temp = openTempCache(() => Date.parse('2026-11-22T09:00:00Z'));
    cache = temp.cache;
    return temp.close;
  });

  it('holds every entity the sync reads, and each listed one has a cache table with its columns', () => {
    expect(Object.keys(ENTITY_TABLE).sort()).toEqual([...SYNC_ENTITIES].sort());
    for (const [entity, spec] of Object.entries(LIST_ENTITIES)) {
      const columns = (
        cache.db.prepare(`PRAGMA table_info(${entity})`).all() as { name: string }[]
      ).map((c) => c.name);
      const sample = Object.keys(spec.columns(sampleOf(entity) as never));
      expect(columns, entity).toEqual(expect.arrayContaining(['id', ...sample, 'json', 'run_id']));
    }
  });

  it('stores a domain in the columns the table indexes and reads back the model', () => {
    upsertEntities(cache.db, 'domains', [domain], 'run-1');
    expect(
      cache.db
        .prepare('SELECT name, status, expires_on, next_due_on, auto_renew FROM domains')
        .get()
    ).toEqual({
      name: 'example.com',
      status: 'active',
      expires_on: '2027-01-31',
      next_due_on: '2027-01-01',
      auto_renew: 1
    });
    expect(readEntities(cache.db, 'domains')).toEqual([domain]);
  });

  it("exports the entities with export columns, in the table's order, with exactly its headers", () => {
    expect(EXPORTABLE).toEqual(['invoices', 'domains', 'tickets']);
    for (const entity of EXPORTABLE) {
      const header = exportEntity(cache.db, entity, 'csv').split('\r\n')[0];
      expect(header, entity).toBe(
        LIST_ENTITIES[entity].export.columns.map(([name]) => name).join(',')
      );
    }
    upsertEntities(cache.db, 'domains', [domain], 'run-1');
    expect(exportEntity(cache.db, 'domains', 'csv').split('\r\n')[1]).toBe(
      'd1,example.com,active,2027-01-31,2027-01-01,true,demo,12.50,EUR'
    );
    expect(JSON.parse(exportEntity(cache.db, 'domains', 'json'))).toEqual([domain]);
  });

  it("exports money in its currency's own digits: yen without decimals, dinars with three", () => {
    const priced = (id: string, amountMinor: number, currency: string): Domain => ({
      ...domain,
      id,
      name: `${id}.example`,
      recurringAmount: { amountMinor, currency }
    });
    upsertEntities(
      cache.db,
      'domains',
      [priced('a', 1500, 'JPY'), priced('b', 12_500, 'KWD')],
      'r'
    );
    const rows = exportEntity(cache.db, 'domains', 'csv').split('\r\n').slice(1, 3);
    expect(rows.map((row) => row.split(',').slice(-2).join(' ')).sort()).toEqual([
      '12.500 KWD',
      '1500 JPY'
    ]);
  });

  it("writes the domains screen's CSV with the table's columns, plus the view's days left and alert", () => {
    upsertEntities(cache.db, 'domains', [domain], 'run-1');
    let csv = '';
    writeDomainsCsv(cache.db, domainListInputSchema.parse({}), '2026-11-22', (chunk) => {
      csv += chunk;
    });
    const [header, row] = csv.split('\r\n');
    const table = LIST_ENTITIES.domains.export.columns.map(([name]) => name);
    const dueAt = table.indexOf('next_due_on');
    expect(header).toBe(
      [...table.slice(0, dueAt + 1), 'days_left', ...table.slice(dueAt + 1), 'alert'].join(',')
    );
    expect(row).toBe('d1,example.com,active,2027-01-31,2027-01-01,70,true,demo,12.50,EUR,');
  });

  it('lets the sync read an entity only when the provider has every capability it needs', () => {
    const readable = (caps: Partial<ProviderCapabilities>) =>
      SYNC_ENTITIES.filter((entity) => entitySupported(entity, { ...NONE, ...caps }));
    expect(readable({})).toEqual([]);
    expect(readable({ tickets: true })).toEqual(['departments', 'tickets']);
    expect(readable({ credit: true })).toEqual(['credits']);
    expect(readable({ invoices: true })).toEqual(['invoices']);
    expect(readable({ invoices: true, transactions: true })).toEqual([
      'invoices',
      'transactions',
      'invoice-details'
    ]);
    expect(readable({ usageSnapshots: true, account: true })).toEqual(['account', 'usage']);
  });
});

/** A minimal item of each listed entity, for its indexed columns' names. */
function sampleOf(entity: string): unknown {
  const money = { amountMinor: 100, currency: 'EUR' };
  const samples: Record<string, unknown> = {
    invoices: {
      number: '1',
      issuedOn: null,
      dueOn: null,
      status: 'paid',
      total: money,
      balance: null
    },
    transactions: { date: '2026-01-01T00:00:00Z', invoiceId: null },
    domains: domain,
    services: { name: 'P', status: 'active' },
    departments: { name: 'Support' },
    tickets: {
      publicId: 'T1',
      subject: 's',
      status: 'Open',
      departmentId: '1',
      openedAt: null,
      lastReplyAt: null
    },
    credits: { date: null, amount: money }
  };
  return samples[entity];
}
