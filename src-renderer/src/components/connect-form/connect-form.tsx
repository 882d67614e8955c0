/**
 * "Connect your provider": WHMCS (address, sign-in method and credentials) or Combell (API
 * key and secret, optional API address), a "Test connection" button with a plain-words
 * verdict (and the second-factor step when a WHMCS asks), and "Save and connect". Used by
 * onboarding and by the Profiles page's "Add provider".
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '@shared/contract';
import { errorMessage } from '../../lib/call';
import { useAppStatus } from '../../lib/queries/app-status';
import {
  connectionFromDraft,
  emptyConnectDraft,
  profileNameFromDraft,
  verdictFor,
  type AuthMode,
  type ConnectDraft,
  type ConnectField,
  type ProviderChoice,
  type Verdict
} from './connect-draft';
import { TextField } from '../form-fields';
import { useCreateProfile, useTestConnection } from './connect-mutations';
import './connect-form.css';

type Problem = { readonly message: string; readonly field: ConnectField | null } | null;

// Brand names and sample values: the same in every language.
const WHMCS = 'WHMCS';
const COMBELL = 'Combell';
const COMBELL_API_SAMPLE = 'https://api.combell.com';
const WHMCS_SAMPLE = 'https://billing.example.com';
const UTC = 'UTC';

export interface ConnectFormProps {
  /** Called with the saved (and now active) profile. */
  readonly onConnected: (profile: ProfileView) => void;
  /** Optional secondary action, e.g. "Cancel" on the Profiles page. */
  readonly onCancel?: () => void;
}

