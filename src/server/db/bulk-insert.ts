// Multi-row inserts: each chunk travels as ONE json parameter expanded by
// json_to_recordset — one round trip and one parse per chunk, no 65,535-parameter
// limit, and the same SQL on PostgreSQL and PGlite. Used by the reference-data
// loader and the seeds.
import { sql } from 'drizzle-orm';
import type { Executor } from './client.ts';

/** [column, json key, SQL type] */
export type ColumnSpec<T> = readonly (readonly [string, keyof T & string, string])[];

export async function insertChunk<T>(
  db: Executor,
  table: string,
  columns: ColumnSpec<T>,
  rows: readonly T[],
): Promise<void> {
  if (!rows.length) return;
  const target = columns.map(([c]) => `"${c}"`).join(', ');
  const source = columns.map(([, k]) => `"${k}"`).join(', ');
  const record = columns.map(([, k, t]) => `"${k}" ${t}`).join(', ');
  await db.execute(sql`
    INSERT INTO ${sql.identifier(table)} (${sql.raw(target)})
    SELECT ${sql.raw(source)} FROM json_to_recordset(${JSON.stringify(rows)}::json) AS t(${sql.raw(record)})`);
}

/** Chunks of `size`, reporting rows done after each one. */
export async function insertAll<T>(
  db: Executor,
  table: string,
  columns: ColumnSpec<T>,
  rows: readonly T[],
  size: number,
  onChunk: (n: number) => void,
  /** awaited between chunks, e.g. to let other requests reach the embedded engine */
  between?: () => Promise<void>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await insertChunk(db, table, columns, chunk);
    onChunk(chunk.length);
    if (between && i + size < rows.length) await between();
  }
}
