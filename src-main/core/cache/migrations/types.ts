import type { DatabaseSync } from 'node:sqlite';

/** One numbered schema step. Runs inside a transaction that also bumps `user_version`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: DatabaseSync): void;
}
