/**
 * The pay-as-you-use engine's warnings in words: the engine sends each with a code and its
 * values (spec §3.11; its English `message` is for JSON consumers), and the screen writes it
 * in the chosen language. Instants are written by the caller (in the reseller's zone).
 */
import type { NoticesT } from './alert-text';

/** A warning as the contract carries it: a code and loosely typed values. */
export interface CodedWarning {
  readonly code: string;
  readonly [value: string]: unknown;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The sentence of a warning in the language of `t`, with `instant` writing its ISO instants;
 * null for a code (or values) this version does not know, so the caller can fall back.
 * `missing-snapshots` is the usage screen's own sentence (namespace usage).
 */
export function payuWarningText(
  t: NoticesT,
  warning: CodedWarning,
  instant: (iso: string) => string
): string | null {
  const at = (value: unknown): string | null => {
    const iso = text(value);
    return iso === null ? null : instant(iso);
  };
  switch (warning.code) {
    case 'hours-without-data': {
      const from = at(warning['from']);
      const to = at(warning['to']);
      const hours = warning['hours'];
      if (from === null || to === null || typeof hours !== 'number') return null;
      return t('payu.hoursWithoutData', { count: hours, from, to });
    }
    case 'established-run': {
      const resource = text(warning['resourceId']);
      const start = at(warning['runStart']);
      if (resource === null || start === null) return null;
      return t('payu.establishedRun', { resource, at: start });
    }
    case 'non-whole-hour-zone': {
      const zone = text(warning['timeZone']);
      return zone === null ? null : t('payu.nonWholeHourZone', { zone });
    }
    case 'addon-without-parent': {
      const resource = text(warning['resourceId']);
      const first = at(warning['firstHour']);
      if (resource === null || first === null) return null;
      return t('payu.addonWithoutParent', { resource, at: first });
    }
    case 'addon-parent-absent': {
      const resource = text(warning['resourceId']);
      const parent = text(warning['parentAccountId']);
      const first = at(warning['firstHour']);
      if (resource === null || parent === null || first === null) return null;
      return t('payu.addonParentAbsent', { resource, parent, at: first });
    }
    default:
      return null;
  }
}
