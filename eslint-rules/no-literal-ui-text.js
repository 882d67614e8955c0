// @ts-check
/**
 * Flags user-visible text written in JSX instead of coming from t(): JSX text with letters,
 * and string literals (or template literals) given to a user-visible prop (aria-label, title,
 * placeholder, alt, label, help…) or shown as a JSX child through `{cond ? 'a' : 'b'}`.
 * Text inside <code>, <kbd> and <samp> is code and stays as written. Language names
 * (LANGUAGE_NAMES) are data, not literals, so they pass.
 */

const VISIBLE_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'help',
  'hint',
  'description',
  'heading',
  'message',
  'caption',
  'emptyText',
  'emptyMessage',
  'confirmLabel',
  'cancelLabel',
  'actionLabel',
  'summary'
]);

const CODE_ELEMENTS = new Set(['code', 'kbd', 'samp', 'pre']);

const LETTER = /\p{L}/u;

/** @param {any} node */
function elementName(node) {
  const name = node?.openingElement?.name;
  return name?.type === 'JSXIdentifier' ? name.name : null;
}

/**
 * Where a string expression ends up shown: climbs through conditionals, `??`/`||`/`&&` and
 * template literals to a JSX child container or a visible prop; null when it goes elsewhere
 * (a call argument such as t('key'), a comparison, an object key…).
 * @param {any} node
 * @returns {string | null}
 */
function shownAs(node) {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return null;
    if (parent.type === 'ConditionalExpression' && parent.test !== current) current = parent;
    else if (parent.type === 'LogicalExpression') current = parent;
    else if (parent.type === 'TemplateLiteral') current = parent;
    else if (parent.type === 'JSXExpressionContainer') {
      const holder = parent.parent;
      if (holder?.type === 'JSXElement' || holder?.type === 'JSXFragment')
        return CODE_ELEMENTS.has(elementName(holder) ?? '') ? null : 'text';
      if (holder?.type === 'JSXAttribute' && holder.name.type === 'JSXIdentifier')
        return VISIBLE_PROPS.has(holder.name.name) ? holder.name.name : null;
      return null;
    } else return null;
  }
}

/** @type {import('eslint').Rule.RuleModule} */
export const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible text goes through t() (docs/i18n.md).' },
    schema: [],
    messages: {
      text: 'Literal UI text "{{text}}": put it in the catalog (src-shared/i18n/locales) and use t().',
      prop: 'Literal {{prop}} "{{text}}": put it in the catalog (src-shared/i18n/locales) and use t().'
    }
  },
  create(context) {
    /** @param {any} node @param {string} text @param {string | null} where */
    const report = (node, text, where) => {
      const shown = text.trim().replace(/\s+/g, ' ').slice(0, 40);
      if (where === 'text') context.report({ node, messageId: 'text', data: { text: shown } });
      else context.report({ node, messageId: 'prop', data: { prop: where ?? '', text: shown } });
    };
    return {
      /** @param {any} node */
      JSXText(node) {
        if (!LETTER.test(node.value)) return;
        if (CODE_ELEMENTS.has(elementName(node.parent) ?? '')) return;
        report(node, node.value, 'text');
      },
      /** @param {any} node */
      JSXAttribute(node) {
        if (node.name.type !== 'JSXIdentifier' || !VISIBLE_PROPS.has(node.name.name)) return;
        const value = node.value;
        if (
          value?.type === 'Literal' &&
          typeof value.value === 'string' &&
          LETTER.test(value.value)
        )
          report(value, value.value, node.name.name);
      },
      /** @param {any} node */
      Literal(node) {
        if (typeof node.value !== 'string' || !LETTER.test(node.value)) return;
        if (node.parent?.type === 'JSXAttribute') return;
        const where = shownAs(node);
        if (where) report(node, node.value, where);
      },
      /** @param {any} node */
      TemplateElement(node) {
        const text = node.value.cooked ?? '';
        if (!LETTER.test(text)) return;
        const where = shownAs(node.parent);
        if (where) report(node, text, where);
      }
    };
  }
};
