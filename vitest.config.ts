import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { aliases } from './electron.vite.config';

/**
 * Two projects: everything that runs in the main process (core, demo provider, web shell,
 * platform wiring with a fake electron) in plain Node, and the renderer in jsdom.
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: aliases },
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/keychain/**/*.test.ts'
          ],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks'
        }
      },
      {
        plugins: [react()],
        resolve: { alias: aliases },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts']
        }
      }
    ]
  }
});
