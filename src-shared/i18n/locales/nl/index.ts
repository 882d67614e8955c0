/** Every Dutch namespace. */
import type { Translation } from '../../catalog';
import type { en } from '../en';
import { common } from './common';
import { app } from './app';
import { nav } from './nav';
import { errors } from './errors';
import { settings } from './settings';
import { dashboard } from './dashboard';
import { usage } from './usage';
import { domains } from './domains';
import { invoices } from './invoices';
import { services } from './services';
import { tickets } from './tickets';
import { alerts } from './alerts';
import { notices } from './notices';
import { profiles } from './profiles';
import { prices } from './prices';
import { onboarding } from './onboarding';
import { cli } from './cli';
import { tray } from './tray';
import { menu } from './menu';

export const nl: Translation<typeof en> = {
  common,
  app,
  nav,
  errors,
  settings,
  dashboard,
  usage,
  domains,
  invoices,
  services,
  tickets,
  alerts,
  notices,
  profiles,
  prices,
  onboarding,
  cli,
  tray,
  menu
};
