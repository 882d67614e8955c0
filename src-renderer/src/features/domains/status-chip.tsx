/**
 * A domain's status as a chip: the word and a coloured dot, never the colour alone.
 */
import { useTranslation } from 'react-i18next';
import { statusInfo } from './domain-format';

/** The status chip (`data-tone` carries the colour family for styling and tests). */
export function StatusChip({ status }: { readonly status: string }) {
  // Re-renders on a language change; statusInfo reads the app's language.
  useTranslation('domains');
  const { label, tone } = statusInfo(status);
  return (
    <span className={`status-chip status-chip--${tone}`} data-tone={tone}>
      {label}
    </span>
  );
}
