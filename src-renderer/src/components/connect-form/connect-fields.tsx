/**
 * One labelled input of the connect form, with optional help and an invalid state tied to
 * the form's error message.
 */
import { useId } from 'react';

export interface ConnectInputProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'password' | 'email' | 'url';
  readonly help?: string;
  readonly invalid?: boolean;
  readonly errorId?: string;
  readonly disabled?: boolean;
  readonly autoComplete?: string;
  readonly placeholder?: string;
  readonly inputMode?: 'numeric' | 'text' | 'url' | 'email';
  readonly autoFocus?: boolean;
}

/** A text input with its label above and help below. */
export function ConnectInput({
  label,
  value,
  onChange,
  type = 'text',
  help,
  invalid = false,
  errorId,
  disabled,
  autoComplete,
  placeholder,
  inputMode,
  autoFocus
}: ConnectInputProps) {
  const id = useId();
  const described = [help ? `${id}-help` : null, invalid && errorId ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type={type}
        value={value}
        disabled={disabled}
        autoComplete={autoComplete}
        placeholder={placeholder}
        inputMode={inputMode}
        spellCheck={false}
        // The code field appears after a test; focusing it saves a Tab hunt.
        autoFocus={autoFocus}
        aria-invalid={invalid || undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {help ? (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      ) : null}
    </div>
  );
}
