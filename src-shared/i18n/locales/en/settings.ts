/** English, namespace `settings`: the source catalog; French and Dutch follow its keys. */
export const settings = {
  language: {
    label: 'Language',
    system: 'Same as the system',
    help: 'Applies at once. Same as the system follows {{source}}.',
    sourceBrowser: 'this browser’s languages',
    sourceSystem: 'the operating system’s languages',
    saveFailed: 'The language could not be saved: {{message}}'
  }
} as const;
