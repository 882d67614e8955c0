/**
 * Every catalog, by language then namespace: what i18next is initialised with.
 */
import type { Language } from './languages';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { nl } from './locales/nl';

export const resources = { en, fr, nl } as const satisfies Record<Language, object>;

/** The English catalog's type: the keys every language has and t() accepts. */
export type Resources = typeof en;
