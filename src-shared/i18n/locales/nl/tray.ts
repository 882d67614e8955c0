/** Dutch, namespace `tray`. */
import type { Translation } from '../../catalog';
import type { tray as en } from '../en/tray';

export const tray: Translation<typeof en> = {};
