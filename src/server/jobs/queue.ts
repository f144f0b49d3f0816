// The job queue: pg-boss 10. On PostgreSQL it opens its own small pool; on PGlite it
// runs over the single embedded connection through a custom `db.executeSql`
// adapter (multi-statement scripts without parameters go through exec, the rest
// through query) — see docs/adr/0006-jobs-outbox.md.
import PgBoss from 'pg-boss';
import type { Database } from '../db/client.ts';

export type JobHandler = (payload: Record<string, unknown>) => Promise<void>;

export function pgliteBossDb(database: Database): PgBoss.Db {
  const pglite = database.pglite!;
  return {
    executeSql: async (text: string, values: unknown[] = []) => {
      if (values.length === 0) {
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      const result = await pglite.query(text, values as unknown[]);
      return { rows: result.rows as unknown[] };
    },
  };
}

export interface JobQueue {
  boss: PgBoss;
  send(topic: string, payload: Record<string, unknown>, startAfter?: Date): Promise<string | null>;
  stop(): Promise<void>;
}

export async function startJobQueue(
  database: Database,
  handlers: Record<string, JobHandler>,
  opts: { url?: string; schedules?: Record<string, string>; pollingIntervalSeconds?: number } = {},
): Promise<JobQueue> {
  const common = { schema: 'pgboss', application_name: 'ocop-jobs' };
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({ ...common, db: pgliteBossDb(database) })
      : new PgBoss({ ...common, connectionString: opts.url, max: 3 });
  boss.on('error', (err) =>
    console.error(
      JSON.stringify({
        t: new Date().toISOString(),
        level: 'error',
        msg: 'job queue error',
        error: err.message,
      }),
    ),
  );
  await boss.start();
  for (const [topic, handler] of Object.entries(handlers)) {
    await boss.createQueue(topic);
    await boss.work(topic, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 }, async (jobs) => {
      for (const job of jobs) await handler((job.data ?? {}) as Record<string, unknown>);
    });
  }
  for (const [topic, cron] of Object.entries(opts.schedules ?? {}))
    await boss.schedule(topic, cron, {}, { tz: 'Asia/Ho_Chi_Minh' });
  return {
    boss,
    send: (topic, payload, startAfter) => boss.send(topic, payload, startAfter ? { startAfter } : {}),
    // wait: resolve only once workers and the pool are closed, so nothing outlives the caller
    stop: () => boss.stop({ graceful: true, timeout: 5000, wait: true }),
  };
}
