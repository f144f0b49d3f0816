// The embedded database under faults: a second server on the same data folder
// refuses to start, and a server killed with SIGKILL in the middle of writes comes
// back with no half-written change (every account has its grant and its audit row,
// and the audit chain verifies).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, it } from 'node:test';
import { apiLogin, ROOT, startServer, type RunningServer } from './support/server.ts';

const PASSWORD = 'ocop2026demo';
let server: RunningServer | null = null;
after(async () => {
  await server?.stop('SIGKILL');
});

it('a second server on a locked data folder refuses to start, naming the holder', async () => {
  server = await startServer();
  const second = spawnSync(process.execPath, ['bin/ocop.mjs', 'serve'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: server.dataDir, PORT: '0' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.notEqual(second.status, 0);
  assert.match(second.stderr, new RegExp(`in use by process ${server.child.pid}`));
  assert.match(second.stderr, /đang được tiến trình/);
});

it('kill -9 during writes leaves no half-written change, and the restart takes over the stale lock', async () => {
  const running = server!;
  const admin = await apiLogin(running.url, 'admin@demo.ocop.vn', PASSWORD);
  let created = 0;
  let stop = false;
  const writer = async (w: number) => {
    for (let i = 0; !stop; i++) {
      const res = await fetch(`${running.url}/api/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
        body: JSON.stringify({
          email: `crash-${w}-${i}@test.vn`,
          fullName: 'Người Thử',
          password: 'mat-khau-2026',
          grants: [{ role: 'inspector', scopeKind: 'nation' }],
        }),
      }).catch(() => null);
      if (!res) return;
      if (res.status === 201) created++;
    }
  };
  const writers = [writer(1), writer(2), writer(3)];
  while (created < 5) await new Promise((r) => setTimeout(r, 50));
  running.child.kill('SIGKILL');
  stop = true;
  await Promise.all(writers);
  await running.stop('SIGKILL');

  server = await startServer({ dataDir: running.dataDir });
  const again = await apiLogin(server.url, 'admin@demo.ocop.vn', PASSWORD);
  const users = (await (
    await fetch(`${server.url}/api/users?q=crash-&pageSize=200`, { headers: { cookie: again.cookie } })
  ).json()) as { items: { email: string; grants: unknown[] }[]; total: number };
  assert.ok(users.total >= created, `acknowledged ${created}, found ${users.total}`);
  for (const u of users.items) assert.equal(u.grants.length, 1, `${u.email} has its grant`);
  const audit = (await (
    await fetch(`${server.url}/api/audit?limit=200`, { headers: { cookie: again.cookie } })
  ).json()) as { items: { action: string; after: { email?: string } }[] };
  const audited = new Set(audit.items.filter((a) => a.action === 'user.created').map((a) => a.after.email));
  for (const u of users.items) assert.ok(audited.has(u.email), `${u.email} has its audit row`);
  const verify = (await (
    await fetch(`${server.url}/api/audit/verify`, {
      method: 'POST',
      headers: { cookie: again.cookie, 'x-csrf-token': again.csrf },
    })
  ).json()) as { ok: boolean; problems: unknown[] };
  assert.deepEqual(verify.problems, []);
  assert.equal(verify.ok, true);
});
