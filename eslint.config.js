// @ts-check
/**
 * Lint and layering. The folder names are the architecture. Which folder may import which (an
 * allow-list) and "no import cycles" are dependency-cruiser's (.dependency-cruiser.cjs, run by
 * `npm run lint`), npm packages included (no electron or React in core, no electron outside
 * the Electron shell); these rules keep the rest true, by name and syntax:
 * - src-shared, the renderer and the preload never import Node built-ins;
 * - raw ipcMain / ipcRenderer / webContents.send / shell.openExternal live in one file each;
 * - no literal UI text in the renderer (docs/i18n.md).
 *
 * Type-aware rules need TypeScript's JavaScript API, which TypeScript 7 (the native compiler)
 * no longer has; the project therefore pins TypeScript 6, the last release with that API.
 */
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { noLiteralUiText } from './eslint-rules/no-literal-ui-text.js';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
  'url',
  'util',
  'stream',
  'zlib',
  'module'
];

/** @param {string[]} groups @param {string} message */
const forbid = (groups, message) => ({ group: groups, message });

/**
 * Screens whose words are not in the catalog yet (docs/i18n.md): the literal-text rule skips
 * them. Each translator removes their folder or file from this list when it is translated;
 * the list only shrinks (every screen is translated now).
 * @type {string[]}
 */
const untranslatedUi = [];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'resources/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (house style).' }
      ]
    }
  },
  {
    files: ['**/*.config.ts', '**/*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' }
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [forbid(nodeBuiltins, 'src-shared is pure TypeScript: no Node built-ins.')]
        }
      ]
    }
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [forbid(nodeBuiltins, 'The renderer runs sandboxed: no Node built-ins.')]
        }
      ]
    }
  },
  {
    // User-visible text comes from the catalog through t(); see docs/i18n.md.
    files: ['src-renderer/src/**/*.tsx'],
    ignores: untranslatedUi,
    plugins: { hostdeck: { rules: { 'no-literal-ui-text': noLiteralUiText } } },
    rules: { 'hostdeck/no-literal-ui-text': 'error' }
  },
  {
    files: ['src-preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [forbid(nodeBuiltins, 'The preload runs sandboxed: no Node built-ins.')]
        }
      ]
    }
  },
  {
    // Raw Electron messaging and external opening are allowed in exactly one file each.
    files: ['src-main/**/*.ts', 'src-preload/**/*.ts'],
    ignores: [
      'src-main/electron/ipc.ts',
      'src-preload/**',
      'src-main/electron/open-external.ts',
      'src-main/index.ts'
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (house style).' },
        {
          selector:
            'ImportSpecifier[imported.name=/^(ipcMain|ipcRenderer)$/], MemberExpression[property.name=/^(ipcMain|ipcRenderer)$/]',
          message: 'Raw IPC lives only in src-main/electron/ipc.ts and the preload.'
        },
        {
          selector:
            "MemberExpression[object.name='shell'][property.name='openExternal'], MemberExpression[object.property.name='shell'][property.name='openExternal']",
          message: 'Open links through the vetted helper in src-main/electron/open-external.ts.'
        },
        {
          selector:
            "CallExpression[callee.property.name='send'][callee.object.property.name='webContents']",
          message: 'Send events through the IPC event sink in src-main/electron/ipc.ts.'
        }
      ]
    }
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
  }
);
