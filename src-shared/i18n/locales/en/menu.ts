/**
 * English, namespace `menu`: the Electron window's application menu (src-main/electron/
 * app-menu.ts). French and Dutch follow its keys.
 */
export const menu = {
  app: {
    about: 'About Hostdeck',
    hide: 'Hide Hostdeck',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quit: 'Quit Hostdeck'
  },
  file: {
    label: 'File',
    settings: 'Settings…',
    closeWindow: 'Close Window',
    quit: 'Quit'
  },
  edit: {
    label: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All'
  },
  view: {
    label: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen'
  },
  window: {
    label: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front'
  }
} as const;
