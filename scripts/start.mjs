#!/usr/bin/env node
// `npm start`: builds and runs the Electron app. Where the Electron binary is missing and
// cannot be downloaded (a locked-down or headless machine), it says so and starts the web
// shell instead, so the same command still opens a working Hostdeck.
import { spawnSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let electronPath = null;
let why = '';
try {
  // Resolving the path downloads the binary on first use (Electron 45 installs it lazily).
  electronPath = require('electron');
} catch (error) {
  why = error instanceof Error ? error.message.split('\n')[0] : String(error);
}

const run = (cmd, args) => {
  const child = spawn(cmd, args, { stdio: 'inherit', shell: false });
  child.on('exit', (code) => process.exit(code ?? 0));
};

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
if (electronPath && process.env.HOSTDECK_FORCE_WEB !== '1') {
  run(npx, ['electron-vite', 'preview']);
} else {
  console.log(`Electron is not available here (${why || 'HOSTDECK_FORCE_WEB=1'}).`);
  console.log('Starting the web shell instead: open the URL below in your browser.');
  const build = spawnSync(npx, ['electron-vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  run(process.execPath, ['out/main/web.js']);
}
