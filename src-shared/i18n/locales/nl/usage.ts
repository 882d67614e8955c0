/** Dutch, namespace `usage`. */
import type { Translation } from '../../catalog';
import type { usage as en } from '../en/usage';

export const usage: Translation<typeof en> = {};
