/** Dutch, namespace `errors`. */
import type { Translation } from '../../catalog';
import type { errors as en } from '../en/errors';

export const errors: Translation<typeof en> = {};
