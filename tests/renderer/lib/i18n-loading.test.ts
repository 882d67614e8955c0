/**
 * The renderer carries English only; French and Dutch are loaded when chosen. A switch takes
 * effect once the catalog has arrived, all at once (texts, locale and <html lang>), and a
 * catalog that arrives late never overrides a newer choice. Each test gets a fresh module, so
 * nothing is loaded yet (the shared setup preloads both languages into its own instance).
 */
import { describe, expect, it, vi } from 'vitest';

async function freshI18n() {
  vi.resetModules();
  const module = await import('@renderer/lib/i18n');
  await module.i18nReady;
  return module;
}

describe("the renderer's catalogs", () => {
  it('switches to French once its catalog has arrived, never half-way', async () => {
    const { i18n, applyLanguage, currentLocale } = await freshI18n();
    expect(i18n.hasResourceBundle('fr', 'nav')).toBe(false);

    applyLanguage('fr', ['fr-BE']);
    // Until the catalog is in, the screen stays English as a whole.
    expect(i18n.t('nav:pages.dashboard')).toBe('Dashboard');
    expect(currentLocale()).toBe('en-US');

    await vi.waitFor(() => expect(document.documentElement.lang).toBe('fr-BE'));
    expect(i18n.t('nav:pages.dashboard')).toBe('Tableau de bord');
    expect(currentLocale()).toBe('fr-BE');
  });

  it('keeps the newer choice when an earlier one finishes loading later', async () => {
    const { i18n, applyLanguage, loadLanguage } = await freshI18n();
    applyLanguage('nl', ['nl-BE']);
    applyLanguage('en', ['en-US']);
    await loadLanguage('nl');
    await Promise.resolve();

    expect(i18n.t('nav:pages.dashboard')).toBe('Dashboard');
    expect(document.documentElement.lang).toBe('en-US');
    // Dutch is now in: choosing it again applies at once.
    applyLanguage('nl', ['nl-BE']);
    expect(i18n.t('nav:pages.dashboard')).toBe('Overzicht');
  });
});
