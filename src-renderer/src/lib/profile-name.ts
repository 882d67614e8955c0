/**
 * A profile's name as the screen shows it: the reseller's own name as typed, but the default
 * names main gives the built-in demos ("Demo provider", "Combell demo") in the app's
 * language, since the reseller did not choose them.
 */
import { useTranslation } from 'react-i18next';
import type { ProfileKind } from '@shared/contract';

/** The names core gives the demos it creates (src-main/core/profiles/profile-handlers.ts). */
const DEFAULT_DEMO_NAMES = { demo: 'Demo provider', combell: 'Combell demo' } as const;

export interface NamedProfile {
  readonly kind: ProfileKind;
  readonly name: string;
}

/** Which built-in demo's untouched default name `profile` carries, if any. */
export function defaultDemoName(profile: NamedProfile): 'demo' | 'combellDemo' | null {
  if (profile.kind === 'demo' && profile.name === DEFAULT_DEMO_NAMES.demo) return 'demo';
  if (profile.kind === 'combell' && profile.name === DEFAULT_DEMO_NAMES.combell)
    return 'combellDemo';
  return null;
}

/** `(profile) => name on screen`, re-rendering on a language switch. */
export function useProfileName(): (profile: NamedProfile) => string {
  const { t } = useTranslation('profiles');
  return (profile) => {
    const demo = defaultDemoName(profile);
    return demo ? t(`defaultNames.${demo}`) : profile.name;
  };
}
