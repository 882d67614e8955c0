import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * SQL lives only in repositories: core files named `*-repository.ts` and core/cache (the
 * database, its migrations and the shared repositories). Handlers, rules and services call
 * repository functions; a statement anywhere else fails this test with its file and line.
 */
const CORE = join(process.cwd(), 'src-main', 'core');

/** Uppercase SQL as the project writes it; prose and identifiers do not match. */
const SQL_TEXT =
  /\b(SELECT\s+[\w*(]|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+(\s+AS\s+\w+)?\s+SET\b|DELETE\s+FROM\b|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW|VIRTUAL)\b|PRAGMA\s+\w|SAVEPOINT\s+\w|BEGIN\s+IMMEDIATE|ROLLBACK\b|RELEASE\s+\w)/;

/** Where SQL appears in a source text: `line: excerpt` per statement site. */
export function sqlSites(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const sites: string[] = [];
  const note = (node: ts.Node, what: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    sites.push(`${line + 1}: ${what}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const [first] = node.arguments;
      const literalArgument =
        first !== undefined && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first));
      // db.prepare(anything); db.exec('…') — RegExp#exec takes a variable, not a literal.
      if (method === 'prepare' || (method === 'exec' && literalArgument)) note(node, `.${method}(`);
    }
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (SQL_TEXT.test(node.text)) note(node, node.text.trim().replace(/\s+/g, ' ').slice(0, 40));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return coreFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function mayHoldSql(path: string): boolean {
  const rel = relative(CORE, path).split(sep).join('/');
  return rel.startsWith('cache/') || rel.endsWith('-repository.ts');
}

describe('SQL in core', () => {
  it('appears only in repository files and core/cache', () => {
    const outside = coreFiles(CORE)
      .filter((path) => !mayHoldSql(path))
      .flatMap((path) =>
        sqlSites(path, readFileSync(path, 'utf8')).map(
          (site) => `${relative(process.cwd(), path)}:${site}`
        )
      );
    expect(outside).toEqual([]);
  });

  it('is found in prepared statements, exec calls and SQL strings, not in regexes or prose', () => {
    const text = [
      "const a = db.prepare('SELECT json FROM account LIMIT 1').get();",
      "db.exec('DELETE FROM alert_results');",
      'const q = `UPDATE ticket_state AS s SET read_through = ${x}`;',
      "const where = 'WHERE id IN (SELECT value FROM json_each(?))';",
      'const m = /^(\\d+)$/.exec(text);',
      "const label = 'Select a date to snooze until';",
      '/** Reads the rows SELECT statements would return. */'
    ].join('\n');
    expect(sqlSites('sample.ts', text)).toEqual([
      '1: .prepare(',
      '1: SELECT json FROM account LIMIT 1',
      '2: .exec(',
      '2: DELETE FROM alert_results',
      '3: UPDATE ticket_state AS s SET read_throug',
      '4: WHERE id IN (SELECT value FROM json_each'
    ]);
  });

  it('is allowed in repositories and the cache module only', () => {
    expect(mayHoldSql(join(CORE, 'tickets', 'ticket-repository.ts'))).toBe(true);
    expect(mayHoldSql(join(CORE, 'cache', 'migrations', '001-initial.ts'))).toBe(true);
    expect(mayHoldSql(join(CORE, 'tickets', 'ticket-handlers.ts'))).toBe(false);
    expect(mayHoldSql(join(CORE, 'alerts', 'ledger.ts'))).toBe(false);
  });
});
