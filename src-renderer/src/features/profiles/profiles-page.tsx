/**
 * Profiles: every provider Hostdeck knows, which one is active, and the ways to switch,
 * rename, remove or add one. Reached from the profile name in the status bar.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '@shared/contract';
import { ConnectForm } from '../../components/connect-form/connect-form';
import { errorMessage } from '../../lib/call';
import { navigate } from '../../lib/router';
import { useDisclosureFocus } from '../../lib/use-disclosure-focus';
import { ProfileRow } from './profile-row';
import { useProfiles, useRemoveProfile } from './profiles-api';
import { RemoveDialog } from './remove-dialog';
import './profiles.css';

/** The Profiles page (route `profiles`). */
export function ProfilesPage() {
  const { t } = useTranslation(['profiles', 'common']);
  const profiles = useProfiles();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ProfileView | null>(null);
  const remove = useRemoveProfile();
  // "Add provider" opens the form in place: focus goes to its first field, and back on Cancel.
  const { openerRef, panelRef } = useDisclosureFocus<HTMLButtonElement, HTMLElement>(adding);
  const listRef = useRef<HTMLUListElement>(null);

  if (profiles.isPending) {
    return (
      <div data-page="profiles" data-view-state="loading">
        <p className="muted" role="status">
          {t('loading')}
        </p>
      </div>
    );
  }
  if (profiles.isError) {
    return (
      <div data-page="profiles" data-view-state="error">
        <div className="banner banner--error" role="alert">
          <span>{t('loadFailed', { reason: errorMessage(profiles.error) })}</span>
          <button type="button" className="button" onClick={() => void profiles.refetch()}>
            {t('common:actions.retry')}
          </button>
        </div>
      </div>
    );
  }

  const { activeId } = profiles.data;
  const confirmRemove = (): void => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        setRemoving(null);
        remove.reset();
      }
    });
  };

  return (
    <div
      className="profiles"
      data-page="profiles"
      data-view-state={profiles.data.profiles.length === 0 ? 'empty' : 'ready'}
    >
      <p className="muted profiles__intro">{t('intro')}</p>
      <ul ref={listRef} className="profiles__list" aria-label={t('listLabel')} tabIndex={-1}>
        {profiles.data.profiles.map((profile) => (
          <ProfileRow
            key={profile.id}
            profile={profile}
            active={profile.id === activeId}
            onRemove={(target) => {
              remove.reset();
              setRemoving(target);
            }}
          />
        ))}
      </ul>
      {adding ? (
        <section ref={panelRef} className="card profiles__add" aria-labelledby="profiles-add-title">
          <h2 id="profiles-add-title">{t('addTitle')}</h2>
          <ConnectForm
            onConnected={() => {
              setAdding(false);
              navigate('dashboard');
            }}
            onCancel={() => setAdding(false)}
          />
        </section>
      ) : (
        <div>
          <button
            ref={openerRef}
            type="button"
            className="button button--primary"
            onClick={() => setAdding(true)}
          >
            {t('add')}
          </button>
        </div>
      )}
      {removing ? (
        <RemoveDialog
          profile={removing}
          busy={remove.isPending}
          error={remove.isError ? errorMessage(remove.error) : null}
          onConfirm={confirmRemove}
          onCancel={() => setRemoving(null)}
          focusAfterRemoval={listRef}
        />
      ) : null}
    </div>
  );
}
