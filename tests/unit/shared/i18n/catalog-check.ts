/**
 * Compares translated catalogs with the English one: missing or extra keys, plural forms other
 * than the ones the language's Intl.PluralRules has (French also "many"), different
 * {{variables}}, empty texts. Returns one readable line per problem.
 */
import type { Language } from '@shared/i18n/languages';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const VARIABLE = /\{\{\s*-?\s*([\w.]+)[^}]*\}\}/g;

interface Entry {
  readonly forms: Set<string>;
  readonly variables: Set<string>;
  readonly texts: string[];
}

function flatten(value: unknown, prefix: string, into: Map<string, string>): Map<string, string> {
  if (typeof value === 'string') {
    into.set(prefix, value);
    return into;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>))
    flatten(child, prefix === '' ? key : `${prefix}.${key}`, into);
  return into;
}

/** Keys grouped by plural base: "count_one" and "count_other" are one entry "count". */
function entriesOf(catalog: object): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const [key, text] of flatten(catalog, '', new Map())) {
    const match = PLURAL.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const entry = entries.get(base) ?? { forms: new Set(), variables: new Set(), texts: [] };
    entry.forms.add(match ? match[1]! : '');
    for (const variable of text.matchAll(VARIABLE)) entry.variables.add(variable[1]!);
    entry.texts.push(text);
    entries.set(base, entry);
  }
  return entries;
}

export function pluralForms(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

const sorted = (set: Iterable<string>): string => [...set].sort().join(', ');

export function findCatalogProblems(catalogs: Readonly<Record<Language, object>>): string[] {
  const problems: string[] = [];
  const english = entriesOf(catalogs.en);
  for (const [language, catalog] of Object.entries(catalogs)) {
    const entries = entriesOf(catalog);
    const forms = sorted(pluralForms(language));
    for (const [key, entry] of entries) {
      const source = english.get(key);
      if (!source) {
        problems.push(`${language}: ${key} is not in English`);
        continue;
      }
      const plural = !source.forms.has('');
      if (plural && sorted(entry.forms) !== forms)
        problems.push(
          `${language}: ${key} has plural forms [${sorted(entry.forms)}], wants [${forms}]`
        );
      if (!plural && !entry.forms.has(''))
        problems.push(`${language}: ${key} is plural, English is not`);
      if (sorted(entry.variables) !== sorted(source.variables))
        problems.push(
          `${language}: ${key} uses {{${sorted(entry.variables)}}}, English {{${sorted(source.variables)}}}`
        );
      if (entry.texts.some((text) => text.trim() === ''))
        problems.push(`${language}: ${key} is empty`);
    }
    for (const key of english.keys())
      if (!entries.has(key)) problems.push(`${language}: ${key} is missing`);
  }
  return problems;
}
