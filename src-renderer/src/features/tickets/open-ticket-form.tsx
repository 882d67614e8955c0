/**
 * The "New ticket" form: department (from the cached support departments), subject,
 * message (markdown), priority, an optional related service or domain from the cache,
 * attachments.
 * Missing or over-long fields are refused here, each with its sentence; main checks again
 * and stores the ticket in the outbox before opening it at the provider. Focus moves to the
 * first field when the form opens; Escape or Cancel closes it.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvokeInput } from '@shared/contract';
import { TICKET_SUBJECT_MAX_CHARS } from '@shared/contract/ticket-limits';
import { SelectField, TextField } from '../../components/form-fields';
import { call, errorMessage } from '../../lib/call';
import { i18n } from '../../lib/i18n';
import { queryKey } from '../../lib/query-keys';
import { toAttachmentInput } from './attachments-lib';
import { AttachmentField, useAttachments, useFileDrop } from './attachment-field';
import { useOpenTicket } from './ticket-actions';
import { messageProblem } from './message-rules';
import { failureReason } from './outbox-lib';
import { useDepartments } from './tickets-queries';

/** How the form ended: opened at the provider, queued, refused for good, or cancelled (null). */
export type OpenTicketOutcome =
  | { readonly kind: 'sent'; readonly subject: string; readonly ticketId: string | null }
  | { readonly kind: 'queued'; readonly subject: string }
  | { readonly kind: 'failed'; readonly subject: string; readonly reason: string };

type Priority = 'low' | 'medium' | 'high';

interface Problems {
  departmentId?: string;
  subject?: string;
  message?: string;
}

interface Choice {
  readonly value: string;
  readonly label: string;
}

/** The cached services and domains a new ticket can be about, as select options. */
function useRelatedChoices(): { readonly services: Choice[]; readonly domains: Choice[] } {
  const input = { status: 'all', limit: 500 } as const;
  const services = useQuery({
    queryKey: queryKey('services:list', input),
    queryFn: () => call('services:list', input)
  });
  const domainInput = {
    within: null,
    status: 'all',
    autoRenewOffOnly: false,
    q: '',
    sort: 'name',
    dir: 'asc',
    offset: 0,
    limit: 500
  } as const;
  const domains = useQuery({
    queryKey: queryKey('domains:list', domainInput),
    queryFn: () => call('domains:list', domainInput)
  });
  return {
    services: (services.data?.services ?? []).map((service) => ({
      value: `service:${service.id}`,
      label: service.domain ? `${service.name} — ${service.domain}` : service.name
    })),
    domains: (domains.data?.domains ?? []).map((domain) => ({
      value: `domain:${domain.id}`,
      label: domain.name
    }))
  };
}

/** `related` of `tickets:open` from the select's value ("service:12", "domain:7" or ""). */
function relatedInput(value: string): Pick<InvokeInput<'tickets:open'>, 'related'> {
  const colon = value.indexOf(':');
  if (colon === -1) return {};
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  return kind === 'service' || kind === 'domain' ? { related: { kind, id } } : {};
}

/** Why the draft cannot be sent, field by field (empty when it can). */
export function openTicketProblems(draft: {
  readonly departmentId: string;
  readonly subject: string;
  readonly message: string;
}): Problems {
  const problems: Problems = {};
  if (draft.departmentId === '') problems.departmentId = i18n.t('tickets:open.needDepartment');
  if (draft.subject.trim() === '') problems.subject = i18n.t('tickets:open.needSubject');
  else if (draft.subject.length > TICKET_SUBJECT_MAX_CHARS)
    problems.subject = i18n.t('tickets:open.subjectTooLong', { max: TICKET_SUBJECT_MAX_CHARS });
  const message = messageProblem(draft.message);
  if (message) problems.message = message;
  return problems;
}

