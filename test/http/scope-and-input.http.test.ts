// Who sees which records (unit scope across the 2025 restructuring), list
// conventions (paging, sorting, search), input hygiene on write routes, and the
// admin writes: settling a mapping and creating accounts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import type { GrantInput } from '../../src/shared/contracts/users.ts';
import { renderMappingNote, type MappingNote } from '../../src/shared/mapping-notes.ts';
import { englishNoteWordsIn } from '../support/english-words.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import {
  assertError,
  call,
  issueFields,
  login,
  tryLogin,
  type App,
  type Reply,
  type Session,
} from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;

// producers, by where they are recorded
const P = {} as Record<
  'hamRong1' | 'hamRong2' | 'hacThanh' | 'haTu' | 'caoXanh' | 'phucXa' | 'dichVong' | 'phuYen',
  { id: string; productIds: string[] }
>;
// signed-in people
const S = {} as Record<
  | 'hamRong'
  | 'thanhHoa'
  | 'central'
  | 'admin'
  | 'producer'
  | 'council'
  | 'hongHa'
  | 'nghiaDo'
  | 'cauGiay'
  | 'haNoi'
  | 'phuYen'
  | 'sonLa',
  Session
>;
const emails = {} as Record<keyof typeof S, string>;

async function person(key: keyof typeof S, grants: GrantInput[]) {
  const u = await seedUser(deps, grants);
  emails[key] = u.email;
  S[key] = await login(app, u.email);
}

const officer = (role: 'commune_officer' | 'province_officer', code: string): GrantInput => ({
  role,
  scopeKind: 'unit',
  unitId: unit(code),
});

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = createApp(deps);
  P.hamRong1 = await seedProducerInUnit(deps, unit('14758'), {
    name: 'Hợp tác xã Chè Hàm Rồng',
    products: ['Chè búp Hàm Rồng', 'Trà xanh Hàm Rồng'],
  });
  P.hamRong2 = await seedProducerInUnit(deps, unit('14758'), {
    name: 'Cơ sở Bánh gai Hàm Rồng',
    products: ['Bánh gai'],
  });
  P.hacThanh = await seedProducerInUnit(deps, unit('14797'), {
    name: 'Cơ sở Nem chua Hạc Thành',
    products: ['Nem chua Thanh Hóa'],
  });
  P.haTu = await seedProducerInUnit(deps, unit('06652'), {
    name: 'Hợp tác xã Chả mực Hà Tu',
    products: ['Chả mực'],
  });
  P.caoXanh = await seedProducerInUnit(deps, unit('06658'), { name: 'Cơ sở Sá sùng Cao Xanh' });
  P.phucXa = await seedProducerInUnit(deps, 'vn-3tier:00001', {
    name: 'Hộ kinh doanh Phúc Xá',
    products: ['Ô mai Phúc Xá'],
  });
  P.dichVong = await seedProducerInUnit(deps, 'vn-3tier:00166', {
    name: 'Hợp tác xã Cốm Dịch Vọng',
    products: ['Cốm làng Vòng'],
  });
  P.phuYen = await seedProducerInUnit(deps, 'vn-3tier:03898', {
    name: 'Hợp tác xã Chè Phù Yên',
    products: ['Chè Shan tuyết Phù Yên'],
  });

  await person('hamRong', [officer('commune_officer', '14758')]);
  await person('thanhHoa', [officer('province_officer', '38')]);
  await person('central', [{ role: 'central_officer', scopeKind: 'nation' }]);
  await person('admin', [{ role: 'system_admin', scopeKind: 'nation' }]);
  await person('producer', [{ role: 'producer', scopeKind: 'producer', producerId: P.hamRong1.id }]);
  await person('council', [
    { role: 'council_member', scopeKind: 'council', councilId: '6f1c1a52-8a43-4a4e-9d7f-3c1f2b9a0e11' },
  ]);
  await person('hongHa', [officer('commune_officer', '00097')]);
  await person('nghiaDo', [officer('commune_officer', '00160')]);
  await person('cauGiay', [officer('commune_officer', '00166')]);
  await person('haNoi', [officer('province_officer', '01')]);
  await person('phuYen', [officer('commune_officer', '03910')]);
  await person('sonLa', [officer('province_officer', '14')]);
});
after(async () => {
  await tdb.drop();
});

type Item = {
  id: string;
  name: string;
  actions: string[];
  place: { unitId: string; unitVersionId: string; communeId: string | null; provinceId: string | null };
};

async function list(s: Session, path: string): Promise<Item[]> {
  const r = await call(app, path, { session: s });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.total, r.json.items.length, 'the test expects everything on one page');
  return r.json.items;
}
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
const sorted = (...xs: string[]) => [...xs].sort();
const producersOf = (s: Session) => list(s, '/api/producers?pageSize=200');
const productsOf = (s: Session) => list(s, '/api/products?pageSize=200');

async function latestAuditId(): Promise<number> {
  const r = await call(app, '/api/audit?limit=1', { session: S.admin });
  assert.equal(r.status, 200, r.text);
  return r.json.items[0]?.id ?? 0;
}

