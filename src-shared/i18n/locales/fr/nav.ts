/** French, namespace `nav`. */
import type { Translation } from '../../catalog';
import type { nav as en } from '../en/nav';

export const nav: Translation<typeof en> = {};