/** The provider connection form (`data-testid="connect-form"`). */
export function ConnectForm({ onConnected, onCancel }: ConnectFormProps) {
  const [draft, setDraft] = useState<ConnectDraft>(emptyConnectDraft);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [problem, setProblem] = useState<Problem>(null);
  const test = useTestConnection();
  const create = useCreateProfile();
  const status = useAppStatus();
  const errorId = useId();
  const { t } = useTranslation(['app', 'common']);
  const busy = test.isPending || create.isPending;

  const edit = <K extends keyof ConnectDraft>(key: K, value: ConnectDraft[K]): void => {
    setDraft((current) => ({ ...current, [key]: value }));
    // A verdict about other credentials would mislead; the code field keeps its verdict.
    if (key !== 'code' && key !== 'name') setVerdict(null);
    setProblem(null);
  };
  const setAuthMode = (authMode: AuthMode): void => {
    setDraft((current) => ({ ...current, authMode, challenge: null, code: '' }));
    setVerdict(null);
    setProblem(null);
  };
  const setProvider = (provider: ProviderChoice): void => {
    setDraft((current) => ({ ...current, provider, challenge: null, code: '' }));
    setVerdict(null);
    setProblem(null);
  };
  const invalid = (field: ConnectField): boolean => problem?.field === field;

  const checked = () => {
    const result = connectionFromDraft(draft);
    if (!result.ok) {
      setProblem({ message: result.message, field: result.field });
      return null;
    }
    return result.connection;
  };

  const onTest = (): void => {
    const connection = checked();
    if (!connection) return;
    setVerdict(null);
    test.mutate(connection, {
      onSuccess: (result) => {
        setVerdict(verdictFor(result, draft.provider));
        if (result.reason === 'second_factor' && result.challenge) {
          const challenge = result.challenge;
          setDraft((current) => ({ ...current, challenge, code: '' }));
        }
      },
      onError: (error) => setProblem({ message: errorMessage(error), field: null })
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const connection = checked();
    if (!connection) return;
    create.mutate(
      { name: profileNameFromDraft(draft), connection },
      {
        onSuccess: (profile) => onConnected(profile),
        onError: (error) => setProblem({ message: errorMessage(error), field: null })
      }
    );
  };

  // Where the form can be cancelled, Escape does it too (not while a request is on its way).
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key !== 'Escape' || !onCancel || busy) return;
    event.preventDefault();
    onCancel();
  };

  const secretPlace = status.data?.secretStorage ?? 'OS keychain';
  const secretNote = /keychain/i.test(secretPlace)
    ? t('connect.secretKeychain')
    : t('connect.secretIn', { place: secretPlace });

  return (
    <form
      className="connect-form"
      data-testid="connect-form"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <TextField
        label={t('connect.name')}
        value={draft.name}
        onChange={(value) => edit('name', value)}
        help={draft.provider === 'combell' ? t('connect.nameHelpCombell') : t('connect.nameHelp')}
        disabled={busy}
      />
      <fieldset className="fieldset connect-form__modes" disabled={busy}>
        <legend>{t('connect.provider')}</legend>
        <ChoiceRadio
          name="provider"
          value="whmcs"
          checked={draft.provider === 'whmcs'}
          onChange={() => setProvider('whmcs')}
          label={WHMCS}
          help={t('connect.whmcsHelp')}
        />
        <ChoiceRadio
          name="provider"
          value="combell"
          checked={draft.provider === 'combell'}
          onChange={() => setProvider('combell')}
          label={COMBELL}
          help={t('connect.combellHelp')}
        />
      </fieldset>
      {draft.provider === 'combell' ? (
        <div className="connect-form__grid">
          <TextField
            label={t('connect.apiKey')}
            value={draft.apiKey}
            onChange={(v) => edit('apiKey', v)}
            help={t('connect.apiKeyHelp')}
            invalid={invalid('apiKey')}
            errorId={errorId}
            disabled={busy}
            autoComplete="username"
          />
          <TextField
            label={t('connect.apiSecret')}
            type="password"
            value={draft.apiSecret}
            onChange={(v) => edit('apiSecret', v)}
            invalid={invalid('apiSecret')}
            errorId={errorId}
            disabled={busy}
            autoComplete="current-password"
          />
          <TextField
            label={t('connect.apiUrl')}
            type="url"
            inputMode="url"
            placeholder={COMBELL_API_SAMPLE}
            value={draft.apiUrl}
            onChange={(v) => edit('apiUrl', v)}
            help={t('connect.apiUrlHelp')}
            invalid={invalid('apiUrl')}
            errorId={errorId}
            disabled={busy}
            autoComplete="url"
          />
        </div>
      ) : (
        <>
          <TextField
            label={t('connect.whmcsAddress')}
            type="url"
            inputMode="url"
            placeholder={WHMCS_SAMPLE}
            value={draft.baseUrl}
            onChange={(value) => edit('baseUrl', value)}
            help={t('connect.whmcsAddressHelp')}
            invalid={invalid('baseUrl')}
            errorId={errorId}
            disabled={busy}
            autoComplete="url"
          />
          <TextField
            label={t('connect.serverTimeZone')}
            placeholder={UTC}
            value={draft.serverTimeZone}
            onChange={(value) => edit('serverTimeZone', value)}
            help={t('connect.serverTimeZoneHelp')}
            invalid={invalid('serverTimeZone')}
            errorId={errorId}
            disabled={busy}
            autoComplete="off"
          />
          <fieldset className="fieldset connect-form__modes" disabled={busy}>
            <legend>{t('connect.signIn')}</legend>
            <AuthModeChoice
              mode="classic"
              current={draft.authMode}
              onChange={setAuthMode}
              label={t('connect.classic')}
              help={t('connect.classicHelp')}
            />
            <AuthModeChoice
              mode="rest"
              current={draft.authMode}
              onChange={setAuthMode}
              label={t('connect.rest')}
              help={t('connect.restHelp')}
            />
          </fieldset>
          {draft.authMode === 'classic' ? (
            <div className="connect-form__grid">
              <TextField
                label={t('connect.identifier')}
                value={draft.identifier}
                onChange={(v) => edit('identifier', v)}
                invalid={invalid('identifier')}
                errorId={errorId}
                disabled={busy}
                autoComplete="username"
              />
              <TextField
                label={t('connect.apiSecret')}
                type="password"
                value={draft.secret}
                onChange={(v) => edit('secret', v)}
                invalid={invalid('secret')}
                errorId={errorId}
                disabled={busy}
                autoComplete="current-password"
              />
              <TextField
                label={t('connect.accessKey')}
                type="password"
                value={draft.accessKey}
                onChange={(v) => edit('accessKey', v)}
                help={t('connect.accessKeyHelp')}
                invalid={invalid('accessKey')}
                errorId={errorId}
                disabled={busy}
                autoComplete="off"
              />
              <TextField
                label={t('connect.clientId')}
                inputMode="numeric"
                value={draft.clientId}
                onChange={(v) => edit('clientId', v)}
                help={t('connect.clientIdHelp')}
                invalid={invalid('clientId')}
                errorId={errorId}
                disabled={busy}
                autoComplete="off"
              />
            </div>
          ) : (
            <div className="connect-form__grid">
              <TextField
                label={t('connect.email')}
                type="email"
                inputMode="email"
                value={draft.email}
                onChange={(v) => edit('email', v)}
                invalid={invalid('email')}
                errorId={errorId}
                disabled={busy}
                autoComplete="email"
              />
              <TextField
                label={t('connect.password')}
                type="password"
                value={draft.password}
                onChange={(v) => edit('password', v)}
                invalid={invalid('password')}
                errorId={errorId}
                disabled={busy}
                autoComplete="current-password"
              />
              {draft.challenge ? (
                <TextField
                  label={t('connect.code')}
                  inputMode="numeric"
                  value={draft.code}
                  onChange={(v) => edit('code', v)}
                  help={t('connect.codeHelp')}
                  invalid={invalid('code')}
                  errorId={errorId}
                  disabled={busy}
                  autoComplete="one-time-code"
                  autoFocus
                />
              ) : null}
            </div>
          )}
        </>
      )}
      <p className="connect-form__secret-note">{secretNote}</p>
      <div
        className="connect-form__verdict"
        role="status"
        aria-live="polite"
        data-testid="connection-verdict"
      >
        {verdict ? <VerdictBox verdict={verdict} /> : null}
      </div>
      <div role="alert" id={errorId} className="connect-form__problem">
        {problem ? problem.message : null}
      </div>
      <div className="connect-form__actions">
        <button type="button" className="button" onClick={onTest} disabled={busy}>
          {test.isPending
            ? t('connect.testing')
            : draft.challenge
              ? t('connect.verifyCode')
              : t('connect.test')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {create.isPending ? t('connect.connecting') : t('connect.saveConnect')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
            {t('common:actions.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function AuthModeChoice(props: {
  readonly mode: AuthMode;
  readonly current: AuthMode;
  readonly onChange: (mode: AuthMode) => void;
  readonly label: string;
  readonly help: string;
}) {
  return (
    <ChoiceRadio
      name="auth-mode"
      value={props.mode}
      checked={props.current === props.mode}
      onChange={() => props.onChange(props.mode)}
      label={props.label}
      help={props.help}
    />
  );
}

function ChoiceRadio(props: {
  readonly name: string;
  readonly value: string;
  readonly checked: boolean;
  readonly onChange: () => void;
  readonly label: string;
  readonly help: string;
}) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        aria-describedby={`${id}-help`}
        onChange={props.onChange}
      />
      <label htmlFor={id}>{props.label}</label>
      <p id={`${id}-help`} className="field__help">
        {props.help}
      </p>
    </div>
  );
}

function VerdictBox({ verdict }: { readonly verdict: Verdict }) {
  const { t } = useTranslation('app');
  return (
    <div className={`verdict verdict--${verdict.tone}`} data-tone={verdict.tone}>
      <strong className="verdict__title">{verdict.title}</strong>
      {verdict.detail ? (
        <span className="verdict__detail">
          {t('connect.providerSaid', { detail: verdict.detail })}
        </span>
      ) : null}
    </div>
  );
}