describe('unit scoping of the registry', () => {
  it('a commune officer of Hàm Rồng lists only Hàm Rồng producers and products', async () => {
    const producers = await producersOf(S.hamRong);
    assert.deepEqual(ids(producers), sorted(P.hamRong1.id, P.hamRong2.id));
    for (const p of producers) assert.equal(p.place.communeId, unit('14758'));
    const products = await productsOf(S.hamRong);
    assert.deepEqual(ids(products), sorted(...P.hamRong1.productIds, ...P.hamRong2.productIds));
  });

  it('the Thanh Hóa province officer sees both Thanh Hóa communes but nothing of Quảng Ninh', async () => {
    const producers = await producersOf(S.thanhHoa);
    assert.deepEqual(ids(producers), sorted(P.hamRong1.id, P.hamRong2.id, P.hacThanh.id));
    for (const p of producers) assert.equal(p.place.provinceId, unit('38'));
    const products = await productsOf(S.thanhHoa);
    assert.deepEqual(
      ids(products),
      sorted(...P.hamRong1.productIds, ...P.hamRong2.productIds, ...P.hacThanh.productIds),
    );
  });

  it('a record outside the scope is 404 NOT_FOUND, exactly like one that does not exist', async () => {
    const absent = await call(app, '/api/producers/00000000-0000-4000-8000-000000000000', {
      session: S.hamRong,
    });
    assertError(absent, 404, 'NOT_FOUND');
    for (const id of [P.hacThanh.id, P.haTu.id]) {
      const r = await call(app, `/api/producers/${id}`, { session: S.hamRong });
      assertError(r, 404, 'NOT_FOUND');
      assert.deepEqual(r.json, absent.json);
    }
    const product = await call(app, `/api/products/${P.haTu.productIds[0]}`, { session: S.thanhHoa });
    assertError(product, 404, 'NOT_FOUND');
    // while inside the scope the same call answers
    const own = await call(app, `/api/producers/${P.hamRong1.id}`, { session: S.hamRong });
    assert.equal(own.status, 200);
    assert.equal(own.json.name, 'Hợp tác xã Chè Hàm Rồng');
    assert.equal(own.json.productCount, 2);
  });

  it('the central officer sees every producer, with view and export but no edit', async () => {
    const producers = await producersOf(S.central);
    assert.deepEqual(ids(producers), ids(Object.values(P)));
    for (const p of producers) {
      assert.ok(p.actions.includes('view') && p.actions.includes('export'), `${p.name}: ${p.actions}`);
      assert.ok(!p.actions.includes('edit'), `${p.name}: ${p.actions}`);
    }
  });

  it('each listed object carries the actions the officer may take', async () => {
    for (const p of await producersOf(S.thanhHoa)) {
      for (const a of ['view', 'edit', 'export'])
        assert.ok(p.actions.includes(a), `province officer on ${p.name}: ${p.actions}`);
    }
    for (const p of await productsOf(S.hamRong)) {
      for (const a of ['view', 'edit', 'export'])
        assert.ok(p.actions.includes(a), `commune officer on ${p.name}: ${p.actions}`);
    }
  });

  it('a producer account sees only its own producer and products, may edit but not export', async () => {
    const producers = await producersOf(S.producer);
    assert.deepEqual(ids(producers), [P.hamRong1.id]);
    assert.ok(
      producers[0].actions.includes('view') && producers[0].actions.includes('edit'),
      String(producers[0].actions),
    );
    assert.ok(!producers[0].actions.includes('export'), String(producers[0].actions));
    const products = await productsOf(S.producer);
    assert.deepEqual(ids(products), sorted(...P.hamRong1.productIds));
    for (const p of products) assert.ok(!p.actions.includes('export'));
    // its neighbour in the same commune is out of reach
    assertError(
      await call(app, `/api/producers/${P.hamRong2.id}`, { session: S.producer }),
      404,
      'NOT_FOUND',
    );
    assertError(
      await call(app, `/api/products/${P.hamRong2.productIds[0]}`, { session: S.producer }),
      404,
      'NOT_FOUND',
    );
  });

  it('a council member sees no producers or products', async () => {
    assert.deepEqual(await producersOf(S.council), []);
    assert.deepEqual(await productsOf(S.council), []);
    assertError(await call(app, `/api/producers/${P.hamRong1.id}`, { session: S.council }), 404, 'NOT_FOUND');
  });

  it('lists need a signed-in user', async () => {
    assertError(await call(app, '/api/producers'), 401, 'UNAUTHENTICATED');
    assertError(await call(app, `/api/products/${P.hamRong1.productIds[0]}`), 401, 'UNAUTHENTICATED');
  });
});

