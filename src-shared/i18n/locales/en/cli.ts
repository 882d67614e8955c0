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
  },
  invoices: {
    header: {
      number: 'NUMBER',
      issued: 'ISSUED',
      due: 'DUE',
      status: 'STATUS',
      total: 'TOTAL',
      balance: 'BALANCE',
      pdf: 'PDF'
    },
    status: {
      draft: 'draft',
      unpaid: 'unpaid',
      payment_pending: 'payment pending',
      paid: 'paid',
      collections: 'collections',
      cancelled: 'cancelled',
      refunded: 'refunded',
      overdue: 'overdue'
    },
    detail: {
      title: 'Invoice {{number}} (id {{id}})',
      status: 'Status: {{status}}',
      issued: 'Issued: {{date}}',
      due: 'Due: {{date}}',
      paid: 'Paid: {{date}}',
      paymentMethod: 'Payment method: {{method}}',
      lines: 'Lines:',
      untaxed: '{{amount}} (untaxed)',
      linesUnavailable: 'Lines: not available ({{reason}})',
      linesNotSynced: 'Lines: not synced yet',
      subtotal: 'Subtotal: {{amount}}',
      tax: 'Tax: {{amount}}',
      credit: 'Credit: {{amount}}',
      total: 'Total: {{amount}}',
      balance: 'Balance: {{amount}}',
      transactions: 'Transactions:',
      refund: 'refund {{amount}}',
      payment: 'paid {{amount}}',
      reference: 'ref {{reference}}',
      pdfCached: 'PDF: cached ({{file}}, {{size}})',
      pdfNotCached: 'PDF: not cached'
    },
    pdfCached: 'cached',
    none: 'No invoices cached yet.',
    noMatch: 'No invoices match these filters.',
    sum: '{{total}} (due {{due}})',
    summary_one: '{{count}} invoice, total {{sums}}.',
    summary_other: '{{count}} invoices, total {{sums}}.'
  },
  services: {
    header: {
      domain: 'DOMAIN',
      pack: 'PACK',
      status: 'STATUS',
      cycle: 'CYCLE',
      amount: 'AMOUNT',
      nextDue: 'NEXT DUE',
      disk: 'DISK (MB)',
      bandwidth: 'BANDWIDTH (MB)'
    },
    status: {
      pending: 'pending',
      active: 'active',
      suspended: 'suspended',
      terminated: 'terminated',
      cancelled: 'cancelled',
      fraud: 'fraud',
      completed: 'completed',
      unknown: 'unknown'
    },
    none: 'No services cached yet.',
    noMatch: 'No services match these filters.',
    summary_one: '{{shown}} of {{count}} service.',
    summary_other: '{{shown}} of {{count}} services.'
  },
  tickets: {
    header: {
      number: 'NUMBER',
      status: 'STATUS',
      lastReply: 'LAST REPLY',
      new: 'NEW',
      technician: 'TECHNICIAN',
      subject: 'SUBJECT'
    },
    none: 'No tickets cached yet.',
    noMatch: 'No tickets match these filters.',
    summary: '{{shown}} of {{total}} shown; {{unread}} unread.',
    thread: {
      status: 'Status: {{status}}',
      awaitingYou: '{{status}} (awaiting you)',
      priority: 'Priority: {{priority}}',
      department: 'Department: {{name}}',
      technician: 'Technician: {{name}}',
      opened: 'Opened: {{time}}',
      lastReply: 'Last reply: {{time}}',
      clientArea: 'Client area: {{url}}',
      attachments: '[attachments: {{files}}]',
      author: { staff: 'staff', customer: 'customer' },
      notSent: 'not sent yet ({{state}}): {{kind}}',
      state: { queued: 'queued', sending: 'sending', sent: 'sent', failed: 'failed' },
      kind: { reply: 'reply', open: 'new ticket', close: 'close request' }
    }
  },
  outbox: {
    header: {
      id: 'ID',
      kind: 'KIND',
      ticket: 'TICKET',
      state: 'STATE',
      tries: 'TRIES',
      stored: 'STORED',
      lastError: 'LAST ERROR'
    },
    empty: 'The outbox is empty.'
  },
  payu: {
    title: 'PAYU {{month}} ({{timeZone}}), {{hours}} hours, {{start}} .. {{end}}',
    asOf: 'As of {{asOf}}: {{state}}',
    final: 'final',
    notFinal: 'not final yet',
    totals: 'Total {{total}}  Estimate {{estimate}}  Pending hours {{pending}}  (minor units)',
    billed: 'Billed accounts {{accounts}}  Billed add-ons {{addons}}  Packs {{packs}}',
    header: {
      resource: 'Resource',
      kind: 'Kind',
      parent: 'Parent',
      pack: 'Pack',
      price: 'Price',
      activeHours: 'Active h',
      billedHours: 'Billed h',
      days: 'Days',
      amount: 'Amount',
      status: 'Status',
      firstHour: 'First hour',
      lastHour: 'Last hour'
    },
    kind: { account: 'account', addon: 'add-on' },
    status: { charged: 'charged', pending: 'pending', free: 'free' },
    daily: { date: 'Date', hours: 'Hours', amount: 'Amount' },
    noUsage: 'No usage in this month.',
    warnings: 'Warnings ({{count}}):'
  },
  sync: {
    start: 'Syncing "{{profile}}" into {{path}}',
    ok: 'ok',
    failed: 'FAILED',
    changed_one: '{{count}} changed',
    changed_other: '{{count}} changed',
    recorded: 'recorded hourly image {{last}} (recording since {{first}})',
    cancelled: 'cancelled; the next sync resumes where this one stopped',
    refused: 'the provider refused the credentials',
    partial: 'some data could not be synced; cached data was kept'
  }
} as const;
