import { describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';

describe('toolchain', () => {
  it('runs on the pinned Node with node:sqlite available', () => {
    const db = new DatabaseSync(':memory:');
    expect(db.prepare('select 1 + 1 as two').get()).toEqual({ two: 2 });
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });
});
