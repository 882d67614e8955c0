/**
 * The ticket writes from the renderer: reply (with its echo in the thread), open, close,
 * "Send now", Retry and Discard. Each goes to main, which stores it in the outbox before
 * sending; afterwards what the channel changes (the outbox, the tickets) is refreshed.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { create } from 'zustand';
import type { InvokeInput, OutboxItem } from '@shared/contract';
import { call, errorMessage } from '../../lib/call';
import { invalidateAfter } from '../../lib/queries/cache-invalidation';
import { mutationKey } from '../../lib/query-keys';
import type { PendingAttachment } from './attachments-lib';
import type { ReplyEcho } from './outbox-lib';

/** A reply as the composer hands it over. */
export interface ReplyDraft {
  readonly message: string;
  readonly attachments: readonly PendingAttachment[];
}

interface EchoState {
  readonly echoes: readonly ReplyEcho[];
  /** The drafts of refused echoes, kept so Retry can send them again. */
  readonly drafts: ReadonlyMap<string, ReplyDraft>;
  add(echo: ReplyEcho, draft: ReplyDraft): void;
  update(localId: string, patch: Partial<ReplyEcho>): void;
  remove(localId: string): void;
}

/**
 * The replies sent from this window, per ticket (UI state, so zustand). They survive leaving
 * and reopening the thread; after a reload the outbox itself shows what is still unsent.
 */
export const useReplyEchoStore = create<EchoState>()((set) => ({
  echoes: [],
  drafts: new Map(),
  add: (echo, draft) =>
    set((state) => ({
      echoes: [...state.echoes, echo],
      drafts: new Map(state.drafts).set(echo.localId, draft)
    })),
  update: (localId, patch) =>
    set((state) => {
      const drafts = new Map(state.drafts);
      // Once main stored the reply, the outbox holds it; the bytes need not stay here.
      if (patch.phase === 'stored') drafts.delete(localId);
      return {
        echoes: state.echoes.map((echo) =>
          echo.localId === localId ? { ...echo, ...patch } : echo
        ),
        drafts
      };
    }),
  remove: (localId) =>
    set((state) => {
      const drafts = new Map(state.drafts);
      drafts.delete(localId);
      return { echoes: state.echoes.filter((echo) => echo.localId !== localId), drafts };
    })
}));

let echoCounter = 0;

/**
 * Sends a reply: it shows in the thread at once as "sending", then in the state main
 * answers with (sent, queued, failed), or as failed with main's reason if the call itself
 * failed (nothing stored: Retry sends it again).
 */
export function useSendReply(ticketId: string) {
  const queryClient = useQueryClient();
  const send = async (draft: ReplyDraft, reuseLocalId?: string): Promise<void> => {
    const store = useReplyEchoStore.getState();
    const localId = reuseLocalId ?? `echo-${Date.now()}-${++echoCounter}`;
    if (reuseLocalId) store.update(localId, { phase: 'sending', error: null });
    else
      store.add(
        {
          localId,
          ticketId,
          message: draft.message,
          attachments: draft.attachments.map(({ name, size }) => ({ name, size })),
          phase: 'sending',
          item: null,
          error: null,
          createdAt: new Date().toISOString()
        },
        draft
      );
    try {
      const { item } = await call('tickets:reply', {
        ticketId,
        message: draft.message,
        // Only what the contract takes (not the size shown in the list). Mapped here rather
        // than via attachments-lib, which would pull the zod contract into the first paint
        // (the status bar's outbox uses this module).
        attachments: draft.attachments.map(({ name, type, dataBase64 }) => ({
          name,
          type,
          dataBase64
        }))
      });
      useReplyEchoStore.getState().update(localId, { phase: 'stored', item });
    } catch (error) {
      useReplyEchoStore
        .getState()
        .update(localId, { phase: 'refused', error: errorMessage(error) });
    } finally {
      // Not a mutation: what the channel changes is refreshed here, stored or refused.
      await invalidateAfter(queryClient, 'tickets:reply');
    }
  };
  return {
    send: (draft: ReplyDraft) => send(draft),
    /** Sends a refused echo's draft again, in the same place of the thread. */
    resend: (localId: string) => {
      const draft = useReplyEchoStore.getState().drafts.get(localId);
      return draft ? send(draft, localId) : Promise.resolve();
    }
  };
}

/** Retry and Discard of a stored outbox item (failed, or queued and given up on). */
export function useOutboxItemActions() {
  const retry = useMutation({
    mutationKey: mutationKey('outbox:retry'),
    mutationFn: (id: string) => call('outbox:retry', { id }),
    onSuccess: ({ item }) => {
      const store = useReplyEchoStore.getState();
      for (const echo of store.echoes)
        if (echo.item?.id === item.id) store.update(echo.localId, { item });
    }
  });
  const discard = useMutation({
    mutationKey: mutationKey('outbox:discard'),
    mutationFn: (id: string) => call('outbox:discard', { id }),
    onSuccess: (_value, id) => {
      const store = useReplyEchoStore.getState();
      for (const echo of store.echoes) if (echo.item?.id === id) store.remove(echo.localId);
    }
  });
  return { retry, discard };
}

/** Closes a ticket (UpdateTicket status=Closed through the outbox). */
export function useCloseTicket(ticketId: string) {
  return useMutation({
    mutationKey: mutationKey('tickets:close'),
    mutationFn: () => call('tickets:close', { ticketId })
  });
}

/** Opens a new ticket (OpenTicket through the outbox). */
export function useOpenTicket() {
  return useMutation<{ item: OutboxItem }, Error, InvokeInput<'tickets:open'>>({
    mutationKey: mutationKey('tickets:open'),
    mutationFn: (input) => call('tickets:open', input)
  });
}

/** "Send now": sends every queued write; the answer counts what was sent, failed, still queued. */
export function useSendNow() {
  return useMutation({
    mutationKey: mutationKey('outbox:send'),
    mutationFn: () => call('outbox:send', {})
  });
}
