/** French, namespace `dashboard`. */
import type { Translation } from '../../catalog';
import type { dashboard as en } from '../en/dashboard';

export const dashboard: Translation<typeof en> = {};
