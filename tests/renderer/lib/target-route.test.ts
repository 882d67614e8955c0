import { describe, expect, it } from 'vitest';
import type { Target } from '@shared/model/target';
import { targetPath } from '@renderer/lib/target-route';
import { matchAddress } from '../route-match';

describe('targetPath: what main asks to open, at its address', () => {
  it('opens each kind of target on its page', () => {
    const cases: [Target, string][] = [
      [{ kind: 'domain', id: '12' }, 'domains/12'],
      [{ kind: 'invoice', id: '7' }, 'invoices/7'],
      [{ kind: 'ticket', id: '42' }, 'tickets/42'],
      [{ kind: 'account' }, 'dashboard'],
      [{ kind: 'domains' }, 'domains'],
      [{ kind: 'tickets' }, 'tickets'],
      [{ kind: 'alerts' }, 'alerts'],
      [{ kind: 'settings' }, 'settings']
    ];
    expect(cases.map(([target]) => targetPath(target))).toEqual(cases.map(([, path]) => path));
  });

  it('keeps any id whole: the router reads back exactly the id the target carried', async () => {
    const pages = { domain: 'domains', invoice: 'invoices', ticket: 'tickets' } as const;
    for (const id of ['a/b?c#d%e f', '%E0%A4%A', 'ünïcode-ドメイン', '17']) {
      for (const kind of ['domain', 'invoice', 'ticket'] as const) {
        const path = targetPath({ kind, id });
        expect(path).not.toMatch(/[#?\s]/);
        expect(await matchAddress(`/${path}`)).toMatchObject({ page: pages[kind], params: { id } });
      }
    }
  });
});
