// Registry lists count exactly up to a limit; beyond it they give the planner's
// estimate and say so (ADR 0010). The limit is injected small here, so a handful of
// rows crosses it; the page itself is the same whichever way the total was found.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import type { ListScope } from '../../src/domain/access/policy.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { analyzeDatabase } from '../../src/server/db/maintenance.ts';
import { products as productsTable } from '../../src/server/db/schema/index.ts';
import {
  type Counting,
  EstimateMemo,
  EXACT_COUNT_LIMIT,
  listProducers,
  listProducts,
} from '../../src/server/modules/registry/registry.repository.ts';
import * as registry from '../../src/server/modules/registry/registry.service.ts';
import { makeDeps, seedProducerInUnit, unit } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
// Thanh Hóa: 3 producers with 30 products in all, and nothing else of this file's world
const THANH_HOA: ListScope = { kind: 'province', unitId: unit('38') };
const PRODUCTS = 30;
const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  await seedProducerInUnit(deps, unit('14758'), { products: names('Chè búp', 10) });
  await seedProducerInUnit(deps, unit('14797'), { products: names('Nem chua', 10) });
  await seedProducerInUnit(deps, unit('14758'), { products: names('Bánh gai', 10) });
  // the estimate comes from the statistics, which the nightly job and every bulk load refresh
  await analyzeDatabase(deps.database.db);
});
after(() => tdb.drop());

const upTo = (exactUpTo: number): Counting => ({ exactUpTo, estimates: null });
const products = (limit: number, page = 1, pageSize = 20) =>
  listProducts(deps.database.db, THANH_HOA, { status: 'active' }, '-updatedAt', page, pageSize, upTo(limit));

describe(`list totals (${ENGINE})`, () => {
  it('counts exactly up to the limit, the limit itself included', async () => {
    for (const limit of [EXACT_COUNT_LIMIT, PRODUCTS + 1, PRODUCTS]) {
      const r = await products(limit);
      assert.deepEqual(
        [r.total, r.totalExact, r.totalMoreThan],
        [PRODUCTS, true, undefined],
        `limit ${limit}`,
      );
    }
  });

  it('beyond the limit says the total is an estimate, never below what it counted', async () => {
    for (const limit of [PRODUCTS - 1, 10, 1, 0]) {
      const r = await products(limit);
      assert.equal(r.totalExact, false, `limit ${limit}`);
      assert.equal(r.totalMoreThan, limit);
      assert.ok(Number.isInteger(r.total) && r.total > limit, `limit ${limit}: total ${r.total}`);
    }
    // fresh statistics: the planner's estimate of a plain scope + status filter is close to the truth
    const { total } = await products(10);
    assert.ok(total >= PRODUCTS / 2 && total <= PRODUCTS * 2, `estimate ${total} for ${PRODUCTS} rows`);
  });

  it('gives the same page whether the total was counted or estimated', async () => {
    const exact = await products(EXACT_COUNT_LIMIT, 2, 7);
    const estimated = await products(5, 2, 7);
    assert.equal(exact.items.length, 7);
    // the names of the page's producers and units are each row's own (looked up per row)
    for (const i of exact.items) {
      assert.match(i.producerName, /^Hợp tác xã Thử nghiệm/);
      assert.match(i.place.provinceName ?? '', /Thanh Hóa/);
      assert.equal(i.place.communeName, i.place.unitName);
      assert.ok(i.place.communeName);
    }
    assert.deepEqual(
      estimated.items.map((i) => i.id),
      exact.items.map((i) => i.id),
    );
  });

  it('counts producers the same way', async () => {
    const all = await listProducers(deps.database.db, THANH_HOA, { status: 'active' }, '-updatedAt', 1, 3);
    assert.deepEqual([all.total, all.totalExact, all.items.length], [3, true, 3]);
    assert.deepEqual(
      all.items.map((p) => p.productCount),
      [10, 10, 10],
    );
    const capped = await listProducers(
      deps.database.db,
      THANH_HOA,
      { status: 'active' },
      '-updatedAt',
      1,
      2,
      upTo(2),
    );
    assert.deepEqual([capped.totalExact, capped.totalMoreThan, capped.items.length], [false, 2, 2]);
    assert.ok(capped.total >= 3);
  });

  it('a filter that narrows below the limit is counted exactly again', async () => {
    const r = await listProducts(
      deps.database.db,
      THANH_HOA,
      { q: 'nem chua' },
      '-updatedAt',
      1,
      20,
      upTo(15),
    );
    assert.deepEqual([r.total, r.totalExact], [10, true]);
  });

  it('reuses an estimate for a few seconds, then counts again', async () => {
    // a list of its own (Quảng Ninh), so that changing it leaves the other tests' world alone
    const own = await seedProducerInUnit(deps, unit('06652'), { products: names('Chả mực', 6) });
    const quangNinh: ListScope = { kind: 'province', unitId: unit('22') };
    let now = 1_000_000;
    const counting: Counting = { exactUpTo: 4, estimates: new EstimateMemo(10_000, 100, () => now) };
    const list = (page = 1, sort = '-updatedAt') =>
      listProducts(deps.database.db, quangNinh, { status: 'active' }, sort, page, 20, counting);
    const first = await list();
    assert.deepEqual([first.totalExact, first.totalMoreThan], [false, 4]);
    await deps.database.db
      .update(productsTable)
      .set({ status: 'withdrawn' })
      .where(eq(productsTable.producerId, own.id));
    now += 9_000;
    const reused = await list();
    assert.deepEqual([reused.total, reused.totalExact], [first.total, false], 'the estimate is reused');
    assert.equal(reused.items.length, 0, 'the page itself is always read afresh');
    // one estimate per list and filter, whatever the page and the order
    assert.deepEqual((await list(3, 'name')).total, first.total);
    now += 2_000;
    const recounted = await list();
    assert.deepEqual([recounted.total, recounted.totalExact], [0, true], 'after the TTL it counts again');
  });

  it('never keeps an exact total: a new row is counted on the next call', async () => {
    const own = await seedProducerInUnit(deps, unit('06658'), { products: names('Sá sùng', 3) });
    const scope: ListScope = { kind: 'producer', producerId: own.id };
    const counting: Counting = { exactUpTo: 100, estimates: new EstimateMemo() };
    const list = async () => {
      const r = await listProducts(deps.database.db, scope, {}, '-updatedAt', 1, 5, counting);
      return [r.total, r.totalExact];
    };
    assert.deepEqual(await list(), [3, true]);
    await deps.database.db
      .insert(productsTable)
      .values({ producerId: own.id, name: 'Sá sùng khô', productSet: 7, ...own.place });
    assert.deepEqual(await list(), [4, true]);
  });

  it('the list use cases pass the flags on beside items, total, page and pageSize', async () => {
    const grant = {
      id: 'g',
      role: 'province_officer' as const,
      scopeKind: 'unit' as const,
      unitId: unit('38'),
      unitLevel: 'province' as const,
      producerId: null,
      councilId: null,
      roundId: null,
    };
    const page = { page: 1, pageSize: 5, sort: '-updatedAt' };
    const p = await registry.listProducts(deps, grant, page);
    assert.deepEqual(
      [p.total, p.totalExact, p.page, p.pageSize, p.items.length, 'totalMoreThan' in p],
      [PRODUCTS, true, 1, 5, 5, false],
    );
    const q = await registry.listProducers(deps, grant, { ...page, sort: 'name' });
    assert.deepEqual([q.total, q.totalExact, q.items.length], [3, true, 3]);
  });
});
