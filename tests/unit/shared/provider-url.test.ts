import { describe, expect, it } from 'vitest';
import { cleartextUrlProblem, isLoopbackHost, whmcsConnectionSchema } from '@shared/contract';

const classic = (baseUrl: string) => ({
  authMode: 'classic',
  baseUrl,
  identifier: 'id',
  secret: 's',
  clientId: '1'
});

describe('provider addresses', () => {
  it('accepts https anywhere and http only on this computer', () => {
    for (const url of [
      'https://billing.example.com/',
      'https://10.0.0.5/whmcs/',
      'http://127.0.0.1:41234',
      'http://127.8.9.10/',
      'http://localhost:8080/whmcs/',
      'http://LOCALHOST/',
      'http://[::1]:9000/'
    ])
      expect(cleartextUrlProblem(url), url).toBeNull();
  });

  it('refuses http:// to any other host, naming the clear-text risk', () => {
    for (const url of [
      'http://billing.example.com/',
      'http://192.168.1.10/',
      'http://128.0.0.1/',
      'http://localhost.example.com/',
      'http://127.0.0.1.example.com/',
      'http://[::2]/'
    ])
      expect(cleartextUrlProblem(url), url).toMatch(/credentials would travel in clear text/);
  });

  it('knows the loopback names as the URL parser spells them', () => {
    expect(isLoopbackHost(new URL('http://127.1/').hostname)).toBe(true);
    expect(isLoopbackHost(new URL('http://[0:0:0:0:0:0:0:1]/').hostname)).toBe(true);
    expect(isLoopbackHost('example.com')).toBe(false);
  });

  it('makes the contract refuse an http:// connection on its baseUrl field', () => {
    const parsed = whmcsConnectionSchema.safeParse(classic('http://billing.example.com'));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['baseUrl']);
    expect(parsed.error?.issues[0]?.message).toMatch(/clear text/);
    expect(whmcsConnectionSchema.safeParse(classic('http://127.0.0.1:8080')).success).toBe(true);
  });
});
