#!/usr/bin/env node
/**
 * The `hostdeck` command line. Each command lives in commands/<name>.ts and returns an exit
 * code; this file only dispatches. Exit codes: 0 success, 1 runtime failure (provider, I/O),
 * 2 invalid usage or input. The commands are imported only once this Node is known to have
 * node:sqlite, so an older Node gets a sentence instead of a stack trace.
 */
import { missingNodeSqlite } from '../node/node-support';

async function main(): Promise<number> {
  const problem = await missingNodeSqlite('hostdeck', 'npx hostdeck <command> …');
  if (problem) {
    process.stderr.write(problem);
    return 1;
  }
  const { runCli } = await import('./run-cli');
  return runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s)
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`hostdeck: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
);
