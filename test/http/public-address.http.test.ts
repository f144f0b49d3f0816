// A product's permanent public address, /sp/{publicId}: anyone may open it without
// signing in and read, in Vietnamese, the product, its producer and place, the stars
// in force and its certificate's state on the app clock's day; the same as JSON. The
// id is short, random and unique, and never changes; the product record carries it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import { createApp } from '../../src/server/app.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import { adminUnits, certificates, producers, products } from '../../src/server/db/schema/index.ts';
import { parseEnv } from '../../src/server/env.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { PRODUCT_SETS } from '../../src/shared/registry.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit, validTaxCode } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Session } from './http-client.ts';

const TODAY = '2026-12-02';
const PUBLIC_URL = 'https://ocop.thanhhoa.gov.vn';
let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
let officer: Session;
const ids: Record<string, string> = {};
const publicIds: Record<string, string> = {};
let commune: string;
let province: string;

const certificate = (productId: string, decisionNo: string, validUntil: string, stars: number) => ({
  productId,
  stars,
  decisionNo,
  decisionDate: '2024-01-10',
  issuer: 'Chủ tịch UBND tỉnh Thanh Hóa',
  procedureVersionId: 'r148',
  validFrom: '2024-01-10',
  validUntil,
  status: 'valid' as const,
});

const appOn = (day: string) =>
  createApp({ ...deps, clock: fixedDateClock(day), env: parseEnv({ NODE_ENV: 'test', PUBLIC_URL }) });

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = appOn(TODAY);
  const producer = await seedProducerInUnit(deps, unit('14758'), {
    name: 'Hợp tác xã Nem chua Trang Chủ',
    products: ['Nem chua Thanh Hóa', 'Chè lam hết hạn', 'Rượu chưa công nhận', 'Bánh gai đã rút'],
  });
  [ids.starred, ids.expired, ids.none, ids.withdrawn] = producer.productIds;
  ids.producer = producer.id;
  const { db } = tdb.database;
  // contacts, tax code and representative that the public address must never show
  await db
    .update(producers)
    .set({
      taxCode: validTaxCode(280_012_345),
      phone: '0912345678',
      email: 'lienhe@trangchu.vn',
      representativeName: 'Lê Thị Đại Diện',
    })
    .where(eq(producers.id, producer.id));
  await db.update(products).set({ status: 'withdrawn' }).where(eq(products.id, ids.withdrawn));
  await db
    .insert(certificates)
    .values([
      certificate(ids.starred, '1234/QĐ-UBND', '2029-01-09', 4),
      certificate(ids.expired, '88/QĐ-UBND', '2025-06-27', 3),
      certificate(ids.withdrawn, '99/QĐ-UBND', '2028-03-31', 3),
    ]);
  const rows = await db
    .select({ id: products.id, publicId: products.publicId })
    .from(products)
    .where(inArray(products.id, producer.productIds));
  for (const r of rows) publicIds[Object.keys(ids).find((k) => ids[k] === r.id) as string] = r.publicId;
  const names = await db
    .select({ id: adminUnits.id, name: adminUnits.name })
    .from(adminUnits)
    .where(
      inArray(adminUnits.id, [producer.place.scopeCommuneId, producer.place.scopeProvinceId] as string[]),
    );
  commune = names.find((n) => n.id === producer.place.scopeCommuneId)?.name as string;
  province = names.find((n) => n.id === producer.place.scopeProvinceId)?.name as string;
  assert.ok(commune && province, 'the seeded place resolves into the current structure');
  const user = await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]);
  officer = await login(app, user.email);
});
after(() => tdb.drop());

const page = (publicId: string, a: App = app) =>
  call(a, `/sp/${publicId}`, { headers: { accept: 'text/html' } });
const json = (publicId: string, a: App = app) =>
  call(a, `/sp/${publicId}`, { headers: { accept: 'application/json' } });

/** What must never leave through the public address. */
function assertNothingPrivate(text: string) {
  for (const secret of [
    validTaxCode(280_012_345),
    '0912345678',
    'lienhe@trangchu.vn',
    'Lê Thị Đại Diện',
    ids.starred,
    ids.producer,
  ])
    assert.ok(!text.includes(secret), `the public address shows ${secret}`);
}

