// Test databases are cloned from a template that is migrated and loaded with the
// reference data once per run: PGlite from a dumped data folder, PostgreSQL with
// CREATE DATABASE … TEMPLATE. Building it from scratch per file would cost 5–10 s.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/client.ts';
import { migrateDatabase } from '../../src/server/db/migrate.ts';
import { loadAdminStructures } from '../../src/server/modules/admin-units/admin-units.loader.ts';
import { loadShippedRubrics } from '../../src/server/modules/rubrics/rubrics.service.ts';
import { loadShippedCalendar } from '../../src/server/modules/calendar/calendar.service.ts';

/** the audit key of makeDeps (factories.ts): rows written into the template verify with it */
export const TEST_AUDIT_SECRET = Buffer.from('test-audit-secret-that-is-long-enough-123');

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PGLITE_TEMPLATE = join(ROOT, '.tmp', 'pglite-template.tar');
export const PG_TEMPLATE_DB = 'ocop_test_template';

export async function buildPgliteTemplate(): Promise<void> {
  const database = await openDatabase({});
  await migrateDatabase(database);
  await database.db.transaction((tx) => loadAdminStructures(tx));
  await loadShippedRubrics(database.db, TEST_AUDIT_SECRET);
  await loadShippedCalendar(database.db);
  const dump = await database.pglite!.dumpDataDir('none');
  mkdirSync(dirname(PGLITE_TEMPLATE), { recursive: true });
  writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}

export function pgliteTemplateBlob(): Blob {
  if (!existsSync(PGLITE_TEMPLATE))
    throw new Error(
      `missing ${PGLITE_TEMPLATE}: run through npm test (scripts/test.sh) or node --import tsx test/support/prepare.ts`,
    );
  return new Blob([readFileSync(PGLITE_TEMPLATE)]);
}

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function buildPostgresTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB}`);
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ url: databaseUrl(adminUrl, PG_TEMPLATE_DB), poolSize: 2 });
  await migrateDatabase(database);
  await database.db.transaction((tx) => loadAdminStructures(tx));
  await loadShippedRubrics(database.db, TEST_AUDIT_SECRET);
  await loadShippedCalendar(database.db);
  await database.close();
}
