/** French, namespace `services`. */
import type { Translation } from '../../catalog';
import type { services as en } from '../en/services';

export const services: Translation<typeof en> = {};
