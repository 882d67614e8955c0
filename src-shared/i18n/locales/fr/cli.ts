/** French, namespace `cli`. */
import type { Translation } from '../../catalog';
import type { cli as en } from '../en/cli';

export const cli: Translation<typeof en> = {};
