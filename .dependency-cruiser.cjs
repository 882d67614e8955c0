/**
 * What each folder may import, as an allow-list, and no import cycles. `npm run lint:deps` (part
 * of `npm run lint`) runs it on src-shared, src-main, src-preload and src-renderer. An import
 * that no `allowed` entry below describes fails lint as "not-in-allowed" (the two easiest
 * mistakes also under their own names, below); a cycle fails it as "no-circular", type-only
 * imports included (a cycle of types is still two modules that need each other).
 *
 * ESLint keeps the rules that are about syntax rather than folders (eslint.config.js): no Node
 * built-ins in the renderer or src-shared by name, raw IPC and openExternal in one file each,
 * no literal UI text.
 *
 * Paths are relative to the repository root; aliases (@shared, @main, @renderer) resolve
 * through tsconfig.json, so an alias and a relative path are judged alike.
 * @type {import('dependency-cruiser').IConfiguration}
 */

const SHARED = '^src-shared/';
const CORE = '^src-main/core/';
const NODE = '^src-main/node/';
const ELECTRON = '^src-main/(electron/|index\\.ts$)';
const WEB_SHELL = '^src-main/web-shell/';
const CLI = '^src-main/cli/';
const DEMO = '^src-main/demo-provider/';
const RENDERER = '^src-renderer/';
const LIB = '^src-renderer/src/lib/';
const COMPONENTS = '^src-renderer/src/components/';

/** npm packages that are the Electron shell's alone. */
const ELECTRON_PACKAGES = '^node_modules/electron/';
/** Native modules: adapters (src-main/node) reach them, core only through ports. */
const NATIVE_PACKAGES = '^node_modules/keytar/';
/** npm packages that are the renderer's alone. */
const UI_PACKAGES =
  '^node_modules/(react|react-dom|react-i18next|recharts|react-markdown|remark-gfm|zustand|@tanstack/react-[^/]+|react-hook-form|@hookform/[^/]+)/';

const NPM = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'];

/** @param {string} from @param {string | string[]} to @param {string} comment */
const may = (from, to, comment) => ({ comment, from: { path: from }, to: { path: to } });

