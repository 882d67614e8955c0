/**
 * "Connect your provider": WHMCS (address, sign-in method and credentials) or Combell (API
 * key and secret, optional API address), a "Test connection" button with a plain-words
 * verdict (and the second-factor step when a WHMCS asks), and "Save and connect". Used by
 * onboarding and by the Profiles page's "Add provider".
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ProfileView } from '../../../../src-shared/contract';
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
    ? "Stored in your OS keychain, never in Hostdeck's files."
    : `Stored in ${secretPlace}, never in Hostdeck's files.`;

  return (
    <form
      className="connect-form"
      data-testid="connect-form"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <TextField
        label="Profile name"
        value={draft.name}
        onChange={(value) => edit('name', value)}
        help={
          draft.provider === 'combell'
            ? 'How this provider appears in Hostdeck. Leave empty for “Combell”.'
            : "How this provider appears in Hostdeck. Leave empty to use the address's host name."
        }
        disabled={busy}
      />
      <fieldset className="fieldset connect-form__modes" disabled={busy}>
        <legend>Provider</legend>
        <ChoiceRadio
          name="provider"
          value="whmcs"
          checked={draft.provider === 'whmcs'}
          onChange={() => setProvider('whmcs')}
          label="WHMCS"
          help="A hosting provider's WHMCS client area."
        />
        <ChoiceRadio
          name="provider"
          value="combell"
          checked={draft.provider === 'combell'}
          onChange={() => setProvider('combell')}
          label="Combell"
          help="A Combell reseller account, through Combell's API."
        />
      </fieldset>
      {draft.provider === 'combell' ? (
        <div className="connect-form__grid">
          <TextField
            label="API key"
            value={draft.apiKey}
            onChange={(v) => edit('apiKey', v)}
            help="On the API page of the Combell panel."
            invalid={invalid('apiKey')}
            errorId={errorId}
            disabled={busy}
            autoComplete="username"
          />
          <TextField
            label="API secret"
            type="password"
            value={draft.apiSecret}
            onChange={(v) => edit('apiSecret', v)}
            invalid={invalid('apiSecret')}
            errorId={errorId}
            disabled={busy}
            autoComplete="current-password"
          />
          <TextField
            label="API address (optional)"
            type="url"
            inputMode="url"
            placeholder="https://api.combell.com"
            value={draft.apiUrl}
            onChange={(v) => edit('apiUrl', v)}
            help="Leave empty for Combell's public API."
            invalid={invalid('apiUrl')}
            errorId={errorId}
            disabled={busy}
            autoComplete="url"
          />
        </div>
      ) : (
        <>
          <TextField
            label="WHMCS address"
            type="url"
            inputMode="url"
            placeholder="https://billing.example.com"
            value={draft.baseUrl}
            onChange={(value) => edit('baseUrl', value)}
            help="The address of your provider's client area."
            invalid={invalid('baseUrl')}
            errorId={errorId}
            disabled={busy}
            autoComplete="url"
          />
          <TextField
            label="Provider's time zone (optional)"
            placeholder="UTC"
            value={draft.serverTimeZone}
            onChange={(value) => edit('serverTimeZone', value)}
            help="The zone your provider's WHMCS server runs in, such as Europe/Brussels: WHMCS sends its times without one. Leave empty for UTC."
            invalid={invalid('serverTimeZone')}
            errorId={errorId}
            disabled={busy}
            autoComplete="off"
          />
          <fieldset className="fieldset connect-form__modes" disabled={busy}>
            <legend>Sign-in method</legend>
            <AuthModeChoice
              mode="classic"
              current={draft.authMode}
              onChange={setAuthMode}
              label="Classic API credentials"
              help="An API identifier and secret your provider created for you."
            />
            <AuthModeChoice
              mode="rest"
              current={draft.authMode}
              onChange={setAuthMode}
              label="WHMCS 9 client login"
              help="The e-mail and password you use on the client area."
            />
          </fieldset>
          {draft.authMode === 'classic' ? (
            <div className="connect-form__grid">
              <TextField
                label="API identifier"
                value={draft.identifier}
                onChange={(v) => edit('identifier', v)}
                invalid={invalid('identifier')}
                errorId={errorId}
                disabled={busy}
                autoComplete="username"
              />
              <TextField
                label="API secret"
                type="password"
                value={draft.secret}
                onChange={(v) => edit('secret', v)}
                invalid={invalid('secret')}
                errorId={errorId}
                disabled={busy}
                autoComplete="current-password"
              />
              <TextField
                label="Access key (optional)"
                type="password"
                value={draft.accessKey}
                onChange={(v) => edit('accessKey', v)}
                help="Only if your provider gave you one."
                invalid={invalid('accessKey')}
                errorId={errorId}
                disabled={busy}
                autoComplete="off"
              />
              <TextField
                label="Client id"
                inputMode="numeric"
                value={draft.clientId}
                onChange={(v) => edit('clientId', v)}
                help="Your client number at the provider."
                invalid={invalid('clientId')}
                errorId={errorId}
                disabled={busy}
                autoComplete="off"
              />
            </div>
          ) : (
            <div className="connect-form__grid">
              <TextField
                label="E-mail"
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
                label="Password"
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
                  label="Verification code"
                  inputMode="numeric"
                  value={draft.code}
                  onChange={(v) => edit('code', v)}
                  help="The digits shown by your authenticator app."
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
          {test.isPending ? 'Testing…' : draft.challenge ? 'Verify code' : 'Test connection'}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {create.isPending ? 'Connecting…' : 'Save and connect'}
        </button>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
            Cancel
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
  return (
    <div className={`verdict verdict--${verdict.tone}`} data-tone={verdict.tone}>
      <strong className="verdict__title">{verdict.title}</strong>
      {verdict.detail ? (
        <span className="verdict__detail">The provider said: “{verdict.detail}”</span>
      ) : null}
    </div>
  );
}
