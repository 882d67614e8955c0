/**
 * Renderer test setup: unmount after each test (vitest runs without globals, so Testing
 * Library cannot register this itself) and reset the globals the app reads.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { applyLanguage } from '../../src-renderer/src/lib/i18n';

afterEach(() => {
  cleanup();
  delete window.hostdeck;
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  delete document.documentElement.dataset.theme;
  document.body.innerHTML = '';
  // A test that switched language leaves the next one in English (jsdom's navigator says en-US).
  applyLanguage('system', ['en-US']);
});
