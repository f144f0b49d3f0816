// The home page's data over HTTP, per kind of grant: a producer's products with
// their certificate state and next step; an officer's counts by star and by
// certificate state, the certificates due for re-evaluation (in the window, or
// within 30 days of its opening) soonest first, sheets in draft, open imports and
// producers waiting; a national grant the same by province. Every count is checked
// against rows made for it, on a fixed day.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import { certificates, productPhotos, products } from '../../src/server/db/schema/index.ts';
import type { Home } from '../../src/shared/contracts/home.ts';
import { makeDeps, seedPendingProducer, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { call, login, type App, type Session } from './http-client.ts';
import { eq } from 'drizzle-orm';

const TODAY = '2026-12-02';
let tdb: TestDatabase;
let app: App;
const sessions: Record<string, Session> = {};
const ids: Record<string, string> = {};

const certificate = (productId: string, validUntil: string, stars: number) => ({
  productId,
  stars,
  decisionNo: `${stars}-${validUntil}/QĐ-UBND`,
  decisionDate: '2024-01-10',
  issuer: 'Chủ tịch UBND tỉnh',
  procedureVersionId: 'r148',
  validFrom: '2024-01-10',
  validUntil,
  status: 'valid' as const,
});

before(async () => {
  tdb = await createTestDatabase();
  const deps = { ...makeDeps(tdb.database), clock: fixedDateClock(TODAY) };
  app = createApp(deps);
  const thanhHoa = await seedProducerInUnit(deps, unit('14758'), {
    name: 'Hợp tác xã Trang Chủ',
    products: [
      'Nem chua xa hạn',
      'Chè lam trong kỳ',
      'Bánh gai sắp đến kỳ',
      'Mắm hết hạn',
      'Rượu chưa công nhận',
    ],
  });
  [ids.far, ids.window, ids.near, ids.expired, ids.none] = thanhHoa.productIds;
  ids.producer = thanhHoa.id;
  await tdb.database.db.insert(certificates).values([
    certificate(ids.far, '2029-01-09', 4), // valid, far from the window
    certificate(ids.window, '2027-05-01', 3), // 150 days left: in the window (180–120)
    certificate(ids.near, '2027-06-20', 3), // 200 days left: the window opens in 20 days
    certificate(ids.expired, '2025-06-27', 3), // ended
  ]);
  const other = await seedProducerInUnit(deps, unit('01'), { name: 'HTX Hà Nội', products: ['Trà sen'] });
  await tdb.database.db.insert(certificates).values([certificate(other.productIds[0], '2028-01-01', 5)]);
  await seedPendingProducer(deps, unit('14758'), { name: 'Hộ kinh doanh Chờ Xác Nhận' });

  const users = {
    producer: await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId: thanhHoa.id }]),
    commune: await seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: unit('14758') }]),
    province: await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]),
    central: await seedUser(deps, [{ role: 'central_officer', scopeKind: 'nation' }]),
    council: await seedUser(deps, [
      { role: 'council_member', scopeKind: 'council', councilId: '7a1c2e3f-0000-4000-8000-000000000026' },
    ]),
  };
  for (const [k, u] of Object.entries(users)) sessions[k] = await login(app, u.email);
});
after(() => tdb.drop());

const home = async (who: string): Promise<Home> => {
  const r = await call(app, '/api/home', { session: sessions[who] });
  assert.equal(r.status, 200, r.text);
  return r.json as Home;
};

