/**
 * Configuration of a WHMCS connection. Secrets arrive here from the SecretStore at wiring
 * time; the adapter never logs them.
 */

/** Classic admin-API credentials, scoped to one client account. */
export interface WhmcsClassicAuth {
  readonly mode: 'classic';
  readonly identifier: string;
  readonly secret: string;
  /** $api_access_key passphrase, when the provider uses it instead of an IP allow-list. */
  readonly accessKey?: string;
  /** The reseller's client id: every call is scoped to it. */
  readonly clientId: string;
}

/** WHMCS 9 client REST login (email + password, possibly a second factor). */
export interface WhmcsRestAuth {
  readonly mode: 'rest';
  readonly email: string;
  readonly password: string;
  /** A token kept from an earlier session, to avoid a new login (and second factor) at start. */
  readonly token?: string;
  /** Client id to scope bridged classic actions with; the token's own client when absent. */
  readonly clientId?: string;
}

export interface WhmcsAdapterConfig {
  /** Root of the WHMCS install, e.g. "https://billing.example.com/" (may include a path). */
  readonly baseUrl: string;
  readonly auth: WhmcsClassicAuth | WhmcsRestAuth;
  /**
   * REST mode only: the provider also answers the classic actions on includes/api.php for
   * the bearer token (the built-in demo provider does). A stock WHMCS 9 has no client ticket,
   * service, credit or account endpoints, so without this those capabilities are off.
   */
  readonly classicActionsWithBearer?: boolean;
  /** GetUsageIntervals: 'enabled' for the demo provider, 'auto' to probe, 'disabled' to never ask. */
  readonly usage?: 'auto' | 'enabled' | 'disabled';
  /**
   * The provider renews domains through the API (`DomainRenew`, which the built-in demo
   * provider answers; stock WHMCS keeps it to admins, so renewal then opens the provider's
   * page instead).
   */
  readonly domainRenewAction?: boolean;
  /** IANA zone for "today" when deriving isOverdue; UTC by default. */
  readonly timeZone?: string;
  /**
   * IANA zone the WHMCS server writes its date-times in (they carry no zone); UTC by default,
   * which is what the built-in demo provider uses.
   */
  readonly serverTimeZone?: string;
  /** Rows per request (classic limitnum / REST page_size); 100 by default. */
  readonly pageSize?: number;
  /** Currency for amounts whose source names none and no account is readable (REST-only mode). */
  readonly currency?: string;
}
