/**
 * The reply composer under a thread: markdown text (what WHMCS renders) with a preview,
 * attachments by picker or drag-and-drop with their limits shown up front, and Send
 * (also Ctrl+Enter). An empty or over-long message is refused here with a clear sentence;
 * a sent reply leaves the composer at once and shows in the thread as "sending".
 */
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { AttachmentField, useAttachments, useFileDrop } from './attachment-field';
import { SafeMarkdown } from './message-body';
import { messageProblem } from './message-rules';
import type { ReplyDraft } from './ticket-actions';

export { messageProblem };

/** The composer; `onSend` gets the draft, the composer empties itself at once. */
export function TicketComposer({
  onSend,
  closed
}: {
  readonly onSend: (draft: ReplyDraft) => void;
  /** The ticket is closed: replying reopens it, which the composer says. */
  readonly closed: boolean;
}) {
  const id = useId();
  const [message, setMessage] = useState('');
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [problem, setProblem] = useState<string | null>(null);
  const attachments = useAttachments();
  const drop = useFileDrop((files) => void attachments.add(files));
  const { t } = useTranslation('tickets');

  const submit = (event?: FormEvent): void => {
    event?.preventDefault();
    const why = messageProblem(message);
    if (why) {
      setProblem(why);
      // The text field is hidden in preview: show it first, then it can take focus.
      flushSync(() => setMode('write'));
      document.getElementById(`${id}-message`)?.focus();
      return;
    }
    if (attachments.reading) return;
    onSend({ message, attachments: attachments.files });
    setMessage('');
    setProblem(null);
    attachments.clear();
    setMode('write');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  // Write / Preview is a radio group: one tab stop, arrow keys switch (as a native one does).
  const modes = useRef<HTMLDivElement>(null);
  const onModeKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) return;
    event.preventDefault();
    const next = mode === 'write' ? 'preview' : 'write';
    flushSync(() => setMode(next));
    modes.current?.querySelector<HTMLElement>(`[data-mode="${next}"]`)?.focus();
  };

  return (
    <form
      className={`card composer${drop.dragging ? ' composer--dragging' : ''}`}
      aria-labelledby={`${id}-title`}
      data-testid="composer"
      noValidate
      onSubmit={submit}
      {...drop.handlers}
    >
      <div className="composer__head">
        <h3 id={`${id}-title`} className="composer__title">
          {t('composer.title')}
        </h3>
        <div
          ref={modes}
          className="segmented composer__mode"
          role="radiogroup"
          aria-label={t('composer.view')}
          onKeyDown={onModeKeyDown}
        >
          {(['write', 'preview'] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={mode === value}
              tabIndex={mode === value ? 0 : -1}
              data-mode={value}
              className="segmented__option"
              onClick={() => setMode(value)}
            >
              {value === 'write' ? t('composer.write') : t('composer.preview')}
            </button>
          ))}
        </div>
      </div>
      {closed ? (
        <p className="composer__reopen muted" data-testid="reopen-note">
          {t('composer.reopen')}
        </p>
      ) : null}
      <label htmlFor={`${id}-message`} className="visually-hidden">
        {t('composer.label')}
      </label>
      <textarea
        id={`${id}-message`}
        className="input composer__text"
        rows={6}
        value={message}
        hidden={mode === 'preview'}
        placeholder={t('composer.placeholder')}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-help${problem ? ` ${id}-problem` : ''}`}
        onChange={(event) => {
          setMessage(event.target.value);
          if (problem) setProblem(null);
        }}
        onKeyDown={onKeyDown}
      />
      {mode === 'preview' ? (
        <div className="composer__preview ticket-markdown" data-testid="composer-preview">
          {message.trim() === '' ? (
            <p className="muted">{t('composer.nothing')}</p>
          ) : (
            // Links in a preview are not opened; the reader only checks the formatting.
            <SafeMarkdown text={message} onOpenLink={() => undefined} />
          )}
        </div>
      ) : null}
      <p id={`${id}-help`} className="field__help">
        {t('composer.help')}
      </p>
      {problem ? (
        <p id={`${id}-problem`} className="composer__problem" role="alert">
          {problem}
        </p>
      ) : null}
      <AttachmentField attachments={attachments} />
      <div className="composer__actions">
        <button type="submit" className="button button--primary" disabled={attachments.reading}>
          {t('composer.send')}
        </button>
      </div>
    </form>
  );
}
