/**
 * Renderer test setup: unmount after each test (vitest runs without globals, so Testing
 * Library cannot register this itself) and reset the globals the app reads.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { applyLanguage, loadLanguage, loadPageWords } from '@renderer/lib/i18n';

// French and Dutch are split chunks in the app; loaded up front here, a test's
// `applyLanguage('fr', …)` switches at once, as it does in the app once a catalog is in.
// So are the pages' English words (loaded with the first page): components rendered on
// their own need them too.
beforeAll(async () => {
  await Promise.all([loadLanguage('fr'), loadLanguage('nl'), loadPageWords()]);
});

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
