/**
 * One profile in the list: name, kind, address and login, the active marker, and its
 * actions (switch, rename inline, remove).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '@shared/contract';
import { errorMessage } from '../../lib/call';
import { defaultDemoName, useProfileName } from '../../lib/profile-name';
import { navigate, routeHref } from '../../lib/router';
import { useDisclosureFocus } from '../../lib/use-disclosure-focus';
import { useRenameProfile, useSwitchProfile } from './profiles-api';

export interface ProfileRowProps {
  readonly profile: ProfileView;
  readonly active: boolean;
  readonly onRemove: (profile: ProfileView) => void;
}

/** "Kind · sign-in" as the row shows it: by the profile's kind, then how it signs in. */
export function profileKindLabel(t: TFunction<'profiles'>, profile: ProfileView): string {
  const signIn =
    profile.kind === 'combell' && profile.authMode !== 'demo'
      ? t('auth.combell')
      : t(`auth.${profile.authMode}`);
  return t('kind.line', { kind: t(`kind.${profile.kind}`), signIn });
}

/** A list item (`data-testid="profile-<id>"`). */
export function ProfileRow({ profile, active, onRemove }: ProfileRowProps) {
  const { t } = useTranslation('profiles');
  const nameOf = useProfileName();
  const name = nameOf(profile);
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
          <RenameForm profile={profile} shownName={name} onDone={() => setRenaming(false)} />
        ) : (
          <h2 className="profile-row__name">
            {name}
            {profile.kind === 'demo' && defaultDemoName(profile) === null ? (
              <span className="badge">{t('kind.demo')}</span>
            ) : null}
            {active ? <span className="profile-row__active">{t('active')}</span> : null}
          </h2>
        )}
        <dl className="profile-row__facts">
          <dt>{t('facts.kind')}</dt>
          <dd data-testid="profile-kind">{profileKindLabel(t, profile)}</dd>
          {profile.baseUrl ? (
            <>
              <dt>{t('facts.address')}</dt>
              <dd className="profile-row__url">{profile.baseUrl}</dd>
            </>
          ) : null}
          {profile.login ? (
            <>
              <dt>{profile.kind === 'combell' ? t('facts.apiKey') : t('facts.login')}</dt>
              <dd>{profile.login}</dd>
            </>
          ) : null}
        </dl>
        {error ? (
          <p role="alert" className="profile-row__error">
            {t('switchFailed', { reason: error })}
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
              aria-label={t('switchTo', { name })}
            >
              {switcher.isPending ? t('switching') : t('switch')}
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
              {t('priceList')}
            </a>
          ) : null}
          <button
            ref={openerRef}
            type="button"
            className="button"
            onClick={() => setRenaming(true)}
            aria-label={t('renameName', { name })}
          >
            {t('rename')}
          </button>
          <button
            type="button"
            className="button button--danger-quiet"
            onClick={() => onRemove(profile)}
            aria-label={t('removeName', { name })}
          >
            {t('remove')}
          </button>
        </div>
      )}
    </li>
  );
}

function RenameForm({
  profile,
  shownName,
  onDone
}: {
  readonly profile: ProfileView;
  /** The name as the row shows it (a demo's default name in the app's language). */
  readonly shownName: string;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation(['profiles', 'common']);
  const [name, setName] = useState(shownName);
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
    if (name.trim() === shownName || name.trim() === profile.name) return onDone();
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
      <label htmlFor={inputId}>{t('renameForm.label', { name: shownName })}</label>
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
          {rename.isPending ? t('common:actions.saving') : t('renameForm.save')}
        </button>
        <button type="button" className="button" onClick={onDone} disabled={rename.isPending}>
          {t('common:actions.cancel')}
        </button>
      </div>
      <p id={errorId} role="alert" className="profile-row__error">
        {error}
      </p>
    </form>
  );
}
