import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, appOrigins, isAllowedOrigin, originOf } from '@main/electron/origin';

describe('originOf', () => {
  it('rebuilds scheme and host for the app scheme, whose WHATWG origin is "null"', () => {
    expect(new URL('app://hostdeck/index.html').origin).toBe('null');
    expect(originOf('app://hostdeck/index.html')).toBe('app://hostdeck');
  });

  it('keeps the port and returns null for unparsable or hostless URLs', () => {
    expect(originOf('http://localhost:5173/#/x')).toBe('http://localhost:5173');
    expect(originOf('nonsense')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
  });
});

describe('isAllowedOrigin', () => {
  it('compares whole origins, never prefixes', () => {
    expect(isAllowedOrigin('app://hostdeck/x', [APP_ORIGIN])).toBe(true);
    expect(isAllowedOrigin('app://hostdeck.attacker.example/x', [APP_ORIGIN])).toBe(false);
    expect(isAllowedOrigin('app://hostdeck@attacker.example/x', [APP_ORIGIN])).toBe(false);
  });
});

describe('appOrigins', () => {
  it('adds the dev server origin only when one is given', () => {
    expect(appOrigins()).toEqual([APP_ORIGIN]);
    expect(appOrigins('http://localhost:5173/')).toEqual([APP_ORIGIN, 'http://localhost:5173']);
  });
});
