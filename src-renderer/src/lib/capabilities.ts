/**
 * What the active profile's provider can serve (`status.capabilities`), as the screens ask
 * it: a feature is shown unless the provider is known not to serve it. Null capabilities
 * (not known yet, e.g. a WHMCS profile before its first connection) show everything.
 */
import type { ProviderCapabilities } from '@shared/model/capabilities';
import { useAppStatus } from './queries/app-status';

/** A capability a page or a part of a screen needs. */
export type Capability = keyof ProviderCapabilities;

/** False only when the provider is known not to serve `capability`. */
export function serves(
  capabilities: ProviderCapabilities | null | undefined,
  capability: Capability
): boolean {
  return capabilities ? capabilities[capability] : true;
}

/** The active profile's capabilities, or null while unknown (then everything shows). */
export function useCapabilities(): ProviderCapabilities | null {
  return useAppStatus().data?.capabilities ?? null;
}
