/** French, namespace `tray`. */
import type { Translation } from '../../catalog';
import type { tray as en } from '../en/tray';

export const tray: Translation<typeof en> = {
  tooltip: 'Hostdeck — {{status}}',
  tooltipWithUnread: 'Hostdeck — {{status}}, {{unread}}',
  noOpenAlerts: 'aucune alerte ouverte',
  openAlerts_one: '{{count}} alerte ouverte',
  openAlerts_many: '{{count}} d’alertes ouvertes',
  openAlerts_other: '{{count}} alertes ouvertes',
  unreadTickets_one: '{{count}} ticket non lu',
  unreadTickets_many: '{{count}} de tickets non lus',
  unreadTickets_other: '{{count}} tickets non lus',
  menu: {
    open: 'Ouvrir Hostdeck',
    openWithAlerts_one: 'Ouvrir Hostdeck ({{count}} alerte)',
    openWithAlerts_many: 'Ouvrir Hostdeck ({{count}} d’alertes)',
    openWithAlerts_other: 'Ouvrir Hostdeck ({{count}} alertes)',
    syncNow: 'Synchroniser maintenant',
    expiringSoon: 'Échéances proches',
    expiresToday: '{{domain}} — expire aujourd’hui',
    expiresIn_one: '{{domain}} — dans {{count}} jour',
    expiresIn_many: '{{domain}} — dans {{count}} de jours',
    expiresIn_other: '{{domain}} — dans {{count}} jours',
    pauseNotifications: 'Suspendre les notifications',
    quit: 'Quitter'
  }
};
