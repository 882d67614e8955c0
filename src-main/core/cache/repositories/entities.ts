/**
 * Writes and reads the list entities. Each row keeps the model as JSON plus the columns
 * screens filter on. Writes skip rows whose JSON did not change, so an incremental sync with
 * nothing new writes nothing and raises no cache:changed.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { LIST_ENTITIES, type ListEntity, type ListEntityMap } from '../entity-table';
import { prepared } from '../statements';

export type { ListEntity, ListEntityMap };

type Columns<T> = (item: T) => Record<string, SQLInputValue>;

/**
 * Upserts one page of items, stamping new and changed rows with `runId`. Returns how many
 * rows were new or changed. Call inside the page's transaction. With `seen`, an unchanged
 * row is only added to it (no write at all: a listing that changed nothing writes nothing);
 * without (a resumed listing, a single row written by an action), it is stamped with `runId`.
 */
export function upsertEntities<E extends ListEntity>(
  db: DatabaseSync,
  entity: E,
  items: readonly ListEntityMap[E][],
  runId: string,
  seen?: Set<string>
): number {
  let changed = 0;
  const columns = LIST_ENTITIES[entity].columns as Columns<ListEntityMap[E]>;
  const ids = items.map((item) => (item as { id: string }).id);
  // One read for the page's stored rows instead of one per row.
  const stored = new Map(
    (
      prepared(
        db,
        `SELECT id, json FROM ${entity} WHERE id IN (SELECT value FROM json_each(?))`
      ).all(JSON.stringify(ids)) as { id: string; json: string }[]
    ).map((row) => [row.id, row.json])
  );
  const rows: SQLInputValue[][] = [];
  let names: readonly string[] = [];
  for (const [index, item] of items.entries()) {
    const json = JSON.stringify(item);
    const id = ids[index]!;
    if (stored.get(id) === json) {
      if (seen) seen.add(id);
      else prepared(db, `UPDATE ${entity} SET run_id = ? WHERE id = ?`).run(runId, id);
      continue;
    }
    seen?.add(id);
    // A page that lists one id twice compares its second copy with the first.
    stored.set(id, json);
    const values = { id, ...columns(item), json, run_id: runId };
    if (rows.length === 0) names = Object.keys(values);
    rows.push(Object.values(values));
    changed += 1;
  }
  if (rows.length > 0) writeRows(db, entity, names, rows);
  return changed;
}

/**
 * Writes a page's new and changed rows with one statement: a statement on a table with
 * triggers pays for its sub-journal once, whatever the rows (10,000 listed tickets: about 0.5 s
 * one by one, 0.2 s a page at a time). The rows go as one VALUES list of bound parameters:
 * each value is bound as given, and nothing is encoded as JSON only for SQLite to decode it
 * again (rows carried in one JSON array cost the large data's listings about 0.1 s more).
 */
function writeRows(
  db: DatabaseSync,
  entity: ListEntity,
  names: readonly string[],
  rows: readonly SQLInputValue[][]
): void {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / names.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    prepared(db, upsertSql(entity, names, chunk.length)).run(...chunk.flat());
  }
}

/** Bound parameters per statement: SQLite's default limit (32,766) with room to spare. */
const MAX_PARAMETERS = 30_000;

const upsertSqls = new Map<string, string>();

/**
 * The upsert statement of `count` rows of an entity, built once per shape: every row of an
 * entity has the same columns, in the same order (the entity table's `columns` give one fixed
 * shape per entity).
 */
function upsertSql(entity: ListEntity, names: readonly string[], count: number): string {
  const key = `${entity}:${count}`;
  let sql = upsertSqls.get(key);
  if (sql === undefined) {
    const updates = names.filter((n) => n !== 'id').map((n) => `${n} = excluded.${n}`);
    const row = `(${names.map(() => '?').join(', ')})`;
    const values = Array.from({ length: count }, () => row).join(', ');
    sql = `INSERT INTO ${entity} (${names.join(', ')}) VALUES ${values} ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`;
    // Page sizes are few (full pages and the last one of each listing), but keep it bounded.
    if (upsertSqls.size >= 500) upsertSqls.clear();
    upsertSqls.set(key, sql);
  }
  return sql;
}

/** Deletes the rows whose id a completed listing did not hold (gone at the provider). Returns the count. */
export function deleteMissing(db: DatabaseSync, entity: ListEntity, seen: Set<string>): number {
  const result = db
    .prepare(`DELETE FROM ${entity} WHERE id NOT IN (SELECT value FROM json_each(?))`)
    .run(JSON.stringify([...seen]));
  return Number(result.changes);
}

/** Reads every cached item of an entity, parsed back into the model. */
export function readEntities<E extends ListEntity>(
  db: DatabaseSync,
  entity: E,
  orderBy = 'id'
): ListEntityMap[E][] {
  const rows = db.prepare(`SELECT json FROM ${entity} ORDER BY ${orderBy}`).all() as {
    json: string;
  }[];
  return rows.map((r) => JSON.parse(r.json) as ListEntityMap[E]);
}

/** Counts cached rows of an entity. */
export function countEntities(db: DatabaseSync, entity: ListEntity): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${entity}`).get() as { n: number }).n;
}

/** One cached item by id, parsed back into the model; null when it is not cached. */
export function readEntity<E extends ListEntity>(
  db: DatabaseSync,
  entity: E,
  id: string
): ListEntityMap[E] | null {
  const row = prepared(db, `SELECT json FROM ${entity} WHERE id = ?`).get(id) as
    { json: string } | undefined;
  return row ? (JSON.parse(row.json) as ListEntityMap[E]) : null;
}