describe('records placed in the old (3-tier) structure', () => {
  it('a producer in Phường Phúc Xá (old 00001) is seen by the officer of its successor, Phường Hồng Hà (00097)', async () => {
    const producers = await producersOf(S.hongHa);
    assert.deepEqual(ids(producers), [P.phucXa.id]);
    assert.equal(producers[0].place.unitId, 'vn-3tier:00001');
    assert.equal(producers[0].place.unitVersionId, 'vn-3tier');
    assert.equal(producers[0].place.communeId, unit('00097'));
    assert.equal(producers[0].place.provinceId, unit('01'));
    assert.deepEqual(ids(await productsOf(S.hongHa)), P.phucXa.productIds);
  });

  it('a producer in split Phường Dịch Vọng (old 00166) is seen by neither successor commune, only by Hà Nội province', async () => {
    assert.deepEqual(await producersOf(S.nghiaDo), []);
    assert.deepEqual(await producersOf(S.cauGiay), []);
    assertError(await call(app, `/api/producers/${P.dichVong.id}`, { session: S.cauGiay }), 404, 'NOT_FOUND');
    const hanoi = await producersOf(S.haNoi);
    assert.deepEqual(ids(hanoi), sorted(P.phucXa.id, P.dichVong.id));
    const dichVong = hanoi.find((p) => p.id === P.dichVong.id)!;
    assert.equal(dichVong.place.communeId, null);
    assert.equal(dichVong.place.provinceId, unit('01'));
    assert.deepEqual(
      ids(await productsOf(S.haNoi)),
      sorted(...P.phucXa.productIds, ...P.dichVong.productIds),
    );
  });

  it('a producer in an unresolved old commune (Thị trấn Phù Yên, 03898) is seen at Sơn La province level only', async () => {
    assert.deepEqual(ids(await producersOf(S.sonLa)), [P.phuYen.id]);
    assert.deepEqual(await producersOf(S.phuYen), []);
  });
});

describe('list conventions', () => {
  // created in this order; names sort A..E
  const letters = ['C', 'A', 'E', 'B', 'D'];
  const made: Record<string, string> = {};
  before(async () => {
    for (const l of letters) {
      made[l] = (await seedProducerInUnit(deps, unit('14797'), { name: `Cơ sở Mẫu Sắp Xếp ${l}` })).id;
      await new Promise((r) => setTimeout(r, 5)); // distinct updatedAt
    }
  });
  const names = (r: Reply) => r.json.items.map((i: { name: string }) => i.name.slice(-1)).join('');

  it('pages carry page, pageSize and total; page 2 continues page 1 without overlap', async () => {
    const pages: Reply[] = [];
    for (const page of [1, 2, 3, 4]) {
      const r = await call(app, `/api/producers?q=mau%20sap%20xep&sort=name&pageSize=2&page=${page}`, {
        session: S.thanhHoa,
      });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.page, page);
      assert.equal(r.json.pageSize, 2);
      assert.equal(r.json.total, 5);
      pages.push(r);
    }
    assert.deepEqual(pages.map(names), ['AB', 'CD', 'E', '']);
    const seen = pages.flatMap((p) => p.json.items.map((i: { id: string }) => i.id));
    assert.equal(new Set(seen).size, 5);
  });

  it('sorts by name or by last change, in either direction', async () => {
    const by = async (sort: string) => {
      const r = await call(app, `/api/producers?q=mau%20sap%20xep&sort=${encodeURIComponent(sort)}`, {
        session: S.thanhHoa,
      });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.sort, sort);
      return names(r);
    };
    assert.equal(await by('name'), 'ABCDE');
    assert.equal(await by('-name'), 'EDCBA');
    assert.equal(await by('-updatedAt'), 'DBEAC');
    assert.equal(await by('updatedAt'), 'CAEBD');
    // the default order is by name
    const r = await call(app, '/api/producers?q=mau%20sap%20xep', { session: S.thanhHoa });
    assert.equal(names(r), 'ABCDE');
  });

  it('refuses out-of-range paging and unknown sort keys with 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['pageSize=201', 'pageSize'],
      ['pageSize=0', 'pageSize'],
      ['page=0', 'page'],
      ['page=abc', 'page'],
      ['sort=taxCode', 'sort'],
      ['sort=password_hash', 'sort'],
      ['status=deleted', 'status'],
    ];
    for (const [query, field] of cases) {
      const r = await call(app, `/api/producers?${query}`, { session: S.thanhHoa });
      assertError(r, 400, 'VALIDATION_FAILED');
      assert.deepEqual(issueFields(r), [field], query);
    }
    const big = await call(app, '/api/admin-units?pageSize=500');
    assertError(big, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(big), ['pageSize']);
  });

  it('search is accent- and case-insensitive: "ham rong" finds Phường Hàm Rồng', async () => {
    for (const q of ['ham rong', 'HÀM RỒNG', 'Hàm Rồng'.normalize('NFD'), '  hàm rồng  ']) {
      const r = await call(app, `/api/admin-units?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, r.text);
      assert.ok(
        r.json.items.some(
          (u: { id: string; name: string }) => u.id === unit('14758') && u.name === 'Phường Hàm Rồng',
        ),
        `q=${q}: ${r.text.slice(0, 300)}`,
      );
    }
    const dong = await call(app, `/api/admin-units?q=${encodeURIComponent('dong da')}`);
    assert.ok(
      dong.json.items.some((u: { name: string }) => u.name === 'Phường Đống Đa'),
      'đ folds to d',
    );
    const producers = await call(app, `/api/producers?q=${encodeURIComponent('che ham rong')}`, {
      session: S.thanhHoa,
    });
    assert.deepEqual(ids(producers.json.items), [P.hamRong1.id]);
  });

  it('search finds products by producer and place, within the scope, and says what matched', async () => {
    type Found = { name: string; matchedBy?: string[] };
    const search = async (s: Session, path: string) =>
      Object.fromEntries(
        (await list(s, path)).map((i) => [i.name, (i as unknown as Found).matchedBy ?? 'absent']),
      );
    // Hàm Rồng is the commune of two producers, and in one producer's name
    assert.deepEqual(await search(S.thanhHoa, `/api/products?q=${encodeURIComponent('ham rong')}`), {
      'Chè búp Hàm Rồng': ['name', 'producer', 'commune'],
      'Trà xanh Hàm Rồng': ['name', 'producer', 'commune'],
      'Bánh gai': ['producer', 'commune'],
    });
    // the province: every product the commune officer may see, none beyond
    assert.deepEqual(await search(S.hamRong, `/api/products?q=${encodeURIComponent('Thanh Hoá')}`), {
      'Chè búp Hàm Rồng': ['province'],
      'Trà xanh Hàm Rồng': ['province'],
      'Bánh gai': ['province'],
    });
    // recorded in Phường Phúc Xá of the three-tier structure, today within Phường Hồng Hà
    assert.deepEqual(await search(S.central, `/api/products?q=${encodeURIComponent('phuc xa')}`), {
      'Ô mai Phúc Xá': ['name', 'producer', 'recordedIn'],
    });
    assert.deepEqual(await search(S.central, `/api/producers?q=${encodeURIComponent('hong ha')}`), {
      'Hộ kinh doanh Phúc Xá': ['commune'],
    });
    assert.deepEqual(await search(S.hongHa, `/api/products?q=${encodeURIComponent('hong ha')}`), {
      'Ô mai Phúc Xá': ['commune'],
    });
    // a Quảng Ninh commune, searched from Thanh Hóa: nothing
    assert.deepEqual(await search(S.thanhHoa, `/api/products?q=${encodeURIComponent('ha tu')}`), {});
    // an unsearched list says nothing of matches
    assert.deepEqual(Object.values(await search(S.hamRong, '/api/products')), ['absent', 'absent', 'absent']);
  });

  it("search text is data, not SQL: q=' OR 1=1 -- answers 200 with no rows", async () => {
    const q = encodeURIComponent("' OR 1=1 --");
    for (const [path, s] of [
      [`/api/admin-units?q=${q}`, null],
      [`/api/producers?q=${q}`, S.central],
      [`/api/products?q=${q}`, S.central],
      [`/api/admin-units/mappings?q=${q}`, S.central],
      [`/api/users?q=${q}`, S.admin],
    ] as const) {
      const r = await call(app, path, { session: s });
      assert.equal(r.status, 200, `${path}: ${r.text}`);
      assert.deepEqual(r.json.items, [], path);
      assert.equal(r.json.total, 0, path);
    }
  });

  it('search text is taken literally: "%" or "_" match only names containing them', async () => {
    for (const q of ['%', '_']) {
      const r = await call(app, `/api/admin-units?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200);
      assert.equal(r.json.total, 0, `q=${q} matched ${r.json.total} units`);
    }
  });
});

