/**
 * "Try the demo provider" and "Try the Combell demo": create (or re-activate) a built-in
 * demo profile. Main starts its first sync; the refreshed status then has a profile and the
 * app leaves onboarding.
 */
import { useMutation } from '@tanstack/react-query';
import { call } from '../../lib/call';
import { mutationKey } from '../../lib/query-keys';

/** Which built-in demo: the WHMCS sample provider or the Combell one. */
export type DemoKind = 'whmcs' | 'combell';

/** The `profiles:use-demo` (or `profiles:use-combell-demo`) mutation. */
export function useDemoProfile(kind: DemoKind = 'whmcs') {
  const channel = kind === 'combell' ? 'profiles:use-combell-demo' : 'profiles:use-demo';
  return useMutation({
    mutationKey: mutationKey(channel),
    mutationFn: () => call(channel, undefined)
  });
}
