// Search in the registry lists on both engines: a product is found by its name, its
// producer's name, or the names of its place (current commune, current province, the
// older unit it was recorded in); a producer by its name or its place; always
// accent-insensitively and within the caller's scope. Each row says what matched.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import type { ListScope } from '../../src/domain/access/policy.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { producers, products } from '../../src/server/db/schema/index.ts';
import {
  findSearchMatches,
  producerMatchedBy,
  producerSearch,
  productMatchedBy,
  productSearch,
} from '../../src/server/modules/registry/registry-search.repository.ts';
import {
  type Counting,
  EstimateMemo,
  listProducers,
  listProducts,
} from '../../src/server/modules/registry/registry.repository.ts';
import * as registry from '../../src/server/modules/registry/registry.service.ts';
import { makeDeps, seedProducerInUnit, unit } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
const THANH_HOA: ListScope = { kind: 'province', unitId: unit('38') };
const ALL: ListScope = { kind: 'all' };
const R = {} as Record<'thanhSen' | 'dienBien' | 'dongKhe' | 'haTu', { id: string; productIds: string[] }>;

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  // Phường Hàm Rồng, current structure
  R.thanhSen = await seedProducerInUnit(deps, unit('14758'), {
    name: 'Hợp tác xã Nem chua Thành Sen',
    products: ['Nem chua Thanh Hóa', 'Chả tôm'],
  });
  // recorded in Phường Điện Biên of the three-tier structure, now within Phường Hạc Thành
  R.dienBien = await seedProducerInUnit(deps, unit('14767', 'vn-3tier'), {
    name: 'Cơ sở Bánh gai Tứ Trụ',
    products: ['Bánh gai lá gai'],
  });
  // recorded in Xã Đông Khê of the three-tier structure, whose commune today is not settled
  R.dongKhe = await seedProducerInUnit(deps, unit('16387', 'vn-3tier'), {
    name: 'Hộ kinh doanh Chè lam',
    products: ['Chè lam gừng'],
  });
  // Quảng Ninh: outside Thanh Hóa's lists, whatever its names
  R.haTu = await seedProducerInUnit(deps, unit('06652'), {
    name: 'Hợp tác xã Nem chua Hà Tu',
    products: ['Chả mực Hà Tu'],
  });
});
after(() => tdb.drop());

type Found = Record<string, string[] | undefined>;
const byName = (items: { name: string; matchedBy?: string[] | null }[]): Found =>
  Object.fromEntries(items.map((i) => [i.name, i.matchedBy ?? undefined]));

async function searchProducts(q: string, scope = THANH_HOA): Promise<Found> {
  const r = await listProducts(deps.database.db, scope, { q }, 'name', 1, 50);
  assert.equal(r.total, r.items.length, `q=${q}: the total is the rows found`);
  return byName(r.items);
}
async function searchProducers(q: string, scope = THANH_HOA): Promise<Found> {
  const r = await listProducers(deps.database.db, scope, { q }, 'name', 1, 50);
  assert.equal(r.total, r.items.length, `q=${q}: the total is the rows found`);
  return byName(r.items);
}