describe('the public page', () => {
  it('shows, in Vietnamese and without signing in, the product, producer, place, set, stars, state, validity and decision', async () => {
    const r = await page(publicIds.starred);
    assert.equal(r.status, 200, r.text);
    assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(r.text, /<html lang="vi">/);
    assert.match(r.text, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    for (const fact of [
      'Nem chua Thanh Hóa',
      'Hợp tác xã Nem chua Trang Chủ',
      `${commune}, ${province}`,
      PRODUCT_SETS[6].vi,
      'role="img" aria-label="4 sao"',
      'Còn hiệu lực',
      '09/01/2029',
      '1234/QĐ-UBND',
      `${PUBLIC_URL}/sp/${publicIds.starred}`,
    ])
      assert.ok(r.text.includes(fact), `the page shows ${fact}`);
    assertNothingPrivate(r.text);
    assert.equal(r.headers.get('set-cookie'), null, 'no session is started');
  });

  it('is a page of its own: no script, no outside asset, the app’s secure headers, kept five minutes', async () => {
    const r = await page(publicIds.starred);
    assert.doesNotMatch(r.text, /<script/i);
    assert.doesNotMatch(r.text, /(?:src|href)="(?!https:\/\/ocop\.thanhhoa\.gov\.vn\/sp\/|\/")/);
    assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal(r.headers.get('x-frame-options'), 'DENY');
    assert.equal(r.headers.get('cache-control'), 'public, max-age=300');
    assert.match(r.headers.get('vary') ?? '', /Accept/);
  });

  it('says when there are no stars in force: no certificate, or one expired on the clock’s day', async () => {
    const none = await page(publicIds.none);
    assert.equal(none.status, 200);
    assert.match(none.text, /Chưa có sao OCOP còn hiệu lực/);
    assert.match(none.text, /Chưa có giấy chứng nhận/);
    assert.doesNotMatch(none.text, /aria-label="\d sao"/);
    const expired = await page(publicIds.expired);
    assert.match(expired.text, /Chưa có sao OCOP còn hiệu lực/);
    assert.match(expired.text, /Hết hiệu lực/);
    assert.match(expired.text, /27\/06\/2025/);
  });

  it('still answers for a withdrawn product, and says so', async () => {
    const r = await page(publicIds.withdrawn);
    assert.equal(r.status, 200);
    assert.match(r.text, /Tình trạng sản phẩm<\/dt><dd>Đã rút/);
    assert.equal((await json(publicIds.withdrawn)).json.status, 'withdrawn');
  });
});

