/**
 * A domain's status as a chip: the word and a coloured dot, never the colour alone.
 */
import { statusInfo } from './domain-format';

/**
 * The status chip (`data-tone` carries the colour family for styling and tests). It holds no
 * i18n subscription of its own: a table mounts and unmounts one per row while scrolling, and
 * both places that show it re-render it on a language change (the table's columns are rebuilt
 * with each new `t`, the domain's page reads useTranslation); statusInfo reads the language.
 */
export function StatusChip({ status }: { readonly status: string }) {
  const { label, tone } = statusInfo(status);
  return (
    <span className={`status-chip status-chip--${tone}`} data-tone={tone}>
      {label}
    </span>
  );
}
