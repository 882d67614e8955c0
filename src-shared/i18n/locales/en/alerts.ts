/** English, namespace `alerts`: the source catalog; French and Dutch follow its keys. */
export const alerts = {
  /** The pager of one group: "Pages of alerts (Warning)"; `group` is the group's title. */
  pagerNoun: 'alerts ({{group}})'
} as const;
