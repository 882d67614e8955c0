/** Fixed credentials of the demo provider, so the app (and tests) can connect to it. */
export interface DemoCredentials {
  /** WHMCS API credential identifier (also accepted as `username`). */
  readonly identifier: string;
  /** WHMCS API credential secret (also accepted as `password`). */
  readonly secret: string;
  /** Optional API access key; loopback is allow-listed, so it is accepted but not required. */
  readonly accessKey: string;
  /** The reseller's WHMCS client id. */
  readonly clientId: number;
  /** v2 REST login e-mail and password of the reseller user. */
  readonly email: string;
  readonly password: string;
  /** Second-factor code when the provider runs with `twoFactor: true`. */
  readonly twoFactorCode: string;
}

export const demoCredentials: DemoCredentials = {
  identifier: 'hostdeck-demo-identifier',
  secret: 'hostdeck-demo-secret',
  accessKey: 'hostdeck-demo-accesskey',
  clientId: 1,
  email: 'dana@demo-reseller.example',
  password: 'demo-password',
  twoFactorCode: '123456'
};
