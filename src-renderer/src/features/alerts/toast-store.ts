/**
 * The in-app toast stack's state (UI state, so zustand): one entry per `alerts:notify`
 * event. Dismissing a toast loses nothing — the alert stays in the alert centre.
 */
import { create } from 'zustand';
import type { AlertText } from '@shared/contract';
import type { Target } from '@shared/model/target';

/** One toast, as main sent it in `alerts:notify`: its facts, worded when shown. */
export interface AlertToast {
  readonly id: string;
  readonly text: AlertText;
  /** What "Show" opens; null when the toast is about nothing in particular. */
  readonly target: Target | null;
}

/** At most this many toasts stay on screen; older ones drop off first. */
export const MAX_TOASTS = 4;

interface ToastState {
  readonly toasts: readonly AlertToast[];
  /** Adds a toast; a repeated id replaces the earlier one instead of stacking. */
  push(toast: AlertToast): void;
  dismiss(id: string): void;
  clear(): void;
}

/** The toast stack store. */
export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  push: (toast) =>
    set((state) => ({
      toasts: [...state.toasts.filter((t) => t.id !== toast.id), toast].slice(-MAX_TOASTS)
    })),
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
  clear: () => set({ toasts: [] })
}));
