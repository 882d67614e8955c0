/** French, namespace `settings`. */
import type { Translation } from '../../catalog';
import type { settings as en } from '../en/settings';

export const settings: Translation<typeof en> = {
  language: {
    label: 'Langue',
    system: 'Identique au système',
    help: 'S’applique immédiatement. « Identique au système » suit {{source}}.',
    sourceBrowser: 'les langues de ce navigateur',
    sourceSystem: 'les langues du système d’exploitation',
    saveFailed: 'La langue n’a pas pu être enregistrée : {{message}}'
  }
};