describe('the old→new map in the reader’s language', () => {
  type Row = { id: number; note: string; notePhrases: MappingNote | null };
  const unresolved = async (lang: 'vi' | 'en') => {
    const rows: Row[] = [];
    for (let page = 1; ; page++) {
      const r = await call(app, `/api/admin-units/mappings?confidence=unresolved&pageSize=200&page=${page}`, {
        session: S.central,
        headers: { 'accept-language': lang },
      });
      assert.equal(r.status, 200, r.text);
      rows.push(...r.json.items);
      if (rows.length >= r.json.total) return rows;
    }
  };

  it('answers Vietnamese notes in Vietnamese, with no English prose, and English ones in English', async () => {
    const vi = await unresolved('vi');
    const en = await unresolved('en');
    assert.ok(vi.length > 600, `${vi.length} unresolved rows`);
    assert.deepEqual(
      en.map((m) => m.id),
      vi.map((m) => m.id),
    );
    for (const [i, m] of vi.entries()) {
      assert.ok(m.notePhrases, `row ${m.id} has its phrases`);
      assert.deepEqual(englishNoteWordsIn(m.note), [], m.note);
      assert.equal(m.note, renderMappingNote(m.notePhrases, 'vi'));
      assert.equal(en[i].note, renderMappingNote(m.notePhrases, 'en'));
      assert.notEqual(en[i].note, m.note);
    }
  });

  it('words the candidates of an old unit in the caller’s language too', async () => {
    const vi = await call(app, '/api/admin-units/vn-3tier:00166/current', {
      headers: { 'accept-language': 'vi' },
    });
    const en = await call(app, '/api/admin-units/vn-3tier:00166/current', {
      headers: { 'accept-language': 'en' },
    });
    assert.equal(vi.status, 200, vi.text);
    const notes = (r: typeof vi) => r.json.candidates.map((c: { note: string }) => c.note).join(' | ');
    assert.match(notes(vi), /chia tách: một trong 2 dòng của đơn vị cũ mã 00166/);
    assert.deepEqual(englishNoteWordsIn(notes(vi)), []);
    assert.match(notes(en), /split: one of 2 rows for old 00166/);
  });
});

