/**
 * Labelled inputs shared by the forms (settings, provider connection): each control has a
 * visible label, optional help text and an invalid state wired to the form's error message.
 */
import { useId, type ChangeEvent } from 'react';

/** Joins ids for aria-describedby, dropping the absent ones. */
function describedBy(...ids: readonly (string | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}

export interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly help?: string;
  readonly disabled?: boolean;
}

/** A checkbox with its label to the right and help text below. */
export function CheckboxField({ label, checked, onChange, help, disabled }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {help ? (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      ) : null}
    </div>
  );
}

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'number' | 'time' | 'password' | 'email' | 'url';
  readonly help?: string;
  readonly invalid?: boolean;
  /** The id of the element that explains the error, when `invalid`. */
  readonly errorId?: string;
  readonly disabled?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly inputMode?: 'numeric' | 'decimal' | 'text' | 'url' | 'email';
  readonly autoComplete?: string;
  readonly placeholder?: string;
  readonly autoFocus?: boolean;
}

/** A text-like input with a label above and help text below. */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  help,
  invalid = false,
  errorId,
  disabled,
  min,
  max,
  inputMode,
  autoComplete = 'off',
  placeholder,
  autoFocus
}: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type={type}
        value={value}
        disabled={disabled}
        min={min}
        max={max}
        inputMode={inputMode}
        autoComplete={autoComplete}
        placeholder={placeholder}
        spellCheck={false}
        // A field that appears after an action (a second-factor code) is where typing goes next.
        autoFocus={autoFocus}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(
          help ? `${id}-help` : undefined,
          invalid ? errorId : undefined
        )}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
      {help ? (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      ) : null}
    </div>
  );
}

export interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly help?: string;
  readonly invalid?: boolean;
  /** The id of the element that explains the error, when `invalid`. */
  readonly errorId?: string;
  readonly disabled?: boolean;
  /** Focus this control when it appears (the first field of a form that just opened). */
  readonly autoFocus?: boolean;
}

/** A native select with a label above and help text below. */
export function SelectField({
  label,
  value,
  onChange,
  options,
  help,
  invalid = false,
  errorId,
  disabled,
  autoFocus
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        value={value}
        disabled={disabled}
        autoFocus={autoFocus}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(
          help ? `${id}-help` : undefined,
          invalid ? errorId : undefined
        )}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {help ? (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      ) : null}
    </div>
  );
}
