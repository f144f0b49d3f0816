// A fresh database per test file, on the engine the run asks for
// (TEST_DB_ENGINE=pglite | postgres), cloned from the prepared template.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/db/client.ts';
import { databaseUrl, PG_TEMPLATE_DB, pgliteTemplateBlob } from './templates.ts';

export type Engine = 'pglite' | 'postgres';
export const ENGINE: Engine = process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase {
  database: Database;
  url: string | null;
  drop(): Promise<void>;
}

export async function createTestDatabase(engine: Engine = ENGINE): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const database = await openDatabase({ loadDataDir: pgliteTemplateBlob() });
    return { database, url: null, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_PG_URL;
  if (!adminUrl)
    throw new Error('TEST_PG_URL is not set (scripts/test.sh starts a PostgreSQL cluster and sets it)');
  const name = `ocop_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`);
  await admin.end();
  const url = databaseUrl(adminUrl, name);
  const database = await openDatabase({ url, poolSize: 4 });
  return {
    database,
    url,
    drop: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
