/** English, namespace `tray`: the source catalog; French and Dutch follow its keys. */
export const tray = {
  tooltip: 'Hostdeck — {{status}}',
  tooltipWithUnread: 'Hostdeck — {{status}}, {{unread}}',
  noOpenAlerts: 'no open alerts',
  openAlerts_one: '{{count}} open alert',
  openAlerts_other: '{{count}} open alerts',
  unreadTickets_one: '{{count}} unread ticket',
  unreadTickets_other: '{{count}} unread tickets',
  menu: {
    open: 'Open Hostdeck',
    openWithAlerts_one: 'Open Hostdeck ({{count}} alert)',
    openWithAlerts_other: 'Open Hostdeck ({{count}} alerts)',
    syncNow: 'Sync now',
    expiringSoon: 'Expiring soon',
    expiresToday: '{{domain}} — expires today',
    expiresIn_one: '{{domain}} — in {{count}} day',
    expiresIn_other: '{{domain}} — in {{count}} days',
    pauseNotifications: 'Pause notifications',
    quit: 'Quit'
  }
} as const;
