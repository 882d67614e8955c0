/**
 * Attachments of a reply or a new ticket: an "Attach files" button over a hidden file input,
 * drag-and-drop onto the whole form (see `useFileDrop`), the limits shown before anything is
 * sent, the files listed by name and size with a Remove button each, and a clear sentence
 * for every file refused.
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/i18n';
import {
  checkAttachments,
  formatBytes,
  limitsText,
  readAttachments,
  type PendingAttachment
} from './attachments-lib';
import { TICKET_ATTACHMENT_LIMITS } from '@shared/contract/ticket-limits';

/** The attachments of one form: the files, the refusals, and how to add and remove. */
export interface Attachments {
  readonly files: readonly PendingAttachment[];
  readonly refused: readonly string[];
  readonly reading: boolean;
  add(files: readonly File[]): Promise<void>;
  remove(name: string): void;
  clear(): void;
}

/** State of a form's attachments. Files are checked before they are read. */
export function useAttachments(): Attachments {
  const [files, setFiles] = useState<readonly PendingAttachment[]>([]);
  const [refused, setRefused] = useState<readonly string[]>([]);
  const [reading, setReading] = useState(false);
  // Two quick drops must be checked against each other, not against a stale render.
  const current = useRef<readonly PendingAttachment[]>([]);

  const commit = (next: readonly PendingAttachment[]): void => {
    current.current = next;
    setFiles(next);
  };

  return {
    files,
    refused,
    reading,
    add: async (incoming) => {
      const check = checkAttachments(current.current, incoming);
      setRefused(check.refused);
      if (check.accepted.length === 0) return;
      setReading(true);
      // Reserve the names at once so a second drop meanwhile counts them.
      const placeholders = check.accepted.map((file) => ({
        name: file.name,
        type: file.type,
        dataBase64: '',
        size: file.size
      }));
      current.current = [...current.current, ...placeholders];
      try {
        const { read, refused: unreadable } = await readAttachments(check.accepted);
        const names = new Set(placeholders.map((file) => file.name));
        commit([...current.current.filter((file) => !names.has(file.name)), ...read]);
        if (unreadable.length > 0) setRefused([...check.refused, ...unreadable]);
      } finally {
        setReading(false);
      }
    },
    remove: (name) => {
      commit(current.current.filter((file) => file.name !== name));
      setRefused([]);
    },
    clear: () => {
      commit([]);
      setRefused([]);
    }
  };
}

/**
 * Drag-and-drop of files onto an element: spread the handlers on it; `dragging` is true
 * while files are held over it (for the highlight).
 */
export function useFileDrop(onFiles: (files: File[]) => void, disabled = false) {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const hasFiles = (event: DragEvent): boolean =>
    !disabled && Array.from(event.dataTransfer?.types ?? []).includes('Files');
  return {
    dragging,
    handlers: {
      onDragEnter: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        depth.current++;
        setDragging(true);
      },
      onDragOver: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDrop: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setDragging(false);
        onFiles(Array.from(event.dataTransfer.files));
      }
    }
  };
}

/** The button, limits, file list and refusals. */
export function AttachmentField({
  attachments,
  disabled = false
}: {
  readonly attachments: Attachments;
  readonly disabled?: boolean;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const full = attachments.files.length >= TICKET_ATTACHMENT_LIMITS.maxFiles;
  const { t } = useTranslation('tickets');
  const locale = useLocale();
  return (
    <div className="attachments" data-testid="attachments">
      <div className="attachments__bar">
        <button
          type="button"
          className="button"
          disabled={disabled || full}
          aria-describedby={`${id}-limits`}
          onClick={() => input.current?.click()}
        >
          {t('attachments.attach')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          tabIndex={-1}
          aria-label={t('attachments.attach')}
          data-testid="attachment-input"
          accept={TICKET_ATTACHMENT_LIMITS.extensions.join(',')}
          onChange={(event) => {
            const picked = Array.from(event.target.files ?? []);
            // The same file can be picked again after being removed.
            event.target.value = '';
            void attachments.add(picked);
          }}
        />
        <span id={`${id}-limits`} className="field__help" data-testid="attachment-limits">
          {t('attachments.limits', { limits: limitsText(locale) })}
        </span>
      </div>
      {attachments.files.length > 0 ? (
        <ul className="attachments__list" aria-label={t('attachments.files')}>
          {attachments.files.map((file) => (
            <li key={file.name} className="attachments__file" data-testid="attachment">
              <span className="attachments__name">{file.name}</span>
              <span className="muted">{formatBytes(file.size, locale)}</span>
              <button
                type="button"
                className="button attachments__remove"
                aria-label={t('attachments.removeFile', { name: file.name })}
                disabled={disabled}
                onClick={() => attachments.remove(file.name)}
              >
                {t('attachments.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {attachments.reading ? (
        <p className="muted" role="status">
          {t('attachments.reading')}
        </p>
      ) : null}
      {attachments.refused.length > 0 ? (
        <ul className="attachments__refused" role="alert" data-testid="attachment-refused">
          {attachments.refused.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
