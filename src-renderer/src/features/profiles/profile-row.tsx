/**
 * One profile in the list: name, kind, address and login, the active marker, and its
 * actions (switch, rename inline, remove).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ProfileView } from '../../../../src-shared/contract';
import { errorMessage } from '../../lib/call';
import { navigate, routeHref } from '../../lib/router';
import { useDisclosureFocus } from '../../lib/use-disclosure-focus';
import { useRenameProfile, useSwitchProfile } from './profiles-api';

export interface ProfileRowProps {
  readonly profile: ProfileView;
  readonly active: boolean;
  readonly onRemove: (profile: ProfileView) => void;
}

const AUTH_LABELS: Readonly<Record<ProfileView['authMode'], string>> = {
  demo: 'Built-in sample data',
  classic: 'Classic API',
  rest: 'WHMCS 9 client login'
};

/** "Kind · sign-in" as the row shows it: by the profile's kind, then how it signs in. */
export function profileKindLabel(profile: ProfileView): string {
  if (profile.kind === 'combell')
    return profile.authMode === 'demo'
      ? `Combell · ${AUTH_LABELS.demo}`
      : 'Combell · API key and secret';
  return `${profile.kind === 'demo' ? 'Demo provider' : 'WHMCS'} · ${AUTH_LABELS[profile.authMode]}`;
}

/** A list item (`data-testid="profile-<id>"`). */
export function ProfileRow({ profile, active, onRemove }: ProfileRowProps) {
  const [renaming, setRenaming] = useState(false);
  // Rename swaps the name for a form: focus into its field, and back to Rename when done.
  const { openerRef, panelRef } = useDisclosureFocus<HTMLButtonElement, HTMLDivElement>(renaming);
  const switcher = useSwitchProfile();
  const error = switcher.isError ? errorMessage(switcher.error) : null;

  return (
    <li
      className={`profile-row card${active ? ' profile-row--active' : ''}`}
      data-testid={`profile-${profile.id}`}
      aria-current={active ? 'true' : undefined}
    >
      <div ref={panelRef} className="profile-row__main">
        {renaming ? (
          <RenameForm profile={profile} onDone={() => setRenaming(false)} />
        ) : (
          <h2 className="profile-row__name">
            {profile.name}
            {profile.kind === 'demo' && profile.name !== 'Demo provider' ? (
              <span className="badge">Demo provider</span>
            ) : null}
            {active ? <span className="profile-row__active">Active</span> : null}
          </h2>
        )}
        <dl className="profile-row__facts">
          <dt>Kind</dt>
          <dd data-testid="profile-kind">{profileKindLabel(profile)}</dd>
          {profile.baseUrl ? (
            <>
              <dt>Address</dt>
              <dd className="profile-row__url">{profile.baseUrl}</dd>
            </>
          ) : null}
          {profile.login ? (
            <>
              <dt>{profile.kind === 'combell' ? 'API key' : 'Login'}</dt>
              <dd>{profile.login}</dd>
            </>
          ) : null}
        </dl>
        {error ? (
          <p role="alert" className="profile-row__error">
            Could not switch: {error}
          </p>
        ) : null}
      </div>
      {renaming ? null : (
        <div className="profile-row__actions">
          {active ? null : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => switcher.mutate(profile.id)}
              disabled={switcher.isPending}
              aria-label={`Switch to ${profile.name}`}
            >
              {switcher.isPending ? 'Switching…' : 'Switch'}
            </button>
          )}
          {active && profile.kind === 'combell' ? (
            // Combell serves no prices: the active profile's price list is set in Hostdeck.
            <a
              className="button"
              href={routeHref('prices')}
              onClick={(event) => {
                event.preventDefault();
                navigate('prices');
              }}
            >
              Price list
            </a>
          ) : null}
          <button
            ref={openerRef}
            type="button"
            className="button"
            onClick={() => setRenaming(true)}
            aria-label={`Rename ${profile.name}`}
          >
            Rename
          </button>
          <button
            type="button"
            className="button button--danger-quiet"
            onClick={() => onRemove(profile)}
            aria-label={`Remove ${profile.name}`}
          >
            Remove
          </button>
        </div>
      )}
    </li>
  );
}

function RenameForm({
  profile,
  onDone
}: {
  readonly profile: ProfileView;
  readonly onDone: () => void;
}) {
  const [name, setName] = useState(profile.name);
  const rename = useRenameProfile();
  const inputId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.select();
  }, []);
  const error = rename.isError ? errorMessage(rename.error) : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (name.trim() === profile.name) return onDone();
    rename.mutate({ id: profile.id, name: name.trim() }, { onSuccess: onDone });
  };

  return (
    <form
      className="rename-form"
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || rename.isPending) return;
        event.preventDefault();
        onDone();
      }}
    >
      <label htmlFor={inputId}>New name for “{profile.name}”</label>
      <div className="rename-form__row">
        <input
          ref={inputRef}
          id={inputId}
          className="input"
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
          disabled={rename.isPending}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <button type="submit" className="button button--primary" disabled={rename.isPending}>
          {rename.isPending ? 'Saving…' : 'Save name'}
        </button>
        <button type="button" className="button" onClick={onDone} disabled={rename.isPending}>
          Cancel
        </button>
      </div>
      <p id={errorId} role="alert" className="profile-row__error">
        {error}
      </p>
    </form>
  );
}
