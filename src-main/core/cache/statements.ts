/**
 * Prepared statements kept per connection and SQL text: list screens run the same few
 * queries on every keystroke, and compiling them each time costs more than running them.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';

const cache = new WeakMap<DatabaseSync, Map<string, StatementSync>>();
const STATEMENTS_LIMIT = 200;

/** The prepared statement of `sql` on `db`, compiled once. */
export function prepared(db: DatabaseSync, sql: string): StatementSync {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    // Filtered lists build many shapes over time: a connection keeps a bounded number.
    if (statements.size >= STATEMENTS_LIMIT) statements.clear();
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
