import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCache, type OpenedCache } from '../../../../src-main/core/cache/database';
import { upsertEntities } from '../../../../src-main/core/cache/repositories/entities';
import { AppFailure } from '../../../../src-main/core/errors';
import type { HandlerContext } from '../../../../src-main/core/handler-context';
import type { Session } from '../../../../src-main/core/session';
import { createTicketHandlers } from '../../../../src-main/core/tickets/ticket-handlers';
import { defaultSettings, invokeContract } from '../../../../src-shared/contract';
import { RecordingLogger } from '../../../fakes/recording-logger';
import { makeTempDir } from '../../../fakes/temp-dir';

describe('ticket handlers', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let cache: OpenedCache;

  beforeEach(() => {
    dir = makeTempDir();
    cache = openCache(join(dir.path, 'cache.sqlite'), {
      logger: new RecordingLogger(),
      now: () => 0
    });
    upsertEntities(
      cache.db,
      'tickets',
      [
        {
          id: '7',
          publicId: '482913',
          subject: 'Mail bounces',
          departmentId: '1',
          departmentName: 'Technical',
          status: 'Answered',
          priority: 'high',
          openedAt: '2026-03-01T09:00:00',
          lastReplyAt: '2026-03-02T09:00:00',
          awaitingCustomer: true,
          isClosed: false
        }
      ],
      'run'
    );
  });

  afterEach(() => {
    cache.close();
    dir.cleanup();
  });

  function context(session: Partial<Session> | null): HandlerContext {
    return {
      settings: () => ({ ...defaultSettings(), timeZone: 'UTC' }),
      session: () => session as Session | null,
      requireSession: () => {
        if (!session) throw new AppFailure('not-found', 'No provider is connected yet.');
        return session as Session;
      }
    } as unknown as HandlerContext;
  }

  const whmcs = (): Partial<Session> => ({
    cache,
    profile: {
      id: 'p',
      name: 'Acme',
      kind: 'whmcs',
      baseUrl: 'https://billing.example.com/'
    } as Session['profile']
  });

  it('answers outputs that satisfy the contract schemas', async () => {
    const handlers = createTicketHandlers(context(whmcs()));
    const list = await handlers['tickets:list'](invokeContract['tickets:list'].input.parse({}));
    expect(invokeContract['tickets:list'].output.parse(list).tickets.map((t) => t.id)).toEqual([
      '7'
    ]);
    const detail = await handlers['tickets:get']({ id: '7' });
    expect(invokeContract['tickets:get'].output.parse(detail).providerUrl).toBe(
      'https://billing.example.com/viewticket.php?tid=482913'
    );
  });

  it('has no client-area link for the demo provider', async () => {
    const session = {
      ...whmcs(),
      profile: { ...whmcs().profile, kind: 'demo', baseUrl: null } as Session['profile']
    };
    const detail = await createTicketHandlers(context(session))['tickets:get']({ id: '7' });
    expect(detail.providerUrl).toBeNull();
  });

  it('fails with not-found for an unknown ticket and without a session', async () => {
    await expect(
      createTicketHandlers(context(whmcs()))['tickets:get']({ id: 'nope' })
    ).rejects.toMatchObject({ kind: 'not-found' });
    await expect(
      createTicketHandlers(context(null))['tickets:list']({
        status: 'active',
        sort: 'last-reply',
        dir: 'desc',
        offset: 0,
        limit: 50
      })
    ).rejects.toMatchObject({ kind: 'not-found' });
  });
});