module.exports = {
  allowed: [
    // src-shared: the contract is pure TypeScript and imports nothing of ours.
    may(SHARED, SHARED, 'src-shared imports only itself'),
    {
      comment: 'src-shared may use npm packages that are not UI, Electron or native (zod)',
      from: { path: SHARED },
      to: { dependencyTypes: NPM, pathNot: [ELECTRON_PACKAGES, NATIVE_PACKAGES, UI_PACKAGES] }
    },

    // core: plain Node, reaching the world only through ports.
    may(CORE, [CORE, SHARED], 'core imports core and src-shared'),
    {
      comment: 'core may use Node built-ins and npm packages that are not UI, Electron or native',
      from: { path: CORE },
      to: {
        dependencyTypes: [...NPM, 'core'],
        pathNot: [ELECTRON_PACKAGES, NATIVE_PACKAGES, UI_PACKAGES]
      }
    },

    // node: the plain-Node adapters every entry point shares.
    may(NODE, [NODE, CORE, SHARED], 'node imports core and src-shared'),
    may(
      '^src-main/node/demo-provider-port\\.ts$',
      DEMO,
      'the demo-provider port (the one node adapter that starts the built-in demo provider)'
    ),
    {
      comment: 'node may use Node built-ins and npm packages that are neither UI nor Electron',
      from: { path: NODE },
      to: { dependencyTypes: [...NPM, 'core'], pathNot: [ELECTRON_PACKAGES, UI_PACKAGES] }
    },

    // The Electron shell (src-main/index.ts is its composition root).
    may(ELECTRON, [ELECTRON, NODE, CORE, SHARED], 'electron imports core, node and src-shared'),
    {
      comment: 'the Electron shell may use Node built-ins and npm packages but no UI ones',
      from: { path: ELECTRON },
      to: { dependencyTypes: [...NPM, 'core'], pathNot: [UI_PACKAGES] }
    },

    // The web shell: a loopback HTTP server.
    may(WEB_SHELL, [WEB_SHELL, NODE, CORE, SHARED], 'web-shell imports core, node and src-shared'),
    {
      comment: 'web-shell may use Node built-ins and npm packages that are neither UI nor Electron',
      from: { path: WEB_SHELL },
      to: { dependencyTypes: [...NPM, 'core'], pathNot: [ELECTRON_PACKAGES, UI_PACKAGES] }
    },

    // The command line.
    may(CLI, [CLI, NODE, CORE, SHARED, DEMO], 'cli imports core, node, src-shared, demo-provider'),
    {
      comment: 'cli may use Node built-ins and npm packages that are neither UI nor Electron',
      from: { path: CLI },
      to: { dependencyTypes: [...NPM, 'core'], pathNot: [ELECTRON_PACKAGES, UI_PACKAGES] }
    },

    // The demo provider: a server speaking the providers' wire formats.
    may(DEMO, [DEMO, SHARED], 'demo-provider imports src-shared'),
    may(
      DEMO,
      '^src-main/core/(ports|providers/combell/signing)\\.ts$',
      'demo-provider shares the Clock port and Combell request signing with core (no more)'
    ),
    {
      comment:
        'demo-provider may use Node built-ins and npm packages that are neither UI nor Electron',
      from: { path: DEMO },
      to: { dependencyTypes: [...NPM, 'core'], pathNot: [ELECTRON_PACKAGES, UI_PACKAGES] }
    },

    // The preload: the channel names and the result envelope; types from the contract.
    may('^src-preload/', '^src-preload/', 'the preload imports itself'),
    may(
      '^src-preload/',
      '^src-shared/(contract/channel-names|result)\\.ts$',
      'the preload takes the channel names and the result envelope (no zod in the preload)'
    ),
    {
      comment: 'the preload may take types from src-shared',
      from: { path: '^src-preload/' },
      to: { path: SHARED, dependencyTypes: ['type-only'] }
    },
    {
      comment: 'the preload may use electron',
      from: { path: '^src-preload/' },
      to: { path: '^node_modules/electron/' }
    },

    // The renderer: sandboxed web content; npm packages but no Node or Electron.
    {
      comment: 'the renderer may use npm packages but not Electron or native ones',
      from: { path: RENDERER },
      to: { dependencyTypes: NPM, pathNot: [ELECTRON_PACKAGES, NATIVE_PACKAGES] }
    },
    may(`${LIB}`, [LIB, SHARED], 'renderer lib/ imports lib/ and src-shared'),
    may(COMPONENTS, [COMPONENTS, LIB, SHARED], 'components/ import components/, lib/, src-shared'),
    may(
      '^src-renderer/src/(app/|[^/]+$)',
      [RENDERER, SHARED],
      'app/ (the frame and router) imports anything of the renderer and src-shared'
    ),
    {
      comment: 'a feature imports its own folder, lib/, components/ and src-shared (not app/)',
      from: { path: '^src-renderer/src/features/([^/]+)/' },
      to: { path: ['^src-renderer/src/features/$1/', LIB, COMPONENTS, SHARED] }
    }
  ],
  allowedSeverity: 'error',

  forbidden: [
    // Named twins of allow-list gaps that are easy to fall into, so lint says what is wrong.
    {
      name: 'feature-not-to-app',
      comment:
        'A feature does not import app/ (app/ imports the features); share through lib/ or components/.',
      severity: 'error',
      from: { path: '^src-renderer/src/features/' },
      to: { path: '^src-renderer/src/app/' }
    },
    {
      name: 'feature-not-to-feature',
      comment: 'Features do not import each other; share through lib/ or components/.',
      severity: 'error',
      from: { path: '^src-renderer/src/features/([^/]+)/' },
      to: { path: '^src-renderer/src/features/', pathNot: '^src-renderer/src/features/$1/' }
    },
    {
      name: 'no-circular',
      comment: 'No import cycles: a folder that needs another is below it, never beside it.',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (a typo or a missing package fails here, not at runtime).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true }
    }
  ],

  options: {
    doNotFollow: { path: '^node_modules/' },
    exclude: { path: '^(out|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings']
    },
    cache: false,
    reporterOptions: { text: { highlightFocused: false } }
  }
};
