// `ocop serve` / `npm start`: boot, seed the demo world on a first start, build the
// web app when stale, serve API and web on PORT, and shut down cleanly.
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { boot, PROJECT_ROOT } from './boot.ts';
import type { Env } from './env.ts';
import { runCheckpointIfDue, startCheckpointTimer } from './jobs/audit-checkpoint.job.ts';
import { auditGuarantees } from './audit-guarantees.ts';
import { jobHandlers, SCHEDULES } from './jobs/handlers.ts';
import { startOutboxDispatcher } from './jobs/outbox.ts';
import { startJobQueue } from './jobs/queue.ts';
import { DEMO_PASSWORD } from './seed/demo-data.ts';
import { demoLogins, isDemoSeeded, seedDemo } from './seed/demo-seed.ts';
import { ensureWebBuild } from './web-build.ts';

export async function startServer(
  env: Env,
  print: (line: string) => void = console.log,
): Promise<{ port: number; stop(): Promise<void> }> {
  const started = Date.now();
  const booted = await boot(env);
  const { deps } = booted;
  try {
    if (env.SEED_DEMO && !(await isDemoSeeded(deps))) {
      await seedDemo(deps);
      deps.log.info('demo data seeded');
    }
    deps.webRoot = await ensureWebBuild(PROJECT_ROOT, env.WEB_BUILD, deps.log);
  } catch (err) {
    await booted.close();
    throw err;
  }
  const app = createApp(deps);
  const queue = await startJobQueue(deps.database, jobHandlers(deps), {
    url: env.DATABASE_URL,
    schedules: SCHEDULES,
  });
  const stopDispatcher = startOutboxDispatcher(deps.database.db, queue, deps.log);
  await runCheckpointIfDue(deps).catch((err: Error) =>
    deps.log.error('audit checkpoint failed', { error: err.message }),
  );
  const stopCheckpoints = startCheckpointTimer(deps);
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const logins = env.SEED_DEMO ? await demoLogins(deps) : [];
  print(
    `\nOCOP platform ${deps.version} — http://localhost:${port}  (database: ${deps.database.kind}, ready in ${Date.now() - started} ms)`,
  );
  print(`API docs: http://localhost:${port}/api/docs`);
  print('');
  for (const line of auditGuarantees(deps, `http://localhost:${port}`)) print(line);
  if (logins.length) {
    print(`\nTài khoản demo / demo logins (mật khẩu / password: ${DEMO_PASSWORD}):`);
    for (const l of logins) print(`  ${l.email.padEnd(32)} ${l.role.padEnd(18)} ${l.unit}`);
  }
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      stopDispatcher();
      stopCheckpoints();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      await queue.stop().catch(() => undefined);
      // the last rows of this run get their checkpoint before the database closes
      await runCheckpointIfDue(deps, deps.clock.now(), true).catch((err: Error) =>
        deps.log.error('audit checkpoint at shutdown failed', { error: err.message }),
      );
      await booted.close();
    })());
  return { port, stop };
}
