/**
 * Every screen brings its own styles. The renderer is split into chunks (issue 10, part 3):
 * the entry, and each `import()` target with what it imports. A chunk's stylesheets arrive
 * with it, so a class name a module uses is styled only if its stylesheet is imported by the
 * module's chunk or by every chunk that loads that one. A stylesheet that arrived by chance
 * (with a page opened earlier) leaves the screen unstyled when it is opened first: the
 * statement's period picker opened from a link or after a restart, the outbox in the status
 * bar before Tickets was ever opened.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SRC = join(ROOT, 'src-renderer', 'src');
const ENTRY = join(SRC, 'app', 'main.tsx');

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path));
    else found.push(path);
  }
  return found;
}

const FILES = filesUnder(SRC);
const STYLESHEETS = FILES.filter((f) => f.endsWith('.css'));
const MODULES = FILES.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));

/** Class name → the stylesheets that give it a rule. */
function classRules(): Map<string, Set<string>> {
  const rules = new Map<string, Set<string>>();
  for (const sheet of STYLESHEETS) {
    const text = readFileSync(sheet, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const match of text.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) {
      const name = match[1]!;
      let sheets = rules.get(name);
      if (!sheets) rules.set(name, (sheets = new Set()));
      sheets.add(sheet);
    }
  }
  return rules;
}

/** A relative import resolved to a file of the renderer (a module or a stylesheet), else null. */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (/\.(ts|tsx|css)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

interface ModuleFacts {
  /** Modules and stylesheets imported statically (with the module, in its chunk). */
  readonly statics: string[];
  /** Modules imported with `import()`: each starts a chunk of its own. */
  readonly dynamics: string[];
  /** Class names written in its `className` (or `…ClassName`) attributes. */
  readonly classes: Set<string>;
}

function factsOf(file: string): ModuleFacts {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  );
  const statics: string[] = [];
  const dynamics: string[] = [];
  const classes = new Set<string>();
  const addWords = (text: string): void => {
    for (const word of text.split(/\s+/))
      if (/^[a-zA-Z][\w-]*[a-zA-Z0-9]$/.test(word)) classes.add(word);
  };
  const collectClassWords = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) addWords(node.text);
    else if (ts.isTemplateExpression(node)) {
      // `a b--${kind}`: whole words only (the part before a substitution is cut short).
      addWords(node.head.text.replace(/\S*$/, ''));
      for (const span of node.templateSpans) addWords(span.literal.text.replace(/^\S*/, ''));
    }
    ts.forEachChild(node, collectClassWords);
  };
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) ||
      (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier)
    ) {
      const specifier = node.moduleSpecifier;
      if (specifier && ts.isStringLiteral(specifier)) {
        const target = resolveImport(file, specifier.text);
        if (target) statics.push(target);
      }
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      const target = resolveImport(file, node.arguments[0].text);
      if (target) dynamics.push(target);
    } else if (ts.isJsxAttribute(node) && /className$/i.test(node.name.getText(source))) {
      if (node.initializer) collectClassWords(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { statics, dynamics, classes };
}

const FACTS = new Map(MODULES.map((m) => [m, factsOf(m)]));

/** The modules and stylesheets a chunk's entry brings with it (static imports, transitively). */
function chunkOf(entry: string): Set<string> {
  const members = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (members.has(file)) continue;
    members.add(file);
    for (const next of FACTS.get(file)?.statics ?? []) stack.push(next);
  }
  return members;
}

/** Each chunk entry with its members and the stylesheets loaded whenever it has loaded. */
function chunks(): Map<string, { members: Set<string>; sheets: Set<string> }> {
  const members = new Map<string, Set<string>>([[ENTRY, chunkOf(ENTRY)]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const chunk of [...members.values()])
      for (const file of chunk)
        for (const target of FACTS.get(file)?.dynamics ?? [])
          if (!members.has(target)) {
            members.set(target, chunkOf(target));
            grew = true;
          }
  }
  const loaders = (entry: string): string[] =>
    [...members]
      .filter(([, chunk]) => [...chunk].some((f) => FACTS.get(f)?.dynamics.includes(entry)))
      .map(([loader]) => loader);
  const sheetsOf = (chunk: Set<string>) => [...chunk].filter((f) => f.endsWith('.css'));
  // What every loader guarantees, to a fixed point (a chunk loaded from several places gets
  // only what all of them bring).
  const sheets = new Map<string, Set<string>>([[ENTRY, new Set(sheetsOf(members.get(ENTRY)!))]]);
  for (let changed = true; changed;) {
    changed = false;
    for (const [entry, chunk] of members) {
      if (entry === ENTRY) continue;
      const from = loaders(entry).map((l) => sheets.get(l));
      if (from.some((s) => s === undefined)) continue;
      const common = from.reduce<Set<string> | null>(
        (acc, s) => (acc === null ? new Set(s) : new Set([...acc].filter((x) => s!.has(x)))),
        null
      );
      const next = new Set([...sheetsOf(chunk), ...(common ?? [])]);
      if (sheets.get(entry)?.size !== next.size) {
        sheets.set(entry, next);
        changed = true;
      }
    }
  }
  return new Map(
    [...members].map(([entry, chunk]) => [entry, { members: chunk, sheets: sheets.get(entry)! }])
  );
}

const rel = (file: string) => relative(ROOT, file);

describe('renderer stylesheets', () => {
  const rules = classRules();
  const all = chunks();

  it('finds the chunks: the entry, every page, the status bar outbox, the charts', () => {
    const entries = [...all.keys()].map(rel);
    expect(entries).toContain('src-renderer/src/app/main.tsx');
    expect(entries).toContain('src-renderer/src/features/invoices/statement-page.tsx');
    expect(entries).toContain('src-renderer/src/features/tickets/outbox-status.tsx');
    expect(entries).toContain('src-renderer/src/features/tickets/ticket-thread.tsx');
    expect(all.size).toBeGreaterThan(12);
    // A lazily loaded thread gets the tickets page's stylesheet from the page that loads it.
    const thread = all.get(join(SRC, 'features', 'tickets', 'ticket-thread.tsx'))!;
    expect([...thread.sheets].map(rel)).toContain('src-renderer/src/features/tickets/tickets.css');
  });

  it('every class name a chunk uses has its stylesheet loaded with the chunk', () => {
    const unstyled: string[] = [];
    for (const [entry, chunk] of all) {
      for (const file of chunk.members) {
        for (const name of FACTS.get(file)?.classes ?? []) {
          const sheets = rules.get(name);
          if (!sheets || [...sheets].some((s) => chunk.sheets.has(s))) continue;
          unstyled.push(
            `${rel(file)} (loaded with ${rel(entry)}) uses .${name} of ${[...sheets].map(rel).join(' or ')}`
          );
        }
      }
    }
    expect([...new Set(unstyled)]).toEqual([]);
  });
});
