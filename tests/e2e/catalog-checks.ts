/**
 * What the language specs check on a screen, declared once: which English catalog texts must
 * not be on a French or Dutch screen, and which layout faults a longer language causes (a
 * label cut by its box, a placeholder or option cut by its field, two controls overlapping, a
 * control pushed past the window's edge). Used by i18n-checks.ts, i18n-screens.spec.ts,
 * i18n-billing-tickets.spec.ts and i18n-provider-screens.spec.ts.
 */
import type { Page } from '@playwright/test';
import { resources } from '../../src-shared/i18n/resources';

/** Where the specs write their screenshots to look at. */
export const SHOTS = process.env['HOSTDECK_SHOTS_DIR'] ?? '/tmp/shots';

export type Lang = 'fr' | 'nl';
type Namespace = keyof (typeof resources)['en'];

export interface BelgianCase {
  readonly lang: Lang;
  readonly locale: string;
  /** A euro amount as this locale writes it (Intl's no-break spaces read as \s). */
  readonly money: RegExp;
}

export const FR_BE: BelgianCase = {
  lang: 'fr',
  locale: 'fr-BE',
  money: /\d{1,3}(?:\s\d{3})*,\d{2}\s€/
};
export const NL_BE: BelgianCase = {
  lang: 'nl',
  locale: 'nl-BE',
  money: /€\s-?\d{1,3}(?:\.\d{3})*,\d{2}/
};
export const BELGIAN_CASES = [FR_BE, NL_BE] as const;

function flatten(value: unknown, into: Map<string, string>, prefix = ''): Map<string, string> {
  if (typeof value === 'string') into.set(prefix, value);
  else
    for (const [key, child] of Object.entries(value as Record<string, unknown>))
      flatten(child, into, prefix ? `${prefix}.${key}` : key);
  return into;
}

/** The text as whole words: "Domain" is not found in "Domaine". */
export function asWords(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u');
}

/**
 * The namespaces' English texts that `lang` writes differently: without variables or markup,
 * longer than three letters, and leaving out words the language itself uses ("services" in
 * French, "Tickets" in Dutch).
 */
export function englishTexts(namespaces: readonly Namespace[], lang: Lang): string[] {
  return namespaces.flatMap((ns) => {
    const en = flatten(resources.en[ns], new Map());
    const other = flatten(resources[lang][ns], new Map());
    const theirs = [...other.values()];
    return [...en]
      .filter(([key, text]) => !/[{<]/.test(text) && other.get(key) !== text)
      .map(([, text]) => text.trim())
      .filter((text) => text.length > 3)
      .filter((text) => !theirs.some((their) => asWords(text).test(their)));
  });
}

export interface LayoutRules {
  /** Elements whose text must fit their box (besides button, select, label, th, a.button). */
  readonly labels?: string;
  /** Elements that must not overlap one another (besides button, select, input). */
  readonly controls?: string;
  /** Also check placeholders and chosen options against their field's width. */
  readonly fields?: boolean;
  /** Also check nothing is pushed past the window's right edge. */
  readonly edge?: boolean;
  /** A <label> may be wider than its box when its text wraps (default true). */
  readonly labelsMayWrap?: boolean;
}

/** The layout faults of the page's root at the current window size. */
export async function layoutProblems(page: Page, rules: LayoutRules = {}): Promise<string[]> {
  return page.evaluate((rules) => {
    const problems: string[] = [];
    const root = document.querySelector('[data-page]');
    if (!root) return ['no page'];
    const visible = (el: HTMLElement): boolean =>
      el.offsetParent !== null && !el.closest('.visually-hidden, [aria-hidden], [hidden]');
    const named = (el: HTMLElement): string =>
      (el.innerText || el.getAttribute('aria-label') || '').slice(0, 40);
    const labels = ['button, select, label, th, a.button', rules.labels].filter(Boolean).join(', ');
    for (const el of root.querySelectorAll<HTMLElement>(labels)) {
      if (!visible(el) || el.scrollWidth <= el.clientWidth + 1) continue;
      const style = getComputedStyle(el);
      // A label whose text wraps onto the next line grows with it; text cut by a box does not.
      if (style.overflow === 'visible' && style.textOverflow !== 'ellipsis') {
        if (el.tagName !== 'LABEL' || rules.labelsMayWrap === false)
          problems.push(`wider than its box: ${el.tagName} "${named(el)}"`);
      } else problems.push(`clipped: ${el.tagName} "${named(el)}"`);
    }
    if (rules.fields) {
      // A placeholder or a chosen option cut by its field: measured as drawn in the field's font.
      const context = document.createElement('canvas').getContext('2d')!;
      for (const field of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        'input[placeholder], select'
      )) {
        if (field.offsetParent === null) continue;
        const style = getComputedStyle(field);
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text =
          field instanceof HTMLSelectElement
            ? (field.selectedOptions[0]?.text ?? '')
            : field.placeholder;
        const room =
          field.clientWidth -
          parseFloat(style.paddingLeft) -
          parseFloat(style.paddingRight) -
          (field instanceof HTMLSelectElement ? 16 : 0);
        if (context.measureText(text).width > room) problems.push(`cut in its field: "${text}"`);
      }
    }
    const controls = ['button, select, input', rules.controls].filter(Boolean).join(', ');
    const boxes = [...root.querySelectorAll<HTMLElement>(controls)]
      .filter((el) => visible(el) && el.getClientRects().length > 0)
      .map((el) => ({ el, r: el.getBoundingClientRect() }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap =
          Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 2 &&
          Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 2;
        if (overlap && !a.el.contains(b.el) && !b.el.contains(a.el))
          problems.push(`overlap: "${named(a.el)}" / "${named(b.el)}"`);
      }
    if (rules.edge) {
      const width = document.documentElement.clientWidth;
      for (const el of root.querySelectorAll<HTMLElement>('button, input, a.button, h2, p'))
        if (visible(el) && el.getBoundingClientRect().right > width + 1)
          problems.push(`past the window's edge: ${el.tagName} "${named(el)}"`);
    }
    return problems;
  }, rules);
}
