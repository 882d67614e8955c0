/**
 * Preload (sandboxed, CommonJS): exposes the allow-listed bridge as `window.hostdeck`.
 * Nothing else is exposed: no ipcRenderer, no Node, no secrets.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadBridge } from './bridge';

contextBridge.exposeInMainWorld('hostdeck', createPreloadBridge(ipcRenderer));
