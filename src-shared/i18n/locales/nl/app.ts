/** Dutch, namespace `app`. */
import type { Translation } from '../../catalog';
import type { app as en } from '../en/app';

export const app: Translation<typeof en> = {};
