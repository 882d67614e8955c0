/**
 * The "nothing here yet" panel: says what is missing and offers the next step.
 */
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  readonly title: string;
  readonly children: ReactNode;
  /** The next step, e.g. a button that opens Settings. */
  readonly action?: { readonly label: string; readonly onClick: () => void };
}

/** A centred card with a heading, an explanation and an optional action. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="empty-state card">
      <h2 className="empty-state__title">{title}</h2>
      <div className="empty-state__body">{children}</div>
      {action ? (
        <button type="button" className="button button--primary" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}
