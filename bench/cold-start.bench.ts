// Cold start: `ocop serve` on an empty data folder (initdb, migrations, admin
// units, demo data) until /api/health answers; a warm restart beside it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../e2e/support/server.ts';

export async function benchColdStart() {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-cold-'));
  try {
    let t = performance.now();
    let server = await startServer({ dataDir: dir, env: { WEB_BUILD: 'auto' } });
    const coldMs = performance.now() - t;
    await server.stop();
    t = performance.now();
    server = await startServer({ dataDir: dir });
    const warmMs = performance.now() - t;
    await server.stop();
    return { coldMs, warmMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