describe('an officer’s home', () => {
  it('counts the scope’s products by star (only where the mark counts) and by certificate state', async () => {
    const o = (await home('province')).overview!;
    assert.equal(o.products, 5);
    assert.deepEqual(o.byStars, [
      { stars: 3, count: 2 },
      { stars: 4, count: 1 },
      { stars: 5, count: 0 },
    ]);
    assert.deepEqual(Object.fromEntries(o.byState.map((s) => [s.state, s.count])), {
      valid: 2,
      renewalWindowOpen: 1,
      expired: 1,
      none: 1,
    });
    assert.equal(o.provinces, null, 'a province sees its own counts, not a table of provinces');
  });

  it('lists the certificates in or near the renewal window, soonest first, with days left', async () => {
    const o = (await home('commune')).overview!;
    assert.equal(o.renewalsDue, 2);
    assert.equal(o.nearDays, 30);
    assert.deepEqual(
      o.renewals.map((r) => [r.productName, r.state, r.validUntil, r.daysLeft]),
      [
        ['Chè lam trong kỳ', 'renewalWindowOpen', '2027-05-01', 150],
        ['Bánh gai sắp đến kỳ', 'valid', '2027-06-20', 200],
      ],
    );
    assert.equal(o.renewals[0].producerName, 'Hợp tác xã Trang Chủ');
  });

  it('counts sheets in draft, open imports and producers waiting for confirmation', async () => {
    const created = await call(app, '/api/self-assessments', {
      method: 'POST',
      session: sessions.producer,
      body: { productId: ids.none, year: 2026, reusePrevious: false },
    });
    assert.equal(created.status, 201, created.text);
    const o = (await home('commune')).overview!;
    assert.equal(o.sheetsInDraft, 1);
    assert.equal(o.importsOpen, 0);
    assert.equal(o.producersPending, 1);
  });

  it('a national grant sees the same by province; one that does not import has no import count', async () => {
    const o = (await home('central')).overview!;
    assert.equal(o.products, 6);
    assert.equal(o.importsOpen, null);
    const byName = new Map(o.provinces!.map((p) => [p.provinceName, p]));
    const thanhHoa = [...byName.entries()].find(([n]) => n?.includes('Thanh Hóa'))?.[1];
    assert.ok(thanhHoa, `Thanh Hóa among ${[...byName.keys()].join(', ')}`);
    assert.deepEqual(
      { ...thanhHoa, provinceId: undefined, provinceName: undefined },
      {
        provinceId: undefined,
        provinceName: undefined,
        products: 5,
        stars3: 2,
        stars4: 1,
        stars5: 0,
        renewalsDue: 2,
        expired: 1,
        sheetsInDraft: 1,
        producersPending: 1,
      },
    );
    assert.equal(o.byStars.find((s) => s.stars === 5)?.count, 1, 'the Hà Nội product');
  });
});

describe('a producer’s home', () => {
  it('gives each product its stars, certificate state and next step', async () => {
    const p = (await home('producer')).producer!;
    assert.equal(p.producerName, 'Hợp tác xã Trang Chủ');
    assert.equal(p.pending, false);
    assert.equal(p.thisYear, 2026);
    const byName = new Map(p.products.map((x) => [x.name, x]));
    const expired = byName.get('Mắm hết hạn')!;
    assert.deepEqual(
      { stars: expired.stars, former: expired.former, state: expired.certificateState },
      { stars: 3, former: true, state: 'expired' },
    );
    // the seeded record has no description, photo, representative or contact
    assert.deepEqual(byName.get('Nem chua xa hạn')!.gaps, [
      'productDescription',
      'productPhoto',
      'producerRepresentative',
      'producerContact',
    ]);
    assert.ok(p.products.every((x) => x.nextStep === 'completeRecord'));
  });

  it('once the record is complete: nothing to do for a certificate far from expiry, re-evaluation in the window, the sheet otherwise', async () => {
    const { db } = tdb.database;
    const { producers } = await import('../../src/server/db/schema/index.ts');
    await db
      .update(producers)
      .set({ representativeName: 'Lê Thị Hoa', phone: '0912345678' })
      .where(eq(producers.id, ids.producer));
    for (const id of [ids.far, ids.window, ids.near, ids.expired, ids.none]) {
      await db.update(products).set({ description: 'Sản phẩm truyền thống' }).where(eq(products.id, id));
      await db.insert(productPhotos).values({
        productId: id,
        storageKey: `photos/${id}.jpg`,
        thumbKey: `photos/${id}.thumb.jpg`,
        mime: 'image/jpeg',
        bytes: 1000,
        width: 800,
        height: 600,
        phash: '0000000000000000',
      });
    }
    const p = (await home('producer')).producer!;
    const step = new Map(p.products.map((x) => [x.name, x.nextStep]));
    assert.deepEqual(Object.fromEntries(step), {
      'Nem chua xa hạn': 'upToDate',
      'Chè lam trong kỳ': 'prepareRenewal',
      'Bánh gai sắp đến kỳ': 'upToDate',
      'Mắm hết hạn': 'startSelfAssessment',
      'Rượu chưa công nhận': 'continueSelfAssessment',
    });
    assert.equal(p.products.find((x) => x.name === 'Rượu chưa công nhận')!.sheet?.status, 'draft');
  });
});

describe('other grants', () => {
  it('a council member has no registry work yet: neither part', async () => {
    const h = await home('council');
    assert.equal(h.role, 'council_member');
    assert.equal(h.producer, null);
    assert.equal(h.overview, null);
  });

  it('needs a session', async () => {
    assert.equal((await call(app, '/api/home')).status, 401);
  });
});
