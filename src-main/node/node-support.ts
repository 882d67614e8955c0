/**
 * The plain-Node entry points (CLI, web shell) need `node:sqlite`, which Node has without a
 * flag from 22.13 on. Started by an older system Node (`node out/main/cli.js` on Node 20),
 * a static import would die with "No such built-in module: node:sqlite" and a stack trace;
 * the entry points call this first and import the rest only when it passes. This module must
 * import nothing that needs node:sqlite.
 */

/** What to tell the user; null when this Node has node:sqlite. */
export async function missingNodeSqlite(
  program: string,
  runInstead: string
): Promise<string | null> {
  try {
    await import('node:sqlite');
    return null;
  } catch {
    return (
      `${program}: this Node.js (${process.version}, ${process.execPath}) has no node:sqlite, ` +
      `which Hostdeck's cache needs (Node.js 22.13 or newer).\n` +
      `Run it with the Node.js the project pins instead, from the project folder: ${runInstead}\n`
    );
  }
}
