/** English, namespace `cli`: the source catalog; French and Dutch follow its keys. */
export const cli = {
  alerts: {
    header: {
      severity: 'SEVERITY',
      category: 'CATEGORY',
      item: 'ITEM',
      reason: 'REASON',
      daysLeft: 'DAYS LEFT',
      message: 'MESSAGE'
    },
    none: 'No open alerts.',
    creditBalance: 'Credit balance',
    invoice: 'Invoice {{number}}',
    severity: { info: 'info', warning: 'warning', critical: 'critical' },
    category: { domain: 'domain', ticket: 'ticket', invoice: 'invoice' },
    reason: {
      threshold_one: '{{count}}-day threshold',
      threshold_other: '{{count}}-day threshold',
      grace: 'grace',
      redemption: 'redemption',
      expired: 'expired',
      ticketReply: 'staff reply',
      invoiceOverdue: 'overdue',
      lowCredit: 'low credit'
    }
  }
} as const;
