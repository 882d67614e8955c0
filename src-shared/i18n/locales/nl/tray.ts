/** Dutch, namespace `tray`. */
import type { Translation } from '../../catalog';
import type { tray as en } from '../en/tray';

export const tray: Translation<typeof en> = {
  tooltip: 'Hostdeck — {{status}}',
  tooltipWithUnread: 'Hostdeck — {{status}}, {{unread}}',
  noOpenAlerts: 'geen open meldingen',
  openAlerts_one: '{{count}} open melding',
  openAlerts_other: '{{count}} open meldingen',
  unreadTickets_one: '{{count}} ongelezen ticket',
  unreadTickets_other: '{{count}} ongelezen tickets',
  menu: {
    open: 'Hostdeck openen',
    openWithAlerts_one: 'Hostdeck openen ({{count}} melding)',
    openWithAlerts_other: 'Hostdeck openen ({{count}} meldingen)',
    syncNow: 'Nu synchroniseren',
    expiringSoon: 'Verloopt binnenkort',
    expiresToday: '{{domain}} — verloopt vandaag',
    expiresIn_one: '{{domain}} — over {{count}} dag',
    expiresIn_other: '{{domain}} — over {{count}} dagen',
    pauseNotifications: 'Meldingen pauzeren',
    quit: 'Afsluiten'
  }
};
