/** Dutch, namespace `onboarding`. */
import type { Translation } from '../../catalog';
import type { onboarding as en } from '../en/onboarding';

export const onboarding: Translation<typeof en> = {};
