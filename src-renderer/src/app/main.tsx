/**
 * Renderer entry point (loaded by index.html).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { ROOT_ELEMENT_ID } from './readiness';
import { i18nReady } from '../lib/i18n';
import './styles/theme.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/content.css';

const container = document.getElementById(ROOT_ELEMENT_ID);
if (!container) throw new Error(`index.html has no #${ROOT_ELEMENT_ID} element`);
container.setAttribute('data-view-state', 'loading');
// Mount once the browser's language is loaded (a local chunk, a few ms): no English flash.
void i18nReady.then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>
  );
});
