/** French, namespace `tickets`. */
import type { Translation } from '../../catalog';
import type { tickets as en } from '../en/tickets';

export const tickets: Translation<typeof en> = {};