describe('the same as JSON', () => {
  it('answers Accept: application/json and ?format=json with ids of states, ISO dates and no internal id', async () => {
    const expected = {
      publicId: publicIds.starred,
      publicUrl: `${PUBLIC_URL}/sp/${publicIds.starred}`,
      name: 'Nem chua Thanh Hóa',
      status: 'active',
      producer: { name: 'Hợp tác xã Nem chua Trang Chủ' },
      place: { commune, province },
      productSet: 7,
      productSetName: PRODUCT_SETS[6].vi,
      stars: 4,
      certificate: {
        state: 'valid',
        validUntil: '2029-01-09',
        decisionNumber: '1234/QĐ-UBND',
        meaning: null,
      },
    };
    const byAccept = await json(publicIds.starred);
    assert.equal(byAccept.status, 200, byAccept.text);
    assert.match(byAccept.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(byAccept.json, expected);
    const byQuery = await call(app, `/sp/${publicIds.starred}?format=json`);
    assert.deepEqual(byQuery.json, expected);
    assertNothingPrivate(byAccept.text);
    const none = await json(publicIds.none);
    assert.equal(none.json.stars, null);
    assert.equal(none.json.certificate, null);
  });

  it('a browser’s usual Accept gets the page', async () => {
    const r = await call(app, `/sp/${publicIds.starred}`, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
  });
});

describe('an address of no product', () => {
  it('answers 404: a helpful page in Vietnamese, or the error shape', async () => {
    const r = await page('abcdefgh23');
    assert.equal(r.status, 404);
    assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(r.text, /<html lang="vi">/);
    assert.match(r.text, /Không tìm thấy sản phẩm/);
    assert.match(r.text, /10 ký tự/);
    assertError(await json('abcdefgh23'), 404, 'PUBLIC_ADDRESS_NOT_FOUND');
    assertError(await call(app, '/sp/abcdefgh23?format=json'), 404, 'PUBLIC_ADDRESS_NOT_FOUND');
  });

  it('an id that cannot be one is a 404 too, its text shown escaped', async () => {
    const r = await page(encodeURIComponent('<b>x</b>'));
    assert.equal(r.status, 404);
    assert.ok(r.text.includes('&lt;b&gt;x&lt;/b&gt;'));
    assert.ok(!r.text.includes('<b>x</b>'));
  });

  it('an id typed in capitals, or with O and L for 0 and 1, is sent on to its written form', async () => {
    // an id of digits only (1 in 100,000) has no letter to write in capitals: add a hyphen, as on a label
    const typed = `${publicIds.starred.slice(0, 5)}-${publicIds.starred.slice(5)}`
      .toUpperCase()
      .replace(/0/g, 'O')
      .replace(/1/g, 'L');
    const r = await call(app, `/sp/${typed}`);
    assert.equal(r.status, 301);
    assert.equal(r.headers.get('location'), `/sp/${publicIds.starred}`);
  });
});

describe('the state follows the clock', () => {
  it('the same product reads in its re-evaluation window, then expired, on later days', async () => {
    // valid until 09/01/2029: 150 days before is within the 180–120-day window
    const inWindow = await json(publicIds.starred, appOn('2028-08-12'));
    assert.equal(inWindow.json.certificate.state, 'renewalWindowOpen');
    assert.equal(inWindow.json.stars, 4);
    assert.match(
      (await page(publicIds.starred, appOn('2028-08-12'))).text,
      /Trong thời hạn nộp hồ sơ đánh giá lại/,
    );
    const later = await json(publicIds.starred, appOn('2029-01-10'));
    assert.equal(later.json.certificate.state, 'expired');
    assert.equal(later.json.stars, null);
    assert.match((await page(publicIds.starred, appOn('2029-01-10'))).text, /Chưa có sao OCOP còn hiệu lực/);
  });
});

describe('the public id', () => {
  it('the product record carries it and its address', async () => {
    const r = await call(app, `/api/products/${ids.starred}`, { session: officer });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.publicId, publicIds.starred);
    assert.equal(r.json.publicUrl, `${PUBLIC_URL}/sp/${publicIds.starred}`);
    const list = await call(app, `/api/products?producer=${ids.producer}`, { session: officer });
    assert.ok(
      list.json.items.every((p: { publicId: string; publicUrl: string }) =>
        p.publicUrl.endsWith(`/sp/${p.publicId}`),
      ),
    );
  });

  it('never changes: a product update keeps it, the API refuses it as a field, the database refuses to change it', async () => {
    const before = await call(app, `/api/products/${ids.none}`, { session: officer });
    const changed = await call(app, `/api/products/${ids.none}`, {
      method: 'PATCH',
      session: officer,
      body: { name: 'Rượu men lá chưa công nhận', description: 'Rượu nấu bằng men lá' },
    });
    assert.ok(changed.status < 300, changed.text);
    const afterUpdate = await call(app, `/api/products/${ids.none}`, { session: officer });
    assert.equal(afterUpdate.json.name, 'Rượu men lá chưa công nhận');
    assert.equal(afterUpdate.json.publicId, before.json.publicId);
    assert.equal((await json(publicIds.none)).json.name, 'Rượu men lá chưa công nhận');
    const asField = await call(app, `/api/products/${ids.none}`, {
      method: 'PATCH',
      session: officer,
      body: { publicId: 'zzzzzzzzzz' },
    });
    assert.equal(asField.status, 400);
    await assert.rejects(
      tdb.database.db.update(products).set({ publicId: 'zzzzzzzzzz' }).where(eq(products.id, ids.none)),
      (e: Error) =>
        /public_id never changes/.test(String((e.cause as Error | undefined)?.message ?? e.message)),
    );
    const [row] = await tdb.database.db
      .select({ publicId: products.publicId })
      .from(products)
      .where(eq(products.id, ids.none));
    assert.equal(row.publicId, publicIds.none);
  });

  it('is short, random, unique and not sequential over a batch of inserts', async () => {
    const producer = await seedProducerInUnit(deps, unit('14758'), {
      products: Array.from({ length: 200 }, (_, i) => `Sản phẩm lô ${i + 1}`),
    });
    const rows = await tdb.database.db
      .select({ id: products.id, publicId: products.publicId, createdAt: products.createdAt })
      .from(products)
      .where(inArray(products.id, producer.productIds));
    const byInsert = producer.productIds.map((id) => rows.find((r) => r.id === id)?.publicId as string);
    assert.equal(new Set(byInsert).size, 200, 'unique');
    for (const p of byInsert) assert.match(p, /^[0-9abcdefghjkmnpqrstvwxyz]{10}$/);
    // in insert order, the ids rise about as often as they fall, and start with many different characters
    const rises = byInsert.slice(1).filter((p, i) => p > byInsert[i]).length;
    assert.ok(rises > 60 && rises < 140, `${rises} of 199 consecutive ids rise`);
    assert.ok(new Set(byInsert.map((p) => p[0])).size >= 20, 'first characters spread over the alphabet');
    // not read out of the uuid
    for (const r of rows) assert.ok(!r.id.replace(/-/g, '').includes(r.publicId.slice(0, 6)));
  });
});

describe('beside the built web app', () => {
  it('the single-page app’s fallback does not take /sp/…: known and unknown ids answer as above', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ocop-web-'));
    try {
      writeFileSync(
        join(root, 'index.html'),
        '<!doctype html><html lang="vi"><body><div id="root">SPA</div></body></html>',
      );
      const withWeb = createApp({ ...deps, clock: fixedDateClock(TODAY), webRoot: root });
      const known = await page(publicIds.starred, withWeb);
      assert.equal(known.status, 200);
      assert.match(known.text, /Nem chua Thanh Hóa/);
      assert.doesNotMatch(known.text, /id="root"/);
      const unknown = await page('abcdefgh23', withWeb);
      assert.equal(unknown.status, 404);
      assert.match(unknown.text, /Không tìm thấy sản phẩm/);
      // the rest still falls back to the app
      assert.match((await call(withWeb, '/app/san-pham')).text, /id="root"/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
