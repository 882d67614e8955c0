/**
 * The lint rule that keeps user-visible text in the catalog: it flags literal JSX text and
 * literal visible props, and lets through t(), code samples and non-visible props.
 */
import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import tseslint from 'typescript-eslint';
// @ts-expect-error a plain JavaScript module (the ESLint config's local rule)
import { noLiteralUiText } from '../../../../eslint-rules/no-literal-ui-text.js';

// Vitest runs without globals: give RuleTester its hooks.
Object.assign(RuleTester, { afterAll, describe, it });

const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } }
  }
});

tester.run('no-literal-ui-text', noLiteralUiText, {
  valid: [
    `const a = <p>{t('settings:title')}</p>;`,
    `const a = <button aria-label={t('common:close')} className="button button--ghost">×</button>;`,
    `const a = <p>{count} · {total}</p>;`,
    `const a = <p>Run <code>npm run web</code></p>;`.replace('Run ', ''),
    `const a = <input type="text" id="settings-theme" data-page="settings" />;`,
    `const a = <p>{page.title ?? t('app:notFound.title')}</p>;`,
    `const a = <Field label={t('settings:timeZone.label')} />;`,
    `const a = <p className={open ? 'card card--open' : 'card'}>{t('x')}</p>;`
  ],
  invalid: [
    { code: `const a = <p>Loading…</p>;`, errors: [{ messageId: 'text' }] },
    {
      code: `const a = <button aria-label="Close the alert">×</button>;`,
      errors: [{ messageId: 'prop' }]
    },
    { code: `const a = <input placeholder="Search" />;`, errors: [{ messageId: 'prop' }] },
    { code: `const a = <img alt="Logo" />;`, errors: [{ messageId: 'prop' }] },
    { code: `const a = <Field label="Time zone" />;`, errors: [{ messageId: 'prop' }] },
    {
      code: `const a = <p>{page?.title ?? 'Page not found'}</p>;`,
      errors: [{ messageId: 'text' }]
    },
    {
      code: 'const a = <span title={`Synced ${when}`}>{when}</span>;',
      errors: [{ messageId: 'prop' }]
    },
    { code: `const a = <p>{busy ? 'Saving' : t('save')}</p>;`, errors: [{ messageId: 'text' }] }
  ]
});