describe(`product search (${ENGINE})`, () => {
  it('finds a product by its producer’s name, not only by its own', async () => {
    assert.deepEqual(await searchProducts('nem chua'), {
      'Nem chua Thanh Hóa': ['name', 'producer'],
      'Chả tôm': ['producer'],
    });
  });

  it('finds products by the name of their commune, typed without accents: "ham rong"', async () => {
    assert.deepEqual(await searchProducts('ham rong'), {
      'Nem chua Thanh Hóa': ['commune'],
      'Chả tôm': ['commune'],
    });
    assert.deepEqual(await searchProducts('HÀM RỒNG'), await searchProducts('ham rong'));
    assert.deepEqual(await searchProducts('Hàm Rồng'.normalize('NFD')), await searchProducts('ham rong'));
    // the current commune of a record recorded in an older unit
    assert.deepEqual(await searchProducts('hac thanh'), { 'Bánh gai lá gai': ['commune'] });
  });

  it('finds products by their province', async () => {
    assert.deepEqual(await searchProducts('thanh hoa'), {
      'Nem chua Thanh Hóa': ['name', 'province'],
      'Chả tôm': ['province'],
      'Bánh gai lá gai': ['province'],
      'Chè lam gừng': ['province'],
    });
  });

  it('finds a record by the older unit it was recorded in, đ folded to d', async () => {
    assert.deepEqual(await searchProducts('dien bien'), { 'Bánh gai lá gai': ['recordedIn'] });
    // its commune today is not settled: found only by the older name and the province
    assert.deepEqual(await searchProducts('dong khe'), { 'Chè lam gừng': ['recordedIn'] });
    assert.deepEqual(await searchProducts('Đông Khê'), { 'Chè lam gừng': ['recordedIn'] });
  });

  it('stays within the scope: a matching producer in another province is not shown', async () => {
    assert.deepEqual(Object.keys(await searchProducts('ha tu')), []);
    assert.deepEqual(await searchProducts('ha tu', ALL), {
      'Chả mực Hà Tu': ['name', 'producer', 'commune'],
    });
    assert.deepEqual(Object.keys(await searchProducts('nem chua', ALL)).sort(), [
      'Chả mực Hà Tu',
      'Chả tôm',
      'Nem chua Thanh Hóa',
    ]);
    const own: ListScope = { kind: 'producer', producerId: R.thanhSen.id };
    assert.deepEqual(Object.keys(await searchProducts('ham rong', own)).sort(), [
      'Chả tôm',
      'Nem chua Thanh Hóa',
    ]);
  });

  it('in a commune’s list, finds by the commune, its province and the older units now within it', async () => {
    const hacThanh: ListScope = { kind: 'commune', unitId: unit('14797') };
    assert.deepEqual(await searchProducts('thanh hoa', hacThanh), { 'Bánh gai lá gai': ['province'] });
    assert.deepEqual(await searchProducts('dien bien', hacThanh), { 'Bánh gai lá gai': ['recordedIn'] });
    assert.deepEqual(await searchProducts('hac thanh', hacThanh), { 'Bánh gai lá gai': ['commune'] });
    assert.deepEqual(await searchProducts('ham rong', hacThanh), {});
    assert.deepEqual(await searchProducers('tu tru', hacThanh), { 'Cơ sở Bánh gai Tứ Trụ': ['name'] });
  });

  it('finds a product in the scope by the name of a producer registered elsewhere', async () => {
    // the Hà Tu producer (Quảng Ninh) also makes a product recorded in Phường Hàm Rồng
    const [p] = await deps.database.db
      .insert(products)
      .values({
        producerId: R.haTu.id,
        name: 'Mắm tép',
        productSet: 9,
        unitId: unit('14758'),
        unitVersionId: 'vn-2tier-2025',
        scopeProvinceId: unit('38'),
        scopeCommuneId: unit('14758'),
      })
      .returning({ id: products.id });
    try {
      assert.deepEqual((await searchProducts('nem chua ha tu'))['Mắm tép'], ['producer']);
      const hamRong: ListScope = { kind: 'commune', unitId: unit('14758') };
      assert.deepEqual((await searchProducts('nem chua ha tu', hamRong))['Mắm tép'], ['producer']);
      // when many producers match, only those with a product in the scope are listed: this one is
      for (const scope of [THANH_HOA, hamRong]) {
        const many = await findSearchMatches(deps.database.db, 'nem chua', scope, true, { few: 0 });
        const few = await findSearchMatches(deps.database.db, 'nem chua', scope, true);
        assert.deepEqual([...(many.producerIds ?? [])].sort(), [R.haTu.id, R.thanhSen.id].sort());
        assert.equal(few.producerIds?.length, 2);
      }
      const quangNinh: ListScope = { kind: 'province', unitId: unit('22') };
      const elsewhere = await findSearchMatches(deps.database.db, 'nem chua', quangNinh, true, { few: 0 });
      assert.deepEqual(elsewhere.producerIds, [R.haTu.id], 'Thành Sen has no product in Quảng Ninh');
    } finally {
      await deps.database.db.delete(products).where(eq(products.id, p.id));
    }
  });

  it('takes wildcards literally and finds nothing for text in no name', async () => {
    for (const q of ['%', '_', 'vai thieu', "' OR 1=1 --"])
      assert.deepEqual(await searchProducts(q, ALL), {}, q);
  });

  it('says nothing about matches when the list is not searched', async () => {
    const r = await listProducts(deps.database.db, THANH_HOA, {}, 'name', 1, 50);
    assert.equal(r.items.length, 4);
    for (const i of r.items) assert.equal(i.matchedBy, null);
    const page = await registry.listProducts(deps, provinceOfficer, { page: 1, pageSize: 50, sort: 'name' });
    for (const i of page.items) assert.equal('matchedBy' in i, false);
    const searched = await registry.listProducts(deps, provinceOfficer, {
      q: 'nem chua',
      page: 1,
      pageSize: 50,
      sort: 'name',
    });
    assert.deepEqual(
      searched.items.map((i) => i.matchedBy),
      [['producer'], ['name', 'producer']],
    );
  });
});

