/**
 * A service's status as a chip: the word and a coloured dot, never the colour alone.
 */
import type { ServiceView } from '@shared/contract';
import { useTranslation } from 'react-i18next';
import { serviceStatusInfo } from './services-lib';

export function ServiceStatusChip({ status }: { readonly status: ServiceView['status'] }) {
  useTranslation('services'); // re-renders on a language change
  const { label, tone } = serviceStatusInfo(status);
  return (
    <span className={`status-chip service-chip--${tone}`} data-tone={tone}>
      {label}
    </span>
  );
}
