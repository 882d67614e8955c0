/** Dutch, namespace `settings`. */
import type { Translation } from '../../catalog';
import type { settings as en } from '../en/settings';

export const settings: Translation<typeof en> = {
  language: {
    label: 'Taal',
    system: 'Zelfde als het systeem',
    help: 'Wordt meteen toegepast. ‘Zelfde als het systeem’ volgt {{source}}.',
    sourceBrowser: 'de talen van deze browser',
    sourceSystem: 'de talen van het besturingssysteem',
    saveFailed: 'De taal kon niet worden opgeslagen: {{message}}'
  }
};
