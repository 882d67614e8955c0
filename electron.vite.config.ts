import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * Three bundles. `main` holds three entries that share the core: the Electron composition
 * root (index), the web shell (web) and the `hostdeck` CLI (cli). The preload is sandboxed,
 * so it is one self-contained CommonJS file with no external requires.
 * Import aliases (@shared, @main, @renderer) come from tsconfig.base.json, their one declaration.
 */
export default defineConfig({
  main: {
    resolve: { tsconfigPaths: true },
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src-main/index.ts'),
          web: resolve(import.meta.dirname, 'src-main/web-shell/main.ts'),
          cli: resolve(import.meta.dirname, 'src-main/cli/main.ts')
        }
      }
    }
  },
  preload: {
    resolve: { tsconfigPaths: true },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src-preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src-renderer'),
    plugins: [react()],
    resolve: { tsconfigPaths: true },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // The first paint downloads and parses this: minified, and split per page (see pages.ts).
      minify: true,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src-renderer/index.html') }
      }
    }
  }
});
