/**
 * A one-of-several filter drawn as a strip of buttons (a radio group): "All · Unpaid ·
 * Overdue · Paid". Arrow keys move between the choices, as in a native radio group.
 */
import { useRef, type KeyboardEvent } from 'react';
import './list-controls.css';

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
  /** A count shown after the label, e.g. how many services have that status. */
  readonly count?: number | undefined;
}

/** The strip; `label` names the group for screen readers. */
export function ChoiceStrip<V extends string>({
  label,
  choices,
  value,
  onChange
}: {
  readonly label: string;
  readonly choices: readonly Choice<V>[];
  readonly value: V;
  readonly onChange: (value: V) => void;
}) {
  const strip = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = choices.findIndex((choice) => choice.value === value);
    const next = choices[(index + step + choices.length) % choices.length];
    if (!next) return;
    onChange(next.value);
    strip.current?.querySelector<HTMLElement>(`[data-value="${next.value}"]`)?.focus();
  };
  return (
    <div
      ref={strip}
      className="choice-strip"
      role="radiogroup"
      aria-label={label}
      onKeyDown={onKeyDown}
    >
      {choices.map((choice) => {
        const checked = choice.value === value;
        return (
          <button
            key={choice.value}
            type="button"
            role="radio"
            aria-checked={checked}
            // One tab stop for the group: the checked choice.
            tabIndex={checked ? 0 : -1}
            data-value={choice.value}
            className="choice-strip__option"
            onClick={() => onChange(choice.value)}
          >
            {choice.label}
            {choice.count !== undefined ? (
              <span className="choice-strip__count">{choice.count}</span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
