/** English, namespace `common`: words every screen shares. French and Dutch follow its keys. */
export const common = {
  actions: {
    retry: 'Retry',
    tryAgain: 'Try again',
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    saving: 'Saving…'
  },
  loading: 'Loading…',
  /** `what` is a noun phrase of the screen, e.g. "invoices". */
  loadingWhat: 'Loading {{what}}…',
  loadFailed: '{{what}} could not be loaded: {{reason}}',
  pager: {
    previous: '← Previous',
    next: 'Next →',
    pageOf: 'Page {{page}} of {{pages}}',
    pagesOf: 'Pages of {{noun}}'
  },
  dateRange: { to: 'to' },
  table: {
    keys: 'Up and Down move between rows; Enter or Space opens one.',
    /** A table whose rows open nothing (Usage). */
    keysStatic: 'Up and Down move between rows.'
  },
  chartTable: { show: 'Show as a table', drawing: 'Drawing the chart…' },
  detail: {
    loading: 'Loading the {{what}}…',
    notCached:
      '{{noun}} {{id}} is not in the cache: it may not be synced yet, or it was removed at the provider.',
    loadFailed: 'This {{noun}} could not be loaded: {{reason}}'
  },
  none: '—'
} as const;
