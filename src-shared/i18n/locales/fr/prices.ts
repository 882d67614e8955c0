/** French, namespace `prices`. */
import type { Translation } from '../../catalog';
import type { prices as en } from '../en/prices';

export const prices: Translation<typeof en> = {};
