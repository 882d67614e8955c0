/** French, namespace `profiles`. */
import type { Translation } from '../../catalog';
import type { profiles as en } from '../en/profiles';

export const profiles: Translation<typeof en> = {};
