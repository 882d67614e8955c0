import type { AlertText } from '@shared/contract/alert-text';
import type { DomainStatus, LapsedDomainStatus } from '@shared/model';
import type { Target } from '@shared/model/target';

/**
 * Value types of the alert rules. They are deliberately independent of the cache and
 * provider models: the caller maps its rows onto these, so the rules stay testable alone.
 */

/** A domain's lifecycle status as the provider reports it, normalised: the model's enum. */
export type { DomainStatus };

/** The facts about one domain that the alert rules need. Money is integer minor units. */
export interface AlertDomain {
  readonly id: string;
  readonly name: string;
  readonly status: DomainStatus;
  /** Registry expiry, a calendar date `YYYY-MM-DD` (no time, no zone). */
  readonly expiresOn: string | null;
  /** Billing due date; carried for the UI and the ledger, not used by the rules (expiry is the registry fact). */
  readonly nextDueOn: string | null;
  /** `null` means unknown, which is treated like "off" so the reseller is never left unwarned. */
  readonly autoRenew: boolean | null;
  readonly renewalPriceMinor?: number | null;
  readonly restorePriceMinor?: number | null;
  /** ISO 4217 code of both prices. */
  readonly currency?: string;
}

/** Quiet hours as local wall-clock times `HH:MM`; `start > end` spans midnight. */
export interface QuietHours {
  readonly start: string;
  readonly end: string;
}

/** Per-category switches for desktop notifications (the in-app alert centre lists everything). */
export interface NotifyToggles {
  readonly domains: boolean;
  readonly tickets: boolean;
  readonly invoices: boolean;
}

/** The reseller's alert preferences. */
export interface AlertSettings {
  /** Days before expiry at which a domain alerts, e.g. `[60, 30, 14, 7, 3, 1]`. */
  readonly thresholds: readonly number[];
  /**
   * Thresholds for domains with auto-renew on. `null` means "the last two (smallest) of
   * `thresholds`", so the set follows the reseller's own list when they edit it.
   */
  readonly autoRenewThresholds: readonly number[] | null;
  /** When true, auto-renew domains alert at every threshold like the others. */
  readonly alertAllForAutoRenew: boolean;
  readonly quietHours: QuietHours | null;
  readonly notify: NotifyToggles;
  /** IANA zone of the reseller; local days and quiet hours are computed in it. */
  readonly timeZone: string;
  /** Alert when the credit balance is below this (minor units); null or absent: never. */
  readonly lowCreditThresholdMinor?: number | null;
}

/**
 * Where a domain stands: a threshold in days (e.g. `7`), or a post-expiry stage. Each
 * stage maps to one alert key, so snooze and acknowledge can refer to it.
 */
export type AlertStage = number | LapsedDomainStatus;

/** What the reseller did about a domain's alerts; persisted by the ledger. */
export interface DomainAlertState {
  readonly domainId: string;
  /** ISO instant; the domain's alert is snoozed while this lies in the future. */
  readonly snoozedUntil?: string | null;
  /** "Snooze until the next threshold": the stage current when snoozed; a later stage re-opens. */
  readonly snoozedAtThreshold?: AlertStage | null;
  readonly acknowledgedAt?: string | null;
  /** The stage acknowledged; only that stage's alert is hidden, a later one re-opens. */
  readonly acknowledgedThreshold?: AlertStage | null;
}

/** The kind of a domain alert. */
export type DomainAlertKind = 'threshold' | LapsedDomainStatus;

/** How urgent an alert is. */
export type AlertSeverity = 'info' | 'warning' | 'critical';

/** One domain alert as evaluated now. */
export interface DomainAlert {
  /** Stable dedupe key: `domain:<id>:threshold:<t>`, `domain:<id>:grace|redemption|expired`. */
  readonly key: string;
  readonly domainId: string;
  readonly domainName: string;
  readonly kind: DomainAlertKind;
  /** The threshold crossed, in days; `null` for post-expiry kinds. */
  readonly threshold: number | null;
  /** Calendar days until expiry in the reseller's zone (negative once past); `null` without expiry. */
  readonly daysLeft: number | null;
  readonly severity: AlertSeverity;
  /** What the alert says, as a code and values; the screens write it in the reader's language. */
  readonly text: AlertText;
  /** The same in English, for the log and the ledger's history ("example.com expires in 7 days (Nov 29, 2026)"). */
  readonly message: string;
  readonly snoozed: boolean;
  readonly acknowledged: boolean;
  /** Not snoozed and not acknowledged: shown as open and eligible for a desktop notification. */
  readonly open: boolean;
}

/** The notification categories the reseller can switch on or off. */
export type AlertCategory = 'domain' | 'ticket' | 'invoice';

/** An alert of any category in one shape, so tickets, invoices and domains share one path. */
export interface GenericAlert {
  /** Stable dedupe key, e.g. `ticket:<id>:reply:<lastStaffReplyAt>`. */
  readonly key: string;
  readonly category: AlertCategory;
  /** What the alert says, as a code and values; the screens write it in the reader's language. */
  readonly text: AlertText;
  /** `text` in English, for the log and the ledger's history. */
  readonly title: string;
  readonly body: string;
  /** What a click on the notification or the alert opens. */
  readonly target: Target;
  /**
   * What the alert is about as the reseller names it: the domain name, the invoice number,
   * the ticket's subject; absent for the account itself (low credit) and in passes stored
   * before it existed.
   */
  readonly subject?: string;
}

/** A desktop notification to show now. */
export interface AlertNotification {
  readonly key: string;
  readonly category: AlertCategory | 'summary';
  /** What to say, as a code and values; the notifier writes it in the chosen language. */
  readonly text: AlertText;
  /** `text` in English, for the log and the ledger's history. */
  readonly title: string;
  readonly body: string;
  readonly target: Target;
  /** Every alert this notification covers; the ledger marks exactly these as notified. */
  readonly alertKeys: readonly string[];
}

/** The outcome of {@link planNotifications}. */
export interface NotificationPlan {
  readonly notifyNow: readonly AlertNotification[];
  /** True when quiet hours held back alerts that would otherwise notify now. */
  readonly deferred: boolean;
  /** When deferred: the instant (epoch ms) quiet hours end, to plan again; otherwise `null`. */
  readonly resumeAt: number | null;
  /**
   * Alerts of switched-off categories. The ledger marks them handled so that switching a
   * category back on does not replay weeks of old alerts; the alert centre still lists them.
   */
  readonly suppressedKeys: readonly string[];
}
