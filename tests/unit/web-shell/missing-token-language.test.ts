/**
 * The web shell's page for a browser without its access link speaks the browser's language.
 */
import { describe, expect, it } from 'vitest';
import { acceptedLanguages, missingTokenPage } from '@main/web-shell/access';

describe('the missing-token page', () => {
  it("is written in the browser's first language Hostdeck speaks", () => {
    const dutch = missingTokenPage({ retry: false, acceptLanguage: 'de-DE,nl-BE;q=0.9,en;q=0.8' });
    expect(dutch).toContain('<html lang="nl-BE">');
    expect(dutch).toContain('<h1>Hostdeck heeft zijn toegangslink nodig</h1>');
    const french = missingTokenPage({ retry: true, acceptLanguage: 'fr-BE' });
    expect(french).toContain('<h1>Hostdeck a besoin de son lien d’accès</h1>');
    expect(french).toContain('<meta http-equiv="refresh" content="0">');
  });

  it('falls back to English, with the readiness markers', () => {
    const page = missingTokenPage({ retry: false, acceptLanguage: undefined });
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Hostdeck needs its access link');
    expect(page).toContain('data-page="missing-token" data-view-state="error"');
    expect(page).not.toContain('http-equiv="refresh"');
  });

  it('orders Accept-Language by q-value and drops the wildcard', () => {
    expect(acceptedLanguages('en;q=0.5, nl-NL, fr;q=0.8, *;q=0.1')).toEqual(['nl-NL', 'fr', 'en']);
    expect(acceptedLanguages('')).toEqual([]);
  });
});
