// One drizzle schema over two engines: embedded PGlite (default, data in
// DATA_DIR) and PostgreSQL ≥ 15 (DATABASE_URL). Everything above this file sees
// the same `Db` type and the same SQL.
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { sql, type ExtractTablesWithRelations, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { gatedPglite } from './turn-gate.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Db | Tx;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  /**
   * the embedded engine, when kind = 'pglite' (for dumps and the job queue adapter);
   * its top-level statements take turns with the server's I/O (turn-gate.ts)
   */
  pglite?: PGlite;
  pool?: pg.Pool;
  close(): Promise<void>;
}

export const PGLITE_EXTENSIONS = { unaccent, pg_trgm, fuzzystrmatch };

export interface OpenOptions {
  /** postgres://… — PostgreSQL; otherwise PGlite */
  url?: string;
  /** PGlite data folder; omitted = in memory */
  dataDir?: string;
  /** PGlite: start from a dumped data folder (fast test databases) */
  loadDataDir?: Blob;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // an idle connection killed by the server (restart, DROP DATABASE … FORCE, admin
    // termination) is dropped by the pool; without a listener it would crash the process
    pool.on('error', (err) =>
      console.error(
        JSON.stringify({
          t: new Date().toISOString(),
          level: 'warn',
          msg: 'idle database connection lost',
          error: err.message,
        }),
      ),
    );
    // fail fast with the driver's own message when the server is unreachable
    const client = await pool.connect();
    client.release();
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', pool, close: () => pool.end() };
  }
  const pglite = gatedPglite(
    await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      extensions: PGLITE_EXTENSIONS,
    }),
  );
  const db = drizzlePglite({ client: pglite, schema }) as unknown as Db;
  return { db, kind: 'pglite', pglite, close: () => pglite.close() };
}

/** Rows of a raw SQL statement, the same on both drivers. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Is the database answering? (health checks) */
export function pingDatabase(db: Executor): Promise<boolean> {
  return db.execute(sql`SELECT 1`).then(
    () => true,
    () => false,
  );
}
