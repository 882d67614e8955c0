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
 * one by one, 0.2 s a page at a time). The rows travel as one JSON array; a page whose JSON
 * holds a \u escape (a control character, a lone surrogate) is written one row at a time,
 * where the values are bound as given, so no text is ever read back through a JSON decoder.
 */
function writeRows(
  db: DatabaseSync,
  entity: ListEntity,
  names: readonly string[],
  rows: readonly SQLInputValue[][]
): void {
  const payload = JSON.stringify(rows);
  if (rows.length > 1 && !payload.includes('\\u')) {
    prepared(db, upsertSql(entity, names, true)).run(payload);
    return;
  }
  const one = prepared(db, upsertSql(entity, names, false));
  for (const row of rows) one.run(...row);
}

const upsertSqls = new Map<string, string>();

/**
 * The upsert statement of an entity's rows, built once per shape: every row of an entity has
 * the same columns, in the same order (the entity table's `columns` give one fixed shape per
 * entity). `bulk` takes the rows as one JSON array of arrays of values.
 */
function upsertSql(entity: ListEntity, names: readonly string[], bulk: boolean): string {
  const key = `${entity}:${bulk}`;
  let sql = upsertSqls.get(key);
  if (sql === undefined) {
    const updates = names.filter((n) => n !== 'id').map((n) => `${n} = excluded.${n}`);
    const values = bulk
      ? `SELECT ${names.map((_, i) => `value ->> ${i}`).join(', ')} FROM json_each(?) WHERE true`
      : `VALUES (${names.map(() => '?').join(', ')})`;
    sql = `INSERT INTO ${entity} (${names.join(', ')}) ${values} ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`;
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
