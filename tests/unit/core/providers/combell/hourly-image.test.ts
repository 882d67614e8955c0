import { describe, expect, it } from 'vitest';
import type { Service } from '@shared/model';
import { hourSlotOf, hourlyImage } from '@main/core/providers/combell/hourly-image';

const account = (id: string, pack: string, addons: { id: string; name: string }[]): Service => ({
  id,
  name: pack,
  productId: null,
  group: null,
  domain: `${id}.be`,
  status: 'active',
  billingCycle: null,
  registeredOn: null,
  nextDueOn: null,
  recurringAmount: null,
  usage: null,
  addons
});

describe("Hostdeck's hourly image of Combell accounts", () => {
  it('lists every account with its pack and every add-on under its account, in the hour slot', () => {
    const image = hourlyImage(
      [
        account('1002', 'Hosting Pro', []),
        account('1001', 'Hosting Basic', [
          { id: '501', name: 'Extra mailbox pack' },
          { id: '503', name: 'Daily backup' }
        ])
      ],
      Date.parse('2026-11-22T09:59:59.999Z')
    );
    expect(image).toEqual({
      ts: '2026-11-22T09:00:00Z',
      items: [
        { resourceId: '1001', kind: 'account', parentAccountId: null, pack: 'Hosting Basic' },
        {
          resourceId: '1001/addon/501',
          kind: 'addon',
          parentAccountId: '1001',
          pack: 'Extra mailbox pack'
        },
        {
          resourceId: '1001/addon/503',
          kind: 'addon',
          parentAccountId: '1001',
          pack: 'Daily backup'
        },
        { resourceId: '1002', kind: 'account', parentAccountId: null, pack: 'Hosting Pro' }
      ]
    });
  });

  it('keeps two copies of one add-on apart, and gives an empty image for no accounts', () => {
    const image = hourlyImage(
      [
        account('7', 'Hosting Basic', [
          { id: '501', name: 'Extra mailbox pack' },
          { id: '501', name: 'Extra mailbox pack' }
        ])
      ],
      0
    );
    expect(image.items.map((i) => i.resourceId)).toEqual(['7', '7/addon/501', '7/addon/501#2']);
    expect(hourlyImage([], Date.parse('2026-03-29T01:30:00Z'))).toEqual({
      ts: '2026-03-29T01:00:00Z',
      items: []
    });
  });

  it('puts an instant on the hour in its own slot', () => {
    expect(hourSlotOf(Date.parse('2026-11-22T10:00:00Z'))).toBe('2026-11-22T10:00:00Z');
  });
});
