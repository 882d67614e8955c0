/**
 * The confirmation before removing a profile. It says exactly what goes (cached data and the
 * stored secret) and what does not (nothing at the provider). Modal: focus starts on
 * "Cancel", stays inside, and Escape cancels.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '@shared/contract';
import { useProfileName } from '../../lib/profile-name';

export interface RemoveDialogProps {
  readonly profile: ProfileView;
  readonly busy: boolean;
  readonly error: string | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** Takes focus when the dialog closes and its opener (the removed row's button) is gone. */
  readonly focusAfterRemoval?: RefObject<HTMLElement | null>;
}

/** `role="alertdialog"` over a backdrop. */
export function RemoveDialog({
  profile,
  busy,
  error,
  onConfirm,
  onCancel,
  focusAfterRemoval
}: RemoveDialogProps) {
  const { t } = useTranslation(['profiles', 'common']);
  const name = useProfileName()(profile);
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The safe choice gets focus, so Enter by reflex does not delete anything.
    const previous = document.activeElement as HTMLElement | null;
    const fallback = focusAfterRemoval?.current ?? null;
    cancelRef.current?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
      else fallback?.focus();
    };
  }, [focusAfterRemoval]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = Array.from(
      dialogRef.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? []
    );
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog card"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog__title">
          {t('removeDialog.title', { name })}
        </h2>
        <div id={bodyId} className="dialog__body">
          <p>
            {profile.authMode === 'demo'
              ? t('removeDialog.body')
              : t('removeDialog.bodyWithSecret')}
          </p>
        </div>
        <div role="alert" className="dialog__error">
          {error}
        </div>
        <div className="dialog__actions">
          <button
            ref={cancelRef}
            type="button"
            className="button"
            onClick={onCancel}
            disabled={busy}
          >
            {t('common:actions.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={onConfirm}
            disabled={busy}
          >
            {busy ? t('removeDialog.removing') : t('removeDialog.confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
