// The demo world after certification, on the seeding day: every radar group holds a
// certificate; the revoked one's public page says by which decision; the daily job,
// already run by the seed, records nothing more; the notices of every move the demo's
// dossiers, councils, ideas and decisions made are worded by the jobs without error,
// and the demo producer's inbox holds its window, its lapse and its dossier's moves.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Grant } from '../../src/domain/access/policy.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { queryRows } from '../../src/server/db/client.ts';
import { outbox, products } from '../../src/server/db/schema/index.ts';
import { jobHandlers } from '../../src/server/jobs/handlers.ts';
import { findUserByEmail, loadGrants } from '../../src/server/modules/auth/auth.repository.ts';
import { runLifecycle } from '../../src/server/modules/certificates/lifecycle.service.ts';
import { radar } from '../../src/server/modules/certificates/radar.service.ts';
import { inbox } from '../../src/server/modules/notices/notices.service.ts';
import { findPublicProduct } from '../../src/server/modules/registry/public-address.service.ts';
import { seedDemo } from '../../src/server/seed/demo-seed.ts';
import { makeDeps } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
const TODAY = '2026-12-03';
const NATION: Grant = {
  id: 'nation',
  role: 'central_officer',
  scopeKind: 'nation',
  unitId: null,
  unitLevel: null,
  producerId: null,
  councilId: null,
  roundId: null,
};

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  deps.clock = fixedDateClock(TODAY);
  await seedDemo(deps);
});
after(() => tdb.drop());

describe(`the demo world after certification (${ENGINE})`, () => {
  it('has a certificate in every group of the radar', async () => {
    const r = await radar(deps, NATION);
    for (const g of r.groups) assert.ok(g.total >= 1, `${g.group}: ${g.total}`);
  });

  it('shows the revoked certificate’s decision on its public page', async () => {
    const [p] = await deps.database.db
      .select({ publicId: products.publicId })
      .from(products)
      .where(eq(products.name, 'Chả cá thu Hạ Long'));
    const page = await findPublicProduct(deps, p.publicId);
    assert.equal(page?.certificate?.state, 'revoked');
    assert.match(
      page?.certificate?.meaning ?? '',
      /^Đã bị thu hồi theo Quyết định số 3125\/QĐ-UBND ngày 30\/11\/2026/,
    );
  });

  it('ran the daily job: a second run records nothing', async () => {
    const again = await runLifecycle(deps, TODAY);
    assert.deepEqual(again.recorded, { windowOpened: 0, expiryNotice: 0, expired: 0, lapsed: 0 });
  });

  it('words the notices of every move the demo made, and the demo producer reads its own', async () => {
    const handlers = jobHandlers(deps);
    const moves = await deps.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.topic, 'notices.workflow'), isNull(outbox.dispatchedAt)));
    assert.ok(moves.length > 10, `${moves.length} moves`);
    for (const m of moves) await handlers['notices.workflow']({ ...(m.payload as object), outboxId: m.id });
    const byObject = await queryRows<{ type: string; n: number }>(
      deps.database.db,
      sql`SELECT object_type AS type, count(*)::int AS n FROM notices GROUP BY 1`,
    );
    const types = new Set(byObject.map((r) => r.type));
    for (const t of ['dossier', 'council_session', 'decision', 'product'])
      assert.ok(types.has(t), `${t} in ${[...types].join(', ')}`);
    const user = await findUserByEmail(deps.database.db, 'htx.nemchua@demo.ocop.vn');
    assert.ok(user);
    const grants = await loadGrants(deps.database.db, user.id);
    const box = await inbox(deps, { user: { id: user.id } as never, grants: grants as never });
    const kinds = new Set(box.items.map((n) => n.kind));
    for (const k of ['renewalWindowOpened', 'certificateLapsed', 'dossierMoved'])
      assert.ok(kinds.has(k as never), `${k} in ${[...kinds].join(', ')}`);
    assert.ok(box.unread >= box.items.length);
  });
});
