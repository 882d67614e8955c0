/** Dutch, namespace `common`. */
import type { Translation } from '../../catalog';
import type { common as en } from '../en/common';

export const common: Translation<typeof en> = {};
