/** Dutch, namespace `invoices`. */
import type { Translation } from '../../catalog';
import type { invoices as en } from '../en/invoices';

export const invoices: Translation<typeof en> = {};
