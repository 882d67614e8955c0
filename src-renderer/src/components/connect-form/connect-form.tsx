/**
 * "Connect your provider": WHMCS (address, sign-in method and credentials) or Combell (API
 * key and secret, optional API address), a "Test connection" button with a plain-words
 * verdict (and the second-factor step when a WHMCS asks), and "Save and connect". Used by
 * onboarding and by the Profiles page's "Add provider".
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProfileView, ProviderConnection } from '@shared/contract';
import { BridgeError, errorMessage } from '../../lib/call';
import { useAppStatus } from '../../lib/queries/app-status';
import {
  connectResolver,
  emptyConnectValues,
  firstConnectFieldIn,
  profileNameFrom,
  verdictFor,
  type AuthMode,
  type ConnectFormValues,
  type ProviderChoice,
  type Verdict
} from './connect-form-schema';
import { FormTextField } from '../form-controls';
import { useCreateProfile, useTestConnection } from './connect-mutations';
import './connect-form.css';

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
  const {
    control,
    handleSubmit,
    setValue,
    getValues,
    setError,
    clearErrors,
    subscribe,
    formState
  } = useForm<ConnectFormValues, unknown, ProviderConnection>({
    defaultValues: emptyConnectValues(),
    resolver: connectResolver,
    // One problem at a time, until the next edit or action.
    reValidateMode: 'onSubmit',
    shouldFocusError: false
  });
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const test = useTestConnection();
  const create = useCreateProfile();
  const status = useAppStatus();
  const errorId = useId();
  const { t } = useTranslation(['app', 'common']);
  const busy = test.isPending || create.isPending;
  const [provider, authMode, challenge] = useWatch({
    control,
    name: ['provider', 'authMode', 'challenge']
  });

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name, type }) => {
          if (type !== 'change') return;
          // A verdict about other credentials would mislead; the code field keeps its verdict.
          if (name !== 'code' && name !== 'name') setVerdict(null);
          clearErrors();
        }
      }),
    [subscribe, clearErrors]
  );

  // Another provider or sign-in method: a pending second factor and its verdict no longer apply.
  const afterChoice = (): void => {
    setValue('challenge', null);
    setValue('code', '');
    setVerdict(null);
    clearErrors();
  };
  const setAuthMode = (mode: AuthMode): void => {
    setValue('authMode', mode);
    afterChoice();
  };
  const setProvider = (choice: ProviderChoice): void => {
    setValue('provider', choice);
    afterChoice();
  };

  /** Main's refusal: its words under the form, on the input its issues point at if any. */
  const refused = (error: unknown): void => {
    const issues = error instanceof BridgeError ? (error.issues ?? []) : [];
    const field = firstConnectFieldIn(issues, getValues('provider'));
    if (field) setError(field, { type: 'main' });
    setError('root.main', { type: 'main', message: errorMessage(error) });
  };

  const onTest = (connection: ProviderConnection): void => {
    setVerdict(null);
    const tested = getValues('provider');
    test.mutate(connection, {
      onSuccess: (result) => {
        setVerdict(verdictFor(result, tested));
        if (result.reason === 'second-factor' && result.challenge) {
          setValue('challenge', result.challenge);
          setValue('code', '');
        }
      },
      onError: refused
    });
  };

  const onSave = (connection: ProviderConnection): void => {
    create.mutate(
      { name: profileNameFrom(getValues()), connection },
      { onSuccess: (profile) => onConnected(profile), onError: refused }
    );
  };

  // The form's own check words its one problem on the field; main's refusal is the root's.
  const problem =
    formState.errors.root?.main?.message ??
    Object.values(formState.errors).find((error) => typeof error?.message === 'string')?.message;

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
      onSubmit={(event) => void handleSubmit(onSave)(event)}
      onKeyDown={onKeyDown}
      noValidate
    >
      <FormTextField
        control={control}
        name="name"
        label={t('connect.name')}
        help={provider === 'combell' ? t('connect.nameHelpCombell') : t('connect.nameHelp')}
        errorId={errorId}
        disabled={busy}
      />
      <fieldset className="fieldset connect-form__modes" disabled={busy}>
        <legend>{t('connect.provider')}</legend>
        <ChoiceRadio
          name="provider"
          value="whmcs"
          checked={provider === 'whmcs'}
          onChange={() => setProvider('whmcs')}
          label={WHMCS}
          help={t('connect.whmcsHelp')}
        />
        <ChoiceRadio
          name="provider"
          value="combell"
          checked={provider === 'combell'}
          onChange={() => setProvider('combell')}
          label={COMBELL}
          help={t('connect.combellHelp')}
        />
      </fieldset>
      {provider === 'combell' ? (
        <div className="connect-form__grid">
          <FormTextField
            control={control}
            name="apiKey"
            label={t('connect.apiKey')}
            help={t('connect.apiKeyHelp')}
            errorId={errorId}
            disabled={busy}
            autoComplete="username"
          />
          <FormTextField
            control={control}
            name="apiSecret"
            label={t('connect.apiSecret')}
            type="password"
            errorId={errorId}
            disabled={busy}
            autoComplete="current-password"
          />
          <FormTextField
            control={control}
            name="apiUrl"
            label={t('connect.apiUrl')}
            type="url"
            inputMode="url"
            placeholder={COMBELL_API_SAMPLE}
            help={t('connect.apiUrlHelp')}
            errorId={errorId}
            disabled={busy}
            autoComplete="url"
          />
        </div>
      ) : (
        <>
          <FormTextField
            control={control}
            name="baseUrl"
            label={t('connect.whmcsAddress')}
            type="url"
            inputMode="url"
            placeholder={WHMCS_SAMPLE}
            help={t('connect.whmcsAddressHelp')}
            errorId={errorId}
            disabled={busy}
            autoComplete="url"
          />
          <FormTextField
            control={control}
            name="serverTimeZone"
            label={t('connect.serverTimeZone')}
            placeholder={UTC}
            help={t('connect.serverTimeZoneHelp')}
            errorId={errorId}
            disabled={busy}
            autoComplete="off"
          />
          <fieldset className="fieldset connect-form__modes" disabled={busy}>
            <legend>{t('connect.signIn')}</legend>
            <AuthModeChoice
              mode="classic"
              current={authMode}
              onChange={setAuthMode}
              label={t('connect.classic')}
              help={t('connect.classicHelp')}
            />
            <AuthModeChoice
              mode="rest"
              current={authMode}
              onChange={setAuthMode}
              label={t('connect.rest')}
              help={t('connect.restHelp')}
            />
          </fieldset>
          {authMode === 'classic' ? (
            <div className="connect-form__grid">
              <FormTextField
                control={control}
                name="identifier"
                label={t('connect.identifier')}
                errorId={errorId}
                disabled={busy}
                autoComplete="username"
              />
              <FormTextField
                control={control}
                name="secret"
                label={t('connect.apiSecret')}
                type="password"
                errorId={errorId}
                disabled={busy}
                autoComplete="current-password"
              />
              <FormTextField
                control={control}
                name="accessKey"
                label={t('connect.accessKey')}
                type="password"
                help={t('connect.accessKeyHelp')}
                errorId={errorId}
                disabled={busy}
                autoComplete="off"
              />
              <FormTextField
                control={control}
                name="clientId"
                label={t('connect.clientId')}
                inputMode="numeric"
                help={t('connect.clientIdHelp')}
                errorId={errorId}
                disabled={busy}
                autoComplete="off"
              />
            </div>
          ) : (
            <div className="connect-form__grid">
              <FormTextField
                control={control}
                name="email"
                label={t('connect.email')}
                type="email"
                inputMode="email"
                errorId={errorId}
                disabled={busy}
                autoComplete="email"
              />
              <FormTextField
                control={control}
                name="password"
                label={t('connect.password')}
                type="password"
                errorId={errorId}
                disabled={busy}
                autoComplete="current-password"
              />
              {challenge ? (
                <FormTextField
                  control={control}
                  name="code"
                  label={t('connect.code')}
                  inputMode="numeric"
                  help={t('connect.codeHelp')}
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
        {problem ?? null}
      </div>
      <div className="connect-form__actions">
        <button
          type="button"
          className="button"
          onClick={() => void handleSubmit(onTest)()}
          disabled={busy}
        >
          {test.isPending
            ? t('connect.testing')
            : challenge
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
