/**
 * Tests live where their code lives: a folder of unit or renderer tests mirrors the source
 * folder it tests, and an integration folder is named after a folder of src-main. A test
 * moved with a rename keeps pointing at what it tests, and a reader finds a file's tests by
 * its path.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

/** Folders (relative to ROOT) under `dir` that hold at least one test file. */
function testFolders(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    const entries = readdirSync(folder);
    if (entries.some((name) => /\.test\.tsx?$/.test(name))) found.push(relative(ROOT, folder));
    for (const name of entries) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
    }
  };
  walk(join(ROOT, dir));
  return found;
}

/** The source folder a unit test folder mirrors, or null for the whole-tree tests' root. */
function unitSource(folder: string): string | null {
  const rest = relative('tests/unit', folder);
  if (rest === '') return null;
  if (rest === 'shared' || rest.startsWith('shared/')) return `src-shared${rest.slice(6)}`;
  return `src-main/${rest}`;
}

/** Every folder of src-main, by its last name (core/alerts → alerts). */
function mainFolderNames(): Set<string> {
  const names = new Set<string>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (!statSync(path).isDirectory()) continue;
      names.add(name);
      walk(path);
    }
  };
  walk(join(ROOT, 'src-main'));
  return names;
}

describe('the test layout', () => {
  it('puts unit tests in folders that mirror the source they test', () => {
    const orphans = testFolders('tests/unit')
      .map((folder) => ({ folder, source: unitSource(folder) }))
      .filter(({ source }) => source !== null && !existsSync(join(ROOT, source)))
      .map(({ folder, source }) => `${folder} (no ${source})`);
    expect(orphans).toEqual([]);
  });

  it('puts renderer tests in folders that mirror src-renderer/src', () => {
    const orphans = testFolders('tests/renderer')
      .map((folder) => ({
        folder,
        source: join('src-renderer/src', relative('tests/renderer', folder))
      }))
      .filter(({ folder }) => folder !== 'tests/renderer')
      .filter(({ source }) => !existsSync(join(ROOT, source)))
      .map(({ folder, source }) => `${folder} (no ${source})`);
    expect(orphans).toEqual([]);
    // Only tests of the whole renderer stay at the root.
    const atRoot = readdirSync(join(ROOT, 'tests/renderer')).filter((name) =>
      /\.test\.tsx?$/.test(name)
    );
    expect(atRoot).toEqual([]);
  });

  it('names each integration folder after a folder of src-main', () => {
    const names = mainFolderNames();
    const orphans = testFolders('tests/integration')
      .map((folder) => relative('tests/integration', folder).split('/')[0]!)
      .filter((name) => !names.has(name));
    expect(orphans).toEqual([]);
  });
});