/** The form; `onClose` gets the outcome (null when cancelled). */
export function OpenTicketForm({
  onClose
}: {
  readonly onClose: (outcome: OpenTicketOutcome | null) => void;
}) {
  const id = useId();
  const departments = useDepartments();
  const related = useRelatedChoices();
  const open = useOpenTicket();
  const attachments = useAttachments();
  const drop = useFileDrop((files) => void attachments.add(files), open.isPending);
  const [departmentId, setDepartmentId] = useState('');
  const [subject, setSubject] = useState('');
  const [message, setMessage] = useState('');
  const [priority, setPriority] = useState<Priority>('medium');
  const [relatedValue, setRelatedValue] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const form = useRef<HTMLFormElement>(null);
  const { t } = useTranslation('tickets');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found = openTicketProblems({ departmentId, subject, message });
    setProblems(found);
    if (Object.keys(found).length > 0 || attachments.reading) {
      // The first field in trouble is where the reseller goes next.
      // After React has marked the fields invalid.
      window.requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      );
      return;
    }
    const input: InvokeInput<'tickets:open'> = {
      departmentId,
      subject: subject.trim(),
      message,
      priority,
      ...relatedInput(relatedValue),
      attachments: toAttachmentInput(attachments.files)
    };
    open.mutate(input, {
      onSuccess: ({ item }) => {
        const title = subject.trim();
        if (item.state === 'sent')
          onClose({ kind: 'sent', subject: title, ticketId: item.ticketId });
        else if (item.state === 'failed')
          onClose({
            kind: 'failed',
            subject: title,
            reason: failureReason(item.lastError) ?? t('outbox.refused')
          });
        else onClose({ kind: 'queued', subject: title });
      }
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Escape' && !open.isPending) {
      event.preventDefault();
      onClose(null);
    }
  };

  const departmentOptions = [
    {
      value: '',
      label: departments.isPending ? t('open.loadingDepartments') : t('open.chooseDepartment')
    },
    ...(departments.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))
  ];
  const disabled = open.isPending;

  return (
    <form
      ref={form}
      className={`card open-ticket${drop.dragging ? ' composer--dragging' : ''}`}
      aria-labelledby={`${id}-title`}
      data-testid="open-ticket-form"
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      {...drop.handlers}
    >
      <h2 id={`${id}-title`} className="open-ticket__title">
        {t('open.title')}
      </h2>
      <div className="open-ticket__grid">
        <SelectField
          label={t('open.department')}
          value={departmentId}
          onChange={setDepartmentId}
          options={departmentOptions}
          invalid={Boolean(problems.departmentId)}
          errorId={`${id}-department-problem`}
          disabled={disabled}
          autoFocus
        />
        <fieldset className="open-ticket__priority">
          <legend>{t('open.priority')}</legend>
          <div className="segmented" role="radiogroup" aria-label={t('open.priority')}>
            {(['low', 'medium', 'high'] as const).map((value) => (
              <button
                key={value}
                type="button"
                role="radio"
                aria-checked={priority === value}
                className="segmented__option"
                disabled={disabled}
                onClick={() => setPriority(value)}
              >
                {t(`priority.${value}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-related`}>{t('open.related')}</label>
          <select
            id={`${id}-related`}
            className="input"
            value={relatedValue}
            disabled={disabled}
            aria-describedby={`${id}-related-help`}
            onChange={(event) => setRelatedValue(event.target.value)}
          >
            <option value="">{t('open.none')}</option>
            {related.services.length > 0 ? (
              <optgroup label={t('open.services')}>
                {related.services.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {related.domains.length > 0 ? (
              <optgroup label={t('open.domains')}>
                {related.domains.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
          <p id={`${id}-related-help`} className="field__help">
            {t('open.relatedHelp')}
          </p>
        </div>
      </div>
      {problems.departmentId ? (
        <p id={`${id}-department-problem`} className="composer__problem" role="alert">
          {problems.departmentId}
        </p>
      ) : null}
      {departments.isError ? (
        <p className="composer__problem" role="alert">
          {t('open.departmentsFailed', { reason: errorMessage(departments.error) })}
        </p>
      ) : departments.data?.departments.length === 0 ? (
        <p className="composer__problem" role="alert">
          {t('open.noDepartments')}
        </p>
      ) : null}
      <TextField
        label={t('open.subject')}
        value={subject}
        onChange={setSubject}
        invalid={Boolean(problems.subject)}
        errorId={`${id}-subject-problem`}
        disabled={disabled}
      />
      {problems.subject ? (
        <p id={`${id}-subject-problem`} className="composer__problem" role="alert">
          {problems.subject}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-message`}>{t('open.message')}</label>
        <textarea
          id={`${id}-message`}
          className="input composer__text"
          rows={6}
          value={message}
          disabled={disabled}
          aria-invalid={problems.message ? true : undefined}
          aria-describedby={`${id}-message-help${problems.message ? ` ${id}-message-problem` : ''}`}
          onChange={(event) => setMessage(event.target.value)}
        />
        <p id={`${id}-message-help`} className="field__help">
          {t('open.help')}
        </p>
      </div>
      {problems.message ? (
        <p id={`${id}-message-problem`} className="composer__problem" role="alert">
          {problems.message}
        </p>
      ) : null}
      <AttachmentField attachments={attachments} disabled={disabled} />
      {open.isError ? (
        <p className="composer__problem" role="alert" data-testid="open-error">
          {t('open.notStored', { reason: errorMessage(open.error) })}
        </p>
      ) : null}
      <div className="composer__actions">
        <button type="button" className="button" disabled={disabled} onClick={() => onClose(null)}>
          {t('open.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={disabled || attachments.reading}
        >
          {disabled ? t('open.opening') : t('open.submit')}
        </button>
      </div>
    </form>
  );
}
