// Modules own their tables: the check fails on SQL outside a repository, on a write
// to another module's table or column, and on an undocumented read; every table
// that records a place is registered for scope refresh; the ownership map covers
// every table of the schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { getTableColumns, getTableName, isTable } from 'drizzle-orm';
import * as schema from '../../src/server/db/schema/index.ts';
import { TABLE_OWNERS } from '../../src/server/db/ownership.ts';
import { PLACE_BEARING_TABLES } from '../../src/server/place-bearing.ts';
import { checkFile } from '../../scripts/lint/tables.ts';

const tables = Object.values(schema).filter((t) => isTable(t)) as Parameters<typeof getTableName>[0][];
const idents = new Map(
  Object.entries(schema)
    .filter(([, t]) => isTable(t))
    .map(([k, t]) => [k, getTableName(t as never)]),
);
const rules = (file: string, source: string) =>
  checkFile(file, source, idents).map((f) => `${f.rule}: ${f.detail}`);
const schemaImport = (names: string) => `import { ${names} } from '../../db/schema/index.ts';\n`;

describe('table ownership', () => {
  it('names an owner for every table of the schema, and no table that is not in it', () => {
    assert.deepEqual(tables.map((t) => getTableName(t)).sort(), Object.keys(TABLE_OWNERS).sort());
  });
  it('registers every table that records a place for scope refresh', () => {
    const placed = tables.filter((t) => 'scopeProvinceId' in getTableColumns(t)).map((t) => getTableName(t));
    assert.deepEqual(placed.sort(), PLACE_BEARING_TABLES.map((p) => p.table).sort());
  });
  it('refuses SQL in a service', () => {
    assert.deepEqual(
      rules(
        'src/server/modules/photos/photos.service.ts',
        `${schemaImport('productPhotos')}db.select().from(productPhotos);`,
      ),
      ['sql-outside-repository: SQL or schema tables outside a *.repository.ts'],
    );
  });
  it('refuses a repository writing another module’s table, by drizzle or by raw SQL', () => {
    assert.deepEqual(
      rules(
        'src/server/modules/imports/x.repository.ts',
        `${schemaImport('products')}tx.insert(products).values(v);`,
      ),
      ['writes-another-module: products (owned by registry)'],
    );
    assert.deepEqual(
      rules('src/server/modules/imports/x.repository.ts', 'sql`INSERT INTO certificates (a) SELECT 1`'),
      ['writes-another-module: certificates (owned by certificates)'],
    );
  });
  it('refuses a write to a column another module owns, and lets its owner write it', () => {
    const source = 'sql`UPDATE products p SET certificate_stars = 3 WHERE p.id = 1`';
    assert.ok(
      rules('src/server/modules/registry/x.repository.ts', source).includes(
        'writes-another-module: products.certificate_stars (written by certificates only)',
      ),
    );
    assert.deepEqual(rules('src/server/modules/certificates/x.repository.ts', source), []);
  });
  it('refuses an undocumented read, and allows a documented read-model', () => {
    assert.deepEqual(rules('src/server/modules/photos/x.repository.ts', 'sql`SELECT 1 FROM audit_log`'), [
      'reads-undocumented: audit_log (owned by audit)',
    ]);
    assert.deepEqual(
      rules('src/server/modules/registry/x.repository.ts', 'sql`SELECT name FROM admin_units`'),
      [],
    );
  });
});

describe('docs/architecture.md', () => {
  it('shows the owner of every table as src/server/db/ownership.ts has it', () => {
    const doc = readFileSync('docs/architecture.md', 'utf8');
    const rows = doc.split('\n').filter((l) => /^\| `[a-z_]+/.test(l));
    for (const [table, owner] of Object.entries(TABLE_OWNERS)) {
      const row = rows.find((r) => r.split('|')[1].includes(`\`${table}\``));
      assert.ok(row, `${table} has no row in the ownership table`);
      assert.equal(row.split('|')[2].trim(), owner, `${table}: the doc says ${row.split('|')[2].trim()}`);
    }
  });
});
