// PGlite runs no autovacuum: planner statistics and the visibility map (which
// index-only scans need) exist only when someone runs VACUUM ANALYZE. We run it
// after every bulk load and nightly (job db.analyze); on PostgreSQL it does early
// what autovacuum would do later. It cannot run inside a transaction.
import { sql } from 'drizzle-orm';
import type { Executor } from './client.ts';

export async function analyzeDatabase(db: Executor): Promise<void> {
  await db.execute(sql`VACUUM (ANALYZE)`);
}
