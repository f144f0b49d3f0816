// npm run lint:tables — modules own their tables (src/server/db/ownership.ts):
// every SQL statement of a module lives in one of its repositories; a repository
// writes only its module's tables (and columns), and reads another module's table
// only through a documented read-model. Seeds are exempt: they write the demo and
// benchmark world in bulk on an empty database.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMN_OWNERS, READ_MODELS, TABLE_OWNERS } from '../../src/server/db/ownership.ts';
import { sourceFiles } from './boundaries.ts';

export interface TableFinding {
  rule: 'sql-outside-repository' | 'writes-another-module' | 'reads-undocumented' | 'unowned-table';
  file: string;
  detail: string;
}

const OWNERS = TABLE_OWNERS as Record<string, string>;

/** The module a file belongs to, or null for files outside the module tree. */
export function moduleOfFile(file: string): string | null {
  const m = /^src\/server\/modules\/([^/]+)\//.exec(file);
  if (m) return m[1];
  if (file.startsWith('src/server/jobs/')) return 'jobs';
  return null;
}

/** drizzle identifier → table name, from the schema files' pgTable('name') calls. */
export function schemaIdentifiers(schemaSources: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of schemaSources)
    for (const m of s.matchAll(/export const (\w+) = pgTable\(\s*'(\w+)'/g)) map.set(m[1], m[2]);
  return map;
}

export function tablesOf(source: string, idents: Map<string, string>) {
  const imported = new Set<string>();
  for (const m of source.matchAll(/import \{([^}]*)\} from '[^']*db\/schema\/index\.ts'/g)) {
    for (const n of m[1].split(',')) {
      const name = n.trim().replace(/^type\s+/, '');
      if (idents.has(name)) imported.add(idents.get(name)!);
    }
  }
  const written = new Set<string>();
  for (const m of source.matchAll(/\.(insert|update|delete)\(\s*(\w+)\s*\)/g))
    if (idents.has(m[2])) written.add(idents.get(m[2])!);
  for (const m of source.matchAll(/\b(?:INSERT INTO|UPDATE|DELETE FROM|TRUNCATE)\s+(\w+)/g))
    if (m[1] in OWNERS) written.add(m[1]);
  const read = new Set<string>(imported);
  for (const m of source.matchAll(/\b(?:FROM|JOIN)\s+(\w+)/g)) if (m[1] in OWNERS) read.add(m[1]);
  const columns = new Set<string>();
  for (const [column] of Object.entries(COLUMN_OWNERS)) {
    const [, name] = column.split('.');
    const camel = name.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
    if (
      new RegExp(
        `SET[^;\`]*\\b${name}\\b|\\.set\\(\\{[^}]*\\b${camel}\\b|\\(\\s*[^)]*\\b${name}\\b[^)]*\\)\\s*SELECT`,
      ).test(source)
    )
      columns.add(column);
  }
  const usesSql =
    imported.size > 0 ||
    /from 'drizzle-orm'/.test(source.replace(/import type [^;]*from 'drizzle-orm';/g, '')) ||
    /\bqueryRows\(|\.execute\(sql/.test(source);
  return { read, written, columns, usesSql };
}

/** A module that owns a column of another module's table writes that table (only that column, by review). */
const ownsAColumnOf = (module: string, table: string) =>
  Object.entries(COLUMN_OWNERS).some(([column, owner]) => owner === module && column.startsWith(`${table}.`));

export function checkFile(file: string, source: string, idents: Map<string, string>): TableFinding[] {
  const owner = moduleOfFile(file);
  if (!owner) return [];
  const { read, written, columns, usesSql } = tablesOf(source, idents);
  const findings: TableFinding[] = [];
  const isRepository = file.endsWith('.repository.ts') || owner === 'jobs';
  if (usesSql && !isRepository)
    findings.push({
      rule: 'sql-outside-repository',
      file,
      detail: 'SQL or schema tables outside a *.repository.ts',
    });
  for (const t of written) {
    if (!(t in OWNERS)) findings.push({ rule: 'unowned-table', file, detail: t });
    else if (OWNERS[t] !== owner && !ownsAColumnOf(owner, t))
      findings.push({ rule: 'writes-another-module', file, detail: `${t} (owned by ${OWNERS[t]})` });
  }
  for (const c of columns)
    if (COLUMN_OWNERS[c] !== owner)
      findings.push({
        rule: 'writes-another-module',
        file,
        detail: `${c} (written by ${COLUMN_OWNERS[c]} only)`,
      });
  const documented = new Set((READ_MODELS[owner] ?? []).flatMap((r) => r.tables as readonly string[]));
  for (const t of read) {
    if (!(t in OWNERS)) findings.push({ rule: 'unowned-table', file, detail: t });
    else if (OWNERS[t] !== owner && !written.has(t) && !documented.has(t))
      findings.push({ rule: 'reads-undocumented', file, detail: `${t} (owned by ${OWNERS[t]})` });
  }
  return findings;
}

export const tableFindingKey = (f: TableFinding) => `${f.rule}: ${f.file} — ${f.detail}`;
export const KNOWN_TABLE_FILE = 'scripts/lint/known-table-violations.json';

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.cwd();
  const files = sourceFiles(root);
  const idents = schemaIdentifiers(
    files
      .filter((f) => f.startsWith('src/server/db/schema/'))
      .map((f) => readFileSync(join(root, f), 'utf8')),
  );
  const findings = files
    .filter((f) => !/\.test\.ts$/.test(f))
    .flatMap((f) => checkFile(f, readFileSync(join(root, f), 'utf8'), idents));
  const known = new Set<string>(JSON.parse(readFileSync(join(root, KNOWN_TABLE_FILE), 'utf8')).violations);
  const found = new Set(findings.map(tableFindingKey));
  const fresh = findings.filter((f) => !known.has(tableFindingKey(f)));
  const gone = [...known].filter((k) => !found.has(k));
  for (const f of fresh) console.log(`✖ ${tableFindingKey(f)}`);
  for (const k of gone) console.log(`✖ listed in ${KNOWN_TABLE_FILE} but no longer found (remove it): ${k}`);
  console.log(
    `tables: ${found.size} findings, ${known.size} known, ${fresh.length} new, ${gone.length} gone`,
  );
  process.exit(fresh.length || gone.length ? 1 : 0);
}
