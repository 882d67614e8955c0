/** Dutch, namespace `alerts`. */
import type { Translation } from '../../catalog';
import type { alerts as en } from '../en/alerts';

export const alerts: Translation<typeof en> = {
  pagerNoun: 'meldingen ({{group}})'
};
