/** English, namespace `tray`: the source catalog; French and Dutch follow its keys. */
export const tray = {} as const;