describe(`producer search (${ENGINE})`, () => {
  it('finds producers by name, commune, province and the older unit they were recorded in', async () => {
    assert.deepEqual(await searchProducers('nem chua'), { 'Hợp tác xã Nem chua Thành Sen': ['name'] });
    assert.deepEqual(await searchProducers('ham rong'), { 'Hợp tác xã Nem chua Thành Sen': ['commune'] });
    assert.deepEqual(await searchProducers('hac thanh'), { 'Cơ sở Bánh gai Tứ Trụ': ['commune'] });
    assert.deepEqual(await searchProducers('dien bien'), { 'Cơ sở Bánh gai Tứ Trụ': ['recordedIn'] });
    assert.deepEqual(await searchProducers('dong khe'), { 'Hộ kinh doanh Chè lam': ['recordedIn'] });
    assert.deepEqual(Object.keys(await searchProducers('thanh hoa')).length, 3);
    assert.deepEqual(await searchProducers('quang ninh', ALL), { 'Hợp tác xã Nem chua Hà Tu': ['province'] });
    assert.deepEqual(await searchProducers('quang ninh'), {}, 'outside the scope');
  });
});

describe(`names too common to list by id (${ENGINE})`, () => {
  // with a limit of 0 every arm is matched through its subquery instead of by ids
  // each row found, with what it matched
  const ids = async (table: 'products' | 'producers', q: string, listed?: number) => {
    const m = await findSearchMatches(deps.database.db, q, ALL, table === 'products', { listed });
    const rows =
      table === 'products'
        ? await deps.database.db
            .select({ id: products.id, matchedBy: productMatchedBy(m) })
            .from(products)
            .where(productSearch(m))
        : await deps.database.db
            .select({ id: producers.id, matchedBy: producerMatchedBy(m) })
            .from(producers)
            .where(producerSearch(m));
    return rows.map((r) => `${r.id} ${r.matchedBy.join(',')}`).sort();
  };

  it('the subqueries find exactly what the listed ids find, and say the same of each row', async () => {
    const m = await findSearchMatches(deps.database.db, 'nem chua', ALL, true, { listed: 0 });
    assert.deepEqual([m.producerIds, m.communeIds, m.provinceIds, m.olderUnitIds], [null, [], [], []]);
    const units = await findSearchMatches(deps.database.db, 'phuong', ALL, false, { listed: 0 });
    assert.deepEqual([units.communeIds, units.olderUnitIds], [null, null], 'both structures have many wards');
    for (const q of ['nem chua', 'ham rong', 'thanh hoa', 'dien bien', 'dong khe', 'ha tu', 'phuong']) {
      for (const table of ['products', 'producers'] as const) {
        const listed = await ids(table, q);
        assert.ok(listed.length > 0, `${table} ${q}`);
        assert.deepEqual(await ids(table, q, 0), listed, `${table} ${q}`);
      }
    }
  });
});

describe(`search and the list's total (${ENGINE})`, () => {
  it('an estimate for one search text is never reused for another', async () => {
    // every total beyond 0 rows is an estimate, and estimates are kept per list and filter
    const counting: Counting = { exactUpTo: 0, estimates: new EstimateMemo() };
    const list = (q: string) =>
      listProducts(deps.database.db, THANH_HOA, { q }, '-updatedAt', 1, 20, counting);
    const found = await list('ham rong');
    assert.deepEqual([found.totalExact, found.totalMoreThan, found.items.length], [false, 0, 2]);
    const none = await list('khong co san pham nay');
    assert.deepEqual([none.total, none.totalExact, none.items.length], [0, true, 0]);
  });

  it('a search narrower than the count limit is counted exactly, beyond it estimated', async () => {
    const list = (exactUpTo: number) =>
      listProducts(deps.database.db, THANH_HOA, { q: 'thanh hoa' }, '-updatedAt', 1, 2, {
        exactUpTo,
        estimates: null,
      });
    assert.deepEqual(await list(10).then((r) => [r.total, r.totalExact, r.items.length]), [4, true, 2]);
    const capped = await list(3);
    assert.deepEqual([capped.totalExact, capped.totalMoreThan, capped.items.length], [false, 3, 2]);
    assert.ok(capped.total >= 4);
  });
});

const provinceOfficer = {
  id: 'g',
  role: 'province_officer' as const,
  scopeKind: 'unit' as const,
  unitId: unit('38'),
  unitLevel: 'province' as const,
  producerId: null,
  councilId: null,
  roundId: null,
};
