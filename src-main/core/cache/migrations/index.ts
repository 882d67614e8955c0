import { migration001 } from './001-initial';
import { migration002 } from './002-entities';
import { migration003 } from './003-alerts';
import { migration004 } from './004-outbox';
import { migration005 } from './005-ticket-search';
import { migration006 } from './006-billing';
import { migration007 } from './007-alert-results';
import { migration008 } from './008-provider-times-utc';
import { migration009 } from './009-domain-list';
import { migration010 } from './010-ticket-search-plans';
import { migration011 } from './011-usage-months';
import { migration012 } from './012-recorded-usage';
import { migration013 } from './013-list-page-hashes';
import { migration014 } from './014-ticket-search-deferred';
import { migration015 } from './015-ticket-thread-writer';
import { migration016 } from './016-invoice-detail-balance';
import { migration017 } from './017-ticket-thread-stale';
import { migration018 } from './018-invoice-detail-stale';
import { migration019 } from './019-money-in-currency-digits';
import { migration020 } from './020-list-page-checked-at';
import type { Migration } from './types';

/** Every migration, in order. Versions are consecutive from 1. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
  migration017,
  migration018,
  migration019,
  migration020
];

/** The schema version this build of Hostdeck writes. */
export const LATEST_VERSION = MIGRATIONS.length;

export type { Migration } from './types';
