import { describe, expect, it } from 'vitest';
import {
  connectFieldAt,
  connectFormSchema,
  connectResolver,
  emptyConnectValues,
  firstConnectFieldIn,
  type ConnectFormValues
} from '@renderer/components/connect-form/connect-form-schema';
import '@renderer/lib/i18n';

const classic = (overrides: Partial<ConnectFormValues> = {}): ConnectFormValues => ({
  ...emptyConnectValues(),
  baseUrl: ' https://billing.acme.example ',
  identifier: ' api-reseller ',
  secret: 's3cret',
  clientId: '42',
  ...overrides
});

async function resolve(values: ConnectFormValues) {
  return connectResolver(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false
  });
}

describe('the connect form schema', () => {
  it("turns the values into the contract's connection, trimmed, without empty optionals", () => {
    expect(connectFormSchema.parse(classic())).toEqual({
      authMode: 'classic',
      baseUrl: 'https://billing.acme.example',
      identifier: 'api-reseller',
      secret: 's3cret',
      clientId: '42'
    });
    expect(
      connectFormSchema.parse({
        ...emptyConnectValues(),
        provider: 'combell',
        apiKey: ' key-1 ',
        apiSecret: 'sec'
      })
    ).toEqual({ authMode: 'hmac', apiKey: 'key-1', apiSecret: 'sec' });
  });

  it('names only the first refusal, worded on the input it concerns', async () => {
    const missing = await resolve(classic({ identifier: '', clientId: 'forty-two' }));
    expect(missing.errors).toEqual({
      identifier: { type: 'contract', message: 'API identifier is required.' }
    });
    const code = await resolve({
      ...classic(),
      authMode: 'rest',
      email: 'me@acme.example',
      password: 'pw',
      challenge: 'ch-1',
      code: '12'
    });
    expect(Object.keys(code.errors)).toEqual(['code']);
    const combell = await resolve({
      ...emptyConnectValues(),
      provider: 'combell',
      apiKey: 'key-1',
      apiSecret: 'sec',
      apiUrl: 'not an address'
    });
    expect(Object.keys(combell.errors)).toEqual(['apiUrl']);
  });

  it("maps main's issue paths onto the inputs", () => {
    expect(connectFieldAt(['baseUrl'], 'whmcs')).toBe('baseUrl');
    expect(connectFieldAt(['baseUrl'], 'combell')).toBe('apiUrl');
    expect(connectFieldAt(['connection', 'clientId'], 'whmcs')).toBe('clientId');
    expect(connectFieldAt(['connection', 'secondFactor', 'code'], 'whmcs')).toBe('code');
    expect(connectFieldAt(['name'], 'whmcs')).toBe('name');
    expect(connectFieldAt(['connection', 'authMode'], 'whmcs')).toBeNull();
    expect(
      firstConnectFieldIn(
        [
          { path: [], message: 'Unrecognized key' },
          { path: ['connection', 'email'], message: 'Invalid email' }
        ],
        'whmcs'
      )
    ).toBe('email');
  });
});
