/**
 * Exports cached entities as JSON or CSV (money as plain decimals): which entities, in what
 * order and with which columns is the entity table's (core/cache/entity-table.ts).
 */
import type { DatabaseSync } from 'node:sqlite';
import { readEntities } from '../cache/repositories/entities';
import {
  LIST_ENTITIES,
  type ExportColumn,
  type Exportable,
  type ListEntity,
  type ListEntityMap
} from '../cache/entity-table';
import { toCsv } from './csv';

export type { Exportable };

/** The entities that export, in the entity table's order. */
export const EXPORTABLE: readonly Exportable[] = (
  Object.keys(LIST_ENTITIES) as ListEntity[]
).filter((entity): entity is Exportable => 'export' in LIST_ENTITIES[entity]);

/** Renders one entity from the cache. */
export function exportEntity(db: DatabaseSync, entity: Exportable, format: 'json' | 'csv'): string {
  const spec = LIST_ENTITIES[entity].export;
  const items = readEntities(db, entity, spec.orderBy);
  if (format === 'json') return JSON.stringify(items, null, 2) + '\n';
  const columns = spec.columns as readonly ExportColumn<ListEntityMap[Exportable]>[];
  return toCsv(
    columns.map(([header]) => header),
    items.map((item) => columns.map(([, cell]) => cell(item)))
  );
}