describe('input hygiene on write routes', () => {
  let mappingId: number;
  let before0: { audit: number; mapping: unknown; users: number };

  const mappingRow = async () => {
    const r = await call(app, '/api/admin-units/mappings?oldUnit=vn-3tier:04060', { session: S.admin });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.items.length, 1);
    return r.json.items[0];
  };
  const userTotal = async () =>
    (await call(app, '/api/users?pageSize=1', { session: S.admin })).json.total as number;
  const settle = (opts: Parameters<typeof call>[2]) =>
    call(app, `/api/admin-units/mappings/${mappingId}/settle`, { session: S.admin, ...opts });
  const createUser = (opts: Parameters<typeof call>[2]) =>
    call(app, '/api/users', { session: S.admin, method: 'POST', ...opts });
  const goodUser = { email: 'hygiene@test.vn', fullName: 'Lê Thị Hoa', password: 'mật-khẩu-an-toàn-1' };

  before(async () => {
    const row = await mappingRow();
    mappingId = row.id;
    assert.equal(row.confidence, 'unresolved');
    before0 = { audit: await latestAuditId(), mapping: row, users: await userTotal() };
  });

  it('malformed JSON or bytes that are not UTF-8 are 400 MALFORMED_JSON', async () => {
    for (const raw of [
      '{"newUnitId": null, "note": "ab',
      "{'note': 'single quotes'}",
      new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
    ]) {
      assertError(await settle({ raw }), 400, 'MALFORMED_JSON');
      assertError(await createUser({ raw }), 400, 'MALFORMED_JSON');
    }
  });

  it('wrong types are 400 VALIDATION_FAILED naming each field', async () => {
    const r = await settle({ body: { newUnitId: 5, note: ['a', 'b', 'c'] } });
    assertError(r, 400, 'VALIDATION_FAILED');
    assert.ok(issueFields(r).includes('newUnitId'), r.text);
    assert.ok(issueFields(r).includes('note'), r.text);
    const u = await createUser({
      body: {
        ...goodUser,
        fullName: 42,
        mustChangePassword: 'yes',
        grants: [{ role: 'mayor', scopeKind: 'unit' }],
      },
    });
    assertError(u, 400, 'VALIDATION_FAILED');
    for (const f of ['fullName', 'mustChangePassword', 'grants.0.role'])
      assert.ok(issueFields(u).includes(f), `${f} in ${u.text}`);
    const path = await call(app, '/api/admin-units/mappings/abc/settle', {
      session: S.admin,
      body: { newUnitId: null, note: 'ghi chú' },
    });
    assertError(path, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(path), ['mappingId']);
  });

  it('a wrong-type message says what was received', async () => {
    const r = await settle({ body: { newUnitId: 5, note: 'ghi chú' }, headers: { 'accept-language': 'en' } });
    assertError(r, 400, 'VALIDATION_FAILED');
    const issue = r.json.error.details.issues.find((i: { field: string }) => i.field === 'newUnitId');
    assert.doesNotMatch(issue.message, /undefined/);
    assert.match(issue.message, /number/);
  });

  it('an unknown field is 400 and the field is named', async () => {
    const r = await settle({ body: { newUnitId: null, note: 'ghi chú', confidence: 'exact_code' } });
    assertError(r, 400, 'VALIDATION_FAILED');
    assert.match(JSON.stringify(r.json.error.details), /confidence/);
    const u = await createUser({ body: { ...goodUser, role: 'system_admin' } });
    assertError(u, 400, 'VALIDATION_FAILED');
    assert.match(JSON.stringify(u.json.error.details), /role/);
  });

  it('a body that is not JSON is 415', async () => {
    const headers = { 'content-type': 'text/plain' };
    assertError(
      await settle({ raw: JSON.stringify({ newUnitId: null, note: 'ghi chú' }), headers }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    assertError(
      await createUser({
        raw: JSON.stringify(goodUser),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('a body over 64 KiB is 413 BODY_TOO_LARGE', async () => {
    const note = 'x'.repeat(70 * 1024);
    const r = await settle({ body: { newUnitId: null, note } });
    assertError(r, 413, 'BODY_TOO_LARGE');
    assert.match(r.json.error.message, /65536/);
    const declared = await settle({
      raw: JSON.stringify({ newUnitId: null, note }),
      headers: { 'content-length': String(note.length + 30) },
    });
    assertError(declared, 413, 'BODY_TOO_LARGE');
    assertError(await createUser({ body: { ...goodUser, fullName: note } }), 413, 'BODY_TOO_LARGE');
  });

  it('control characters and lone surrogates are refused with the field named', async () => {
    const bell = await settle({ body: { newUnitId: null, note: 'ghi\u0007chú' } });
    assertError(bell, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(bell), ['note']);
    const surrogate = await settle({ raw: '{"newUnitId": null, "note": "ghi chú \\ud800"}' });
    assertError(surrogate, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(surrogate), ['note']);
    const lowAlone = await createUser({
      raw: JSON.stringify({ ...goodUser, fullName: 'PLACEHOLDER' }).replace('PLACEHOLDER', 'Lê \\udc00 Hoa'),
    });
    assertError(lowAlone, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(lowAlone), ['fullName']);
    const nested = await createUser({
      body: {
        ...goodUser,
        grants: [{ role: 'commune_officer', scopeKind: 'unit', unitId: 'vn-2tier-2025:14758\u0000' }],
      },
    });
    assertError(nested, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(nested), ['grants[0].unitId']);
  });

  it('over-long strings are 400 naming the field', async () => {
    const note = await settle({ body: { newUnitId: null, note: 'đ'.repeat(501) } });
    assertError(note, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(note), ['note']);
    const name = await createUser({ body: { ...goodUser, fullName: 'Nguyễn '.repeat(30) } });
    assertError(name, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(name), ['fullName']);
    const empty = await settle({ body: { newUnitId: null, note: '   ' } });
    assertError(empty, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(empty), ['note']);
  });

  it('none of the refused requests changed anything', async () => {
    assert.equal(await latestAuditId(), before0.audit, 'no audit row was written');
    assert.deepEqual(await mappingRow(), before0.mapping);
    assert.equal(await userTotal(), before0.users);
    assert.equal((await tryLogin(app, goodUser.email, goodUser.password)).status, 401);
  });

  it('decomposed (NFD) Vietnamese is accepted and stored composed (NFC)', async () => {
    const typed = 'Ghi chú: đã đối chiếu với Nghị quyết của tỉnh';
    const r = await settle({ body: { newUnitId: unit('04075'), note: typed.normalize('NFD') } });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { id: mappingId });
    const row = await mappingRow();
    assert.equal(row.note, typed.normalize('NFC'));
    assert.equal(row.confidence, 'manual');
    assert.equal(row.newUnit.id, unit('04075'));
    assert.ok(row.settledAt);
    // what a user types (composed) finds it
    const found = await call(app, `/api/admin-units/mappings?q=${encodeURIComponent('đã đối chiếu')}`, {
      session: S.admin,
    });
    assert.deepEqual(
      found.json.items.map((m: { id: number }) => m.id),
      [mappingId],
    );
    assert.equal(await latestAuditId(), before0.audit + 1);
  });
});

describe('errors and permissions', () => {
  it('an unknown /api route is a JSON 404 ROUTE_NOT_FOUND naming method and path', async () => {
    const r = await call(app, '/api/producer', { headers: { 'accept-language': 'en' } });
    assertError(r, 404, 'ROUTE_NOT_FOUND', 'No route GET /api/producer');
    const post = await call(app, '/api/producer', { body: {} });
    assertError(post, 404, 'ROUTE_NOT_FOUND');
    assert.match(post.json.error.message, /POST \/api\/producer/);
    // known routes answer 401 before looking at the body
    assertError(await call(app, '/api/producers', { body: {} }), 401, 'UNAUTHENTICATED');
  });

  it('only the system admin reads users and the audit log', async () => {
    for (const s of [S.thanhHoa, S.central, S.hamRong, S.producer]) {
      assertError(await call(app, '/api/users', { session: s }), 403, 'FORBIDDEN');
      assertError(await call(app, '/api/audit', { session: s }), 403, 'FORBIDDEN');
      assertError(await call(app, '/api/audit/verify', { session: s, method: 'POST' }), 403, 'FORBIDDEN');
    }
    assertError(await call(app, '/api/users'), 401, 'UNAUTHENTICATED');
    assertError(await call(app, '/api/audit'), 401, 'UNAUTHENTICATED');
    assert.equal((await call(app, '/api/users', { session: S.admin })).status, 200);
    assert.equal((await call(app, '/api/audit', { session: S.admin })).status, 200);
  });

  it('a non-admin cannot create accounts', async () => {
    const audit = await latestAuditId();
    const body = {
      email: 'sneaky@test.vn',
      fullName: 'Kẻ Gian',
      password: 'mật-khẩu-an-toàn-2',
      grants: [{ role: 'system_admin', scopeKind: 'nation' }],
    };
    assertError(await call(app, '/api/users', { session: S.central, body }), 403, 'FORBIDDEN');
    assertError(await call(app, '/api/users', { body }), 401, 'UNAUTHENTICATED');
    assert.equal((await tryLogin(app, body.email, body.password)).status, 401);
    assert.equal(await latestAuditId(), audit);
  });

  it("mappings: a province officer reads its own province's rows but may not settle them; a commune officer may not read", async () => {
    const list = await call(app, '/api/admin-units/mappings?oldUnit=vn-3tier:03898', { session: S.sonLa });
    assert.equal(list.status, 200, list.text);
    assert.equal(list.json.items.length, 1);
    const row = list.json.items[0];
    assert.deepEqual(row.actions, ['view']);
    assertError(
      await call(app, `/api/admin-units/mappings/${row.id}/settle`, {
        session: S.sonLa,
        body: { newUnitId: unit('03910'), note: 'thử chốt' },
      }),
      403,
      'FORBIDDEN',
    );
    // another province's officer does not review Sơn La's rows, but does review Thanh Hóa's
    const elsewhere = await call(app, '/api/admin-units/mappings?oldUnit=vn-3tier:03898', {
      session: S.thanhHoa,
    });
    assert.equal(elsewhere.status, 200);
    assert.deepEqual(elsewhere.json.items, []);
    const own = await call(app, '/api/admin-units/mappings?oldUnit=vn-3tier:14755', { session: S.thanhHoa });
    assert.equal(own.json.items.length, 1);
    assert.equal(own.json.items[0].newUnit.id, unit('14758'));
    assertError(await call(app, '/api/admin-units/mappings', { session: S.hamRong }), 403, 'FORBIDDEN');
    assertError(await call(app, '/api/admin-units/mappings', { session: S.producer }), 403, 'FORBIDDEN');
    const still = await call(app, '/api/admin-units/mappings?oldUnit=vn-3tier:03898', { session: S.central });
    assert.equal(still.json.items[0].confidence, 'unresolved');
  });
});

describe('settling a mapping moves the records placed in that old unit', () => {
  it('after the central officer settles Thị trấn Phù Yên → Xã Phù Yên, its producer and products reach the commune officer, and it is audited', async () => {
    const before1 = await call(app, '/api/admin-units/mappings?oldUnit=vn-3tier:03898', {
      session: S.central,
    });
    assert.equal(before1.json.items.length, 1);
    const row = before1.json.items[0];
    assert.equal(row.confidence, 'unresolved');
    assert.ok(row.actions.includes('settle'));
    assert.deepEqual(await producersOf(S.phuYen), []);
    const audit = await latestAuditId();

    const r = await call(app, `/api/admin-units/mappings/${row.id}/settle`, {
      session: S.central,
      body: { newUnitId: unit('03910'), note: 'Thị trấn Phù Yên nhập vào Xã Phù Yên' },
    });
    assert.equal(r.status, 200, r.text);

    const producers = await producersOf(S.phuYen);
    assert.deepEqual(ids(producers), [P.phuYen.id]);
    assert.equal(producers[0].place.communeId, unit('03910'));
    assert.deepEqual(ids(await productsOf(S.phuYen)), P.phuYen.productIds);
    assert.deepEqual(ids(await producersOf(S.sonLa)), [P.phuYen.id], 'the province still sees it');

    const current = await call(app, '/api/admin-units/vn-3tier:03898/current');
    assert.equal(current.json.resolved?.id, unit('03910'));

    const log = await call(app, `/api/audit?limit=5`, { session: S.admin });
    const entry = log.json.items.find((i: { action: string }) => i.action === 'admin_unit_mapping.settled');
    assert.ok(entry && entry.id > audit, log.text.slice(0, 500));
    assert.equal(entry.objectId, String(row.id));
    assert.equal(entry.actorLabel, emails.central);
    assert.equal(entry.before.confidence, 'unresolved');
    assert.equal(entry.after.newUnitId, unit('03910'));
    assert.equal(entry.after.confidence, 'manual');
  });

  it('settling onto a unit that is not a current commune is refused and changes nothing', async () => {
    const row = (await call(app, '/api/admin-units/mappings?oldUnit=vn-3tier:07732', { session: S.central }))
      .json.items[0];
    const audit = await latestAuditId();
    for (const [newUnitId, status, code] of [
      ['vn-3tier:00001', 400, 'UNIT_NOT_CURRENT'],
      [unit('24'), 400, 'UNIT_NOT_CURRENT'],
      [unit('99999'), 404, 'UNIT_NOT_FOUND'],
    ] as const) {
      assertError(
        await call(app, `/api/admin-units/mappings/${row.id}/settle`, {
          session: S.central,
          body: { newUnitId, note: 'thử chốt sai' },
        }),
        status,
        code,
      );
    }
    assertError(
      await call(app, '/api/admin-units/mappings/99999999/settle', {
        session: S.central,
        body: { newUnitId: null, note: 'không có dòng này' },
      }),
      404,
      'MAPPING_NOT_FOUND',
    );
    assert.equal(await latestAuditId(), audit);
    const after1 = (
      await call(app, '/api/admin-units/mappings?oldUnit=vn-3tier:07732', { session: S.central })
    ).json.items[0];
    assert.deepEqual(after1, row);
  });

  it('a settlement never leaves a record in a commune of one province but the scope of another', async () => {
    const stray = await seedProducerInUnit(deps, 'vn-3tier:07744', { name: 'Hợp tác xã Thắng Cương' });
    const row = (await call(app, '/api/admin-units/mappings?oldUnit=vn-3tier:07744', { session: S.central }))
      .json.items[0];
    const r = await call(app, `/api/admin-units/mappings/${row.id}/settle`, {
      session: S.central,
      body: { newUnitId: unit('14797'), note: 'chốt nhầm sang tỉnh khác' },
    });
    if (r.status >= 400) {
      assert.equal(r.status, 400, r.text); // refusing is fine
      return;
    }
    // accepted: then the province that owns the commune must see the record too
    const seen = await producersOf(S.thanhHoa);
    const rec = seen.find((p) => p.id === stray.id);
    assert.ok(rec, 'the Thanh Hóa province officer sees a record placed in Phường Hạc Thành');
    assert.equal(rec.place.provinceId, unit('38'));
  });
});

describe('creating accounts', () => {
  const password = 'Mật-khẩu-ban-đầu-7';

  it('the admin creates an account that can sign in with its grant', async () => {
    const audit = await latestAuditId();
    const r = await call(app, '/api/users', {
      session: S.admin,
      body: {
        email: 'Can.Bo.HacThanh@Test.vn',
        fullName: 'Trần Văn Bình',
        password,
        grants: [officer('commune_officer', '14797')],
      },
    });
    assert.equal(r.status, 201, r.text);
    assert.match(r.json.id, /^[0-9a-f-]{36}$/);
    const s = await login(app, 'can.bo.hacthanh@test.vn', password);
    assert.equal(s.me.user.id, r.json.id);
    assert.equal(s.me.user.fullName, 'Trần Văn Bình');
    assert.equal(
      s.me.user.mustChangePassword,
      true,
      'new accounts must change the initial password by default',
    );
    assert.equal(s.me.grants[0].unitId, unit('14797'));
    assert.ok(ids(await producersOf(s)).includes(P.hacThanh.id));

    const listed = await call(app, '/api/users?q=hacthanh', { session: S.admin });
    assert.equal(listed.json.total, 1);
    assert.equal(listed.json.items[0].grants[0].unitName, 'Phường Hạc Thành');
    const log = await call(app, '/api/audit?limit=10', { session: S.admin });
    const entry = log.json.items.find(
      (i: { action: string; objectId: string }) => i.action === 'user.created' && i.objectId === r.json.id,
    );
    assert.ok(entry && entry.id > audit);
    assert.ok(!log.text.includes(password), 'the password never reaches the audit log');
  });

  it('a taken email (in any case) is 409 EMAIL_TAKEN', async () => {
    const r = await call(app, '/api/users', {
      session: S.admin,
      body: { email: 'CAN.BO.HACTHANH@TEST.VN', fullName: 'Người Khác', password },
    });
    assertError(r, 409, 'EMAIL_TAKEN', 'Email đã được dùng');
    const existing = await call(app, '/api/users', {
      session: S.admin,
      body: { email: emails.hamRong, fullName: 'Người Khác', password },
    });
    assertError(existing, 409, 'EMAIL_TAKEN');
  });

  it('grants on the wrong kind of scope or on old-structure units are refused, and nothing is created', async () => {
    const audit = await latestAuditId();
    const attempt = (email: string, grants: GrantInput[]) =>
      call(app, '/api/users', {
        session: S.admin,
        body: { email, fullName: 'Phạm Thị Cúc', password, grants },
      });
    assertError(
      await attempt('refused-scope-1@test.vn', [officer('commune_officer', '38')]),
      400,
      'INVALID_SCOPE',
    );
    assertError(
      await attempt('refused-scope-2@test.vn', [officer('province_officer', '14758')]),
      400,
      'INVALID_SCOPE',
    );
    assertError(
      await attempt('refused-scope-3@test.vn', [
        { role: 'central_officer', scopeKind: 'unit', unitId: unit('38') },
      ]),
      400,
      'INVALID_SCOPE',
    );
    assertError(
      await attempt('refused-scope-4@test.vn', [{ role: 'commune_officer', scopeKind: 'unit' }]),
      400,
      'INVALID_SCOPE',
    );
    assertError(
      await attempt('refused-scope-5@test.vn', [
        { role: 'commune_officer', scopeKind: 'unit', unitId: 'vn-3tier:00001' },
      ]),
      400,
      'UNIT_NOT_CURRENT',
    );
    assertError(
      await attempt('refused-scope-6@test.vn', [
        { role: 'province_officer', scopeKind: 'unit', unitId: 'vn-3tier:38' },
      ]),
      400,
      'UNIT_NOT_CURRENT',
    );
    assertError(
      await attempt('refused-scope-7@test.vn', [officer('commune_officer', '99999')]),
      404,
      'UNIT_NOT_FOUND',
    );
    // a good grant next to a bad one does not create half an account
    assertError(
      await attempt('refused-scope-8@test.vn', [
        officer('commune_officer', '14758'),
        officer('commune_officer', '38'),
      ]),
      400,
      'INVALID_SCOPE',
    );
    const weak = await call(app, '/api/users', {
      session: S.admin,
      body: { email: 'refused-scope-9@test.vn', fullName: 'Phạm Thị Cúc', password: 'abc' },
    });
    assertError(weak, 400, 'WEAK_PASSWORD');
    assert.equal(await latestAuditId(), audit);
    const none = await call(app, '/api/users?q=refused-scope', { session: S.admin });
    assert.equal(none.json.total, 0, none.text.slice(0, 300));
  });

  it('INVALID_SCOPE names the role the way the screen does', async () => {
    const r = await call(app, '/api/users', {
      session: S.admin,
      body: {
        email: 'label@test.vn',
        fullName: 'Phạm Thị Cúc',
        password,
        grants: [officer('commune_officer', '38')],
      },
    });
    assertError(r, 400, 'INVALID_SCOPE');
    assert.match(r.json.error.message, /Cán bộ cấp xã/);
  });

  it('a producer grant must point at an existing producer', async () => {
    const r = await call(app, '/api/users', {
      session: S.admin,
      body: {
        email: 'ghost-producer@test.vn',
        fullName: 'Chủ Thể Ma',
        password,
        grants: [
          { role: 'producer', scopeKind: 'producer', producerId: '00000000-0000-4000-8000-00000000dead' },
        ],
      },
    });
    assert.ok(r.status === 400 || r.status === 404, `expected a refusal, got ${r.status} ${r.text}`);
  });
});
