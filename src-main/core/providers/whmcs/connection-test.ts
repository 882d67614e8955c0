/**
 * testConnection as a value: runs the adapter's checks and turns the typed errors into the
 * reasons the onboarding screen explains. Expected failures never throw.
 */
import type { ProviderCapabilities } from '@shared/model';
import type { ConnectionFailureReason, ConnectionTestResult } from '../provider';
import {
  AuthError,
  IpNotAllowedError,
  NetworkError,
  ProtocolError,
  RateLimitedError,
  SecondFactorRequiredError
} from '../errors';

/** Runs `verify`, then the optional usage probe, and reports the outcome. */
export async function testConnectionOf(steps: {
  readonly verify: () => Promise<void>;
  readonly probeUsage: (() => Promise<void>) | null;
  readonly capabilities: () => ProviderCapabilities;
}): Promise<ConnectionTestResult> {
  try {
    await steps.verify();
    if (steps.probeUsage) await steps.probeUsage();
    return { ok: true, capabilities: steps.capabilities() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof SecondFactorRequiredError) {
      return { ok: false, reason: 'second-factor', message, challenge: error.challenge };
    }
    return { ok: false, reason: reasonOf(error), message };
  }
}

function reasonOf(error: unknown): ConnectionFailureReason {
  if (error instanceof AuthError) return 'auth';
  if (error instanceof IpNotAllowedError) return 'ip-not-allowed';
  if (error instanceof NetworkError) return 'network';
  if (error instanceof RateLimitedError) return 'rate-limited';
  if (error instanceof ProtocolError) return 'protocol';
  return 'unknown';
}
