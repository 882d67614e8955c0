/** French, namespace `domains`. */
import type { Translation } from '../../catalog';
import type { domains as en } from '../en/domains';

export const domains: Translation<typeof en> = {};
