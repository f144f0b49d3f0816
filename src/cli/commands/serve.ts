import type { Env } from '../../server/env.ts';
import { startServer } from '../../server/main.ts';

export async function runServe(env: Env): Promise<number> {
  const server = await startServer(env);
  await new Promise<void>((resolve) => {
    const shutdown = () => {
      process.stdout.write('\nĐang dừng / shutting down…\n');
      void server.stop().then(resolve);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  return 0;
}
