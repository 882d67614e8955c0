/**
 * The statement's period (a preset or custom dates) in zustand, so it survives going to an
 * invoice and back. A preset is resolved against "today" when shown, so "Last month" stays
 * last month on the next day too.
 */
import { create } from 'zustand';
import type { Period, PeriodPreset } from './invoices-lib';

export type PeriodChoice =
  | { readonly kind: 'preset'; readonly preset: PeriodPreset }
  | { readonly kind: 'custom'; readonly period: Period };

interface StatementViewState {
  readonly choice: PeriodChoice;
  setChoice(choice: PeriodChoice): void;
  reset(): void;
}

const DEFAULT_CHOICE: PeriodChoice = { kind: 'preset', preset: 'last-12-months' };

/** The statement view store. */
export const useStatementViewStore = create<StatementViewState>()((set) => ({
  choice: DEFAULT_CHOICE,
  setChoice: (choice) => set({ choice }),
  reset: () => set({ choice: DEFAULT_CHOICE })
}));
