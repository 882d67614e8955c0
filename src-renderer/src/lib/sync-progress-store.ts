/**
 * The latest `sync:progress` event. A transient UI signal (not cached server data), so it
 * lives in zustand; `use-main-events` writes it and the status bar reads it.
 */
import { create } from 'zustand';
import type { SyncProgress } from '@shared/contract';

interface SyncProgressState {
  readonly progress: SyncProgress | null;
  readonly setProgress: (progress: SyncProgress | null) => void;
}

export const useSyncProgressStore = create<SyncProgressState>()((set) => ({
  progress: null,
  setProgress: (progress) => set({ progress })
}));

/** Whether a progress event means a sync is still running. */
export function isRunning(progress: SyncProgress | null): boolean {
  return progress !== null && (progress.phase === 'started' || progress.phase === 'entity');
}
