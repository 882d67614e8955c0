#!/usr/bin/env node
/**
 * The `hostdeck` command line. Each command lives in commands/<name>.ts and returns an exit
 * code; this file only dispatches. Exit codes: 0 success, 1 runtime failure (provider, I/O),
 * 2 invalid usage or input.
 */
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s)
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`hostdeck: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
);
