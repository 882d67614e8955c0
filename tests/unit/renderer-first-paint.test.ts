/**
 * What the first paint loads (issue 10, part 3): the renderer's entry and the preload reach,
 * through their static imports, neither the zod contract nor the chart, Markdown and PDF
 * libraries; those come with the lazily loaded pages. `import()` calls are the split points
 * and are not followed; `import type` is erased. An import listing only `type` specifiers is
 * followed, as verbatimModuleSyntax keeps it as a side-effect import. Of the catalogs, only
 * English (the fallback) comes with the entry; French and Dutch are split chunks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const HEAVY_PACKAGES = ['zod', 'recharts', 'react-markdown', 'pdfjs-dist'];

/** The import aliases, as tsconfig.base.json declares them (`"@shared/*": ["./src-shared/*"]`). */
const ALIASES = Object.entries(
  (
    JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, [string]> };
    }
  ).compilerOptions.paths
).map(([alias, [target]]) => [alias.replace('*', ''), target.replace('*', '')] as const);

function aliasTarget(specifier: string): string | null {
  for (const [alias, folder] of ALIASES)
    if (specifier.startsWith(alias)) return resolve(ROOT, folder + specifier.slice(alias.length));
  return null;
}

function resolveModule(from: string, specifier: string): string | null {
  const base = aliasTarget(specifier) ?? resolve(dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx')
  ]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every static value import of one file: relative ones resolved to paths, packages by name. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement)) {
      if (statement.importClause?.isTypeOnly) continue;
      specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      if (statement.isTypeOnly) continue;
      specifier = statement.moduleSpecifier;
    }
    if (!specifier || !ts.isStringLiteral(specifier)) continue;
    found.push(specifier.text);
  }
  return found;
}

/** The files and packages `entry` loads before anything else can run. */
function staticGraph(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.') || aliasTarget(specifier)) {
        const target = resolveModule(file, specifier);
        if (target) queue.push(target);
        continue;
      }
      const name = specifier.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier.split('/')[0]!;
      if (!packages.has(name)) packages.set(name, relative(ROOT, file));
    }
  }
  return { files, packages };
}

/** The contract's plain-data modules (no zod), which the first paint may carry. */
const PLAIN_CONTRACT_MODULES = new Set([
  'src-shared/contract/channel-names.ts',
  'src-shared/contract/cache-scope-names.ts',
  'src-shared/contract/cache-scopes.ts',
  'src-shared/contract/sync-entities.ts'
]);

function contractSchemaModules(files: Set<string>): string[] {
  return [...files]
    .map((file) => relative(ROOT, file))
    .filter((file) => file.startsWith('src-shared/contract/'))
    .filter((file) => !PLAIN_CONTRACT_MODULES.has(file));
}

describe('the first paint', () => {
  it("the renderer's entry imports no zod, charts, Markdown or PDF library up front", () => {
    const { files, packages } = staticGraph('src-renderer/src/app/main.tsx');
    const heavy = HEAVY_PACKAGES.filter((name) => packages.has(name)).map(
      (name) => `${name} (via ${packages.get(name)})`
    );
    expect(heavy).toEqual([]);
    expect(contractSchemaModules(files)).toEqual([]);
    // The walk did follow the app: the frame and the web bridge are part of it.
    const paths = [...files].map((file) => relative(ROOT, file));
    expect(paths).toContain('src-renderer/src/app/app-frame.tsx');
    expect(paths).toContain('src-renderer/src/lib/web-bridge.ts');
  });

  it('the entry carries the frame’s English only: pages’ words, French and Dutch come later', () => {
    const paths = [...staticGraph('src-renderer/src/app/main.tsx').files].map((file) =>
      relative(ROOT, file)
    );
    const otherLanguages = paths.filter((file) =>
      /^src-shared\/i18n\/(locales\/(fr|nl)\/|resources\.ts$)/.test(file)
    );
    expect(otherLanguages).toEqual([]);
    // English is the fallback and the first paint's words for an English reader: the frame's
    // namespaces come with the entry, the pages' with the first page shown (loadPageWords).
    expect(paths).toContain('src-shared/i18n/locales/en/nav.ts');
    expect(paths).toContain('src-shared/i18n/locales/en/app.ts');
    expect(paths).toContain('src-renderer/src/lib/i18n.ts');
    const pageWords = paths.filter((file) =>
      /^src-shared\/i18n\/locales\/en\/(index|invoices|tickets|usage|domains|settings|cli)\.ts$/.test(
        file
      )
    );
    expect(pageWords).toEqual([]);
  });

  it('the preload carries the channel names, not the zod contract', () => {
    const { files, packages } = staticGraph('src-preload/index.ts');
    expect(packages.has('zod')).toBe(false);
    expect(contractSchemaModules(files)).toEqual([]);
    expect([...files].map((file) => relative(ROOT, file))).toContain(
      'src-shared/contract/channel-names.ts'
    );
  });
});
