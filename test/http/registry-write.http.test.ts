// Registering and changing producers and products over HTTP: who may, what is
// refused, and what the audit trail keeps.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit, validTaxCode } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, issueFields, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
const S: Record<string, Session> = {};
const HAM_RONG = unit('14758');
const HA_TU = unit('06652');

const producerBody = (over: Record<string, unknown> = {}) => ({
  name: 'Hợp tác xã Nông nghiệp Hàm Rồng',
  legalType: 'cooperative',
  taxCode: validTaxCode(280_100_000),
  unitId: HAM_RONG,
  representativeName: 'Lê Văn Hùng',
  representativeSex: 'male',
  representativeEthnicity: 'Mường',
  representativeDisability: false,
  workforce: [
    { unitId: HAM_RONG, workers: 12, asOf: '2026-06-30' },
    { unitId: 'vn-3tier:14803', workers: 3, asOf: '2026-06-30' },
  ],
  documents: [
    {
      kind: 'food_safety',
      number: '123/ATTP',
      issuer: 'Sở Y tế Thanh Hóa',
      issuedOn: '2025-01-10',
      validUntil: '2028-01-09',
    },
  ],
  ...over,
});

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = createApp(deps);
  const users = {
    commune: await seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: HAM_RONG }]),
    province: await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]),
    otherCommune: await seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: HA_TU }]),
    inspector: await seedUser(deps, [{ role: 'inspector', scopeKind: 'unit', unitId: unit('38') }]),
  };
  for (const [k, u] of Object.entries(users)) S[k] = await login(app, u.email);
});
after(() => tdb.drop());

describe('registering producers', () => {
  let producerId: string;
  it('a commune officer registers a producer of the commune; the record lists and has its history', async () => {
    const r = await call(app, '/api/producers', { session: S.commune, body: producerBody() });
    assert.equal(r.status, 201, r.text);
    producerId = r.json.id;
    const one = await call(app, `/api/producers/${producerId}`, { session: S.province });
    assert.equal(one.json.place.communeId, HAM_RONG);
    const history = await call(app, `/api/producers/${producerId}/history`, { session: S.commune });
    assert.equal(history.json.items[0].action, 'producer.created');
    // personal fields never appear in the chained snapshot
    assert.ok(!JSON.stringify(history.json.items[0].after).includes('Mường'));
  });

  it('refuses a commune it does not cover, an old-structure address, a bad tax code, a taken tax code', async () => {
    assertError(
      await call(app, '/api/producers', {
        session: S.otherCommune,
        body: producerBody({ taxCode: validTaxCode(280_200_000) }),
      }),
      403,
      'FORBIDDEN',
    );
    assertError(
      await call(app, '/api/producers', {
        session: S.commune,
        body: producerBody({ unitId: 'vn-3tier:14803', taxCode: undefined }),
      }),
      400,
      'UNIT_NOT_COMMUNE',
    );
    const good = validTaxCode(280_500_000);
    const wrongDigit = good.slice(0, 9) + String((Number(good[9]) + 1) % 10);
    assertError(
      await call(app, '/api/producers', { session: S.commune, body: producerBody({ taxCode: wrongDigit }) }),
      400,
      'TAX_CODE_INVALID',
    );
    const taken = await call(app, '/api/producers', { session: S.province, body: producerBody() });
    assertError(taken, 409, 'TAX_CODE_TAKEN');
    assertError(
      await call(app, '/api/producers', {
        session: S.inspector,
        body: producerBody({ taxCode: validTaxCode(280_300_000) }),
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('names the field of a bad value', async () => {
    const r = await call(app, '/api/producers', {
      session: S.commune,
      body: producerBody({ legalType: 'corporation', taxCode: validTaxCode(280_400_000) }),
    });
    assertError(r, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(r), ['legalType']);
  });

  it('an update with a stale expectedUpdatedAt is refused; a fresh one is audited with before and after', async () => {
    const one = await call(app, `/api/producers/${producerId}`, { session: S.commune });
    const stale = await call(app, `/api/producers/${producerId}`, {
      method: 'PATCH',
      session: S.commune,
      body: { phone: '0912 345 678', expectedUpdatedAt: '2020-01-01T00:00:00.000Z' },
    });
    assertError(stale, 409, 'CONFLICT');
    const fresh = await call(app, `/api/producers/${producerId}`, {
      method: 'PATCH',
      session: S.commune,
      body: { phone: '0912 345 678', expectedUpdatedAt: one.json.updatedAt },
    });
    assert.equal(fresh.status, 200, fresh.text);
    const history = await call(app, `/api/producers/${producerId}/history`, { session: S.commune });
    assert.equal(history.json.items[0].action, 'producer.updated');
    assert.deepEqual(history.json.items[0].after, { phone: '0912 345 678' });
    assertError(
      await call(app, `/api/producers/${producerId}`, {
        method: 'PATCH',
        session: S.otherCommune,
        body: { phone: '0912 000 000' },
      }),
      404,
      'NOT_FOUND',
    );
  });

  it('products: created by the officer, GTIN checked, codes kept as given and unique', async () => {
    const ok = await call(app, '/api/products', {
      session: S.commune,
      body: {
        producerId,
        name: 'Nem chua Hàm Rồng',
        productSet: 8,
        gtin: '8934588012228',
        standards: ['VietGAP'],
        legacyCode: '38-380-14758-1-2023',
      },
    });
    assert.equal(ok.status, 201, ok.text);
    const one = await call(app, `/api/products/${ok.json.id}`, { session: S.commune });
    assert.equal(one.json.code, '38-380-14758-1-2023');
    assertError(
      await call(app, '/api/products', {
        session: S.commune,
        body: { producerId, name: 'Nem chay', productSet: 8, gtin: '8934588012229' },
      }),
      400,
      'GTIN_INVALID',
    );
    assertError(
      await call(app, '/api/products', {
        session: S.commune,
        body: { producerId, name: 'Nem chua 2', productSet: 8, legacyCode: '38-380-14758-1-2023' },
      }),
      409,
      'PRODUCT_CODE_TAKEN',
    );
    assertError(
      await call(app, '/api/products', {
        session: S.otherCommune,
        body: { producerId, name: 'Nem', productSet: 8 },
      }),
      404,
      'PRODUCER_NOT_FOUND',
    );
  });
});

describe('producer self-registration', () => {
  it('creates the account, the producer and its grant, signs in, and the producer sees only its own record', async () => {
    const r = await call(app, '/api/auth/register', {
      body: {
        account: { email: 'htx.moi@example.vn', password: 'mat-khau-2026', fullName: 'Trần Thị Mới' },
        producer: producerBody({
          name: 'Hộ kinh doanh Bánh gai Mới',
          legalType: 'household',
          taxCode: undefined,
          workforce: undefined,
          documents: undefined,
        }),
      },
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.grants[0].role, 'producer');
    const me = await login(app, 'htx.moi@example.vn', 'mat-khau-2026');
    const list = await call(app, '/api/producers', { session: me });
    assert.deepEqual(
      list.json.items.map((p: { name: string }) => p.name),
      ['Hộ kinh doanh Bánh gai Mới'],
    );
    const product = await call(app, '/api/products', {
      session: me,
      body: { producerId: list.json.items[0].id, name: 'Bánh gai lá gai rừng', productSet: 6 },
    });
    assert.equal(product.status, 201, product.text);
    assertError(
      await call(app, '/api/auth/register', {
        body: {
          account: { email: 'htx.moi@example.vn', password: 'mat-khau-2026', fullName: 'X Y' },
          producer: producerBody({ name: 'Khác', taxCode: undefined }),
        },
      }),
      409,
      'EMAIL_TAKEN',
    );
  });
});

describe('product photos', () => {
  let productId: string;
  const png = async (colour: string, size = 600) => {
    const sharp = (await import('sharp')).default;
    return new Uint8Array(
      await sharp({
        create: { width: size, height: Math.round(size * 0.75), channels: 3, background: colour },
      })
        .composite([
          {
            input: Buffer.from(
              `<svg width="${size}" height="${Math.round(size * 0.75)}"><circle cx="${size / 2}" cy="${size / 3}" r="${size / 5}" fill="white"/></svg>`,
            ),
            top: 0,
            left: 0,
          },
        ])
        .png()
        .toBuffer(),
    );
  };
  const upload = (session: Session, id: string, bytes: Uint8Array, name = 'anh.png') => {
    const form = new FormData();
    form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
    return app.request(`/api/products/${id}/photos`, {
      method: 'POST',
      body: form,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    });
  };

  before(async () => {
    const producers = await call(app, '/api/producers', { session: S.commune });
    const r = await call(app, '/api/products', {
      session: S.commune,
      body: { producerId: producers.json.items[0].id, name: 'Chè lam', productSet: 6 },
    });
    productId = r.json.id;
  });

  it('stores a re-encoded photo with a thumbnail and a perceptual hash; the province sees it', async () => {
    const res = await upload(S.commune, productId, await png('#8a2b0e'));
    assert.equal(res.status, 201, await res.clone().text());
    const photo = await res.json();
    assert.match(photo.phash, /^[0-9a-f]{16}$/);
    assert.equal(photo.width, 600);
    const list = await call(app, `/api/products/${productId}/photos`, { session: S.province });
    assert.equal(list.json.length, 1);
    const thumb = await app.request(photo.thumbUrl, { headers: { cookie: S.province.cookie } });
    assert.equal(thumb.headers.get('content-type'), 'image/webp');
    const sharp = (await import('sharp')).default;
    const meta = await sharp(new Uint8Array(await thumb.arrayBuffer())).metadata();
    assert.deepEqual([meta.width, meta.height], [320, 320]);
  });

  it('refuses a file that is not an image, a photo of a product outside the scope, and others cannot read it', async () => {
    const text = await upload(S.commune, productId, new TextEncoder().encode('không phải ảnh'), 'anh.jpg');
    assert.equal(text.status, 400);
    assert.equal((await text.json()).error.code, 'IMAGE_INVALID');
    const foreign = await upload(S.otherCommune, productId, await png('#224466'));
    assert.equal(foreign.status, 404);
    const list = await call(app, `/api/products/${productId}/photos`, { session: S.commune });
    const res = await app.request(list.json[0].url, { headers: { cookie: S.otherCommune.cookie } });
    assert.equal(res.status, 404);
  });

  it('refuses JSON on the upload route and an oversize upload', async () => {
    assertError(
      await call(app, `/api/products/${productId}/photos`, { session: S.commune, body: { file: 'x' } }),
      415,
      'MULTIPART_REQUIRED',
    );
    const big = await upload(S.commune, productId, new Uint8Array(11 * 1024 * 1024));
    assert.equal(big.status, 413);
  });

  it('removes a photo with an audit row', async () => {
    const list = await call(app, `/api/products/${productId}/photos`, { session: S.commune });
    const r = await call(app, `/api/products/${productId}/photos/${list.json[0].id}`, {
      method: 'DELETE',
      session: S.commune,
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(
      (await call(app, `/api/products/${productId}/photos`, { session: S.commune })).json.length,
      0,
    );
    const history = await call(app, `/api/products/${productId}/history`, { session: S.commune });
    assert.deepEqual(
      history.json.items.slice(0, 2).map((h: { action: string }) => h.action),
      ['product.photo_removed', 'product.photo_added'],
    );
  });
});

describe('suspected duplicates', () => {
  it('a renamed copy by a related producer is flagged at registration and listed with its signals', async () => {
    const story =
      'Gừng sẻ trồng trên đồi Hàm Rồng, thái lát mỏng, sên với đường phèn trong chảo gang theo cách làm truyền thống của làng';
    const a = await call(app, '/api/producers', {
      session: S.commune,
      body: producerBody({
        name: 'Hộ kinh doanh Mứt gừng Bà Tư',
        legalType: 'household',
        taxCode: undefined,
        representativeName: 'Lê Thị Tư',
        workforce: undefined,
        documents: undefined,
      }),
    });
    const b = await call(app, '/api/producers', {
      session: S.commune,
      body: producerBody({
        name: 'Cơ sở Mứt gừng Tư Hằng',
        legalType: 'household',
        taxCode: undefined,
        representativeName: 'Lê Thị Tư',
        workforce: undefined,
        documents: undefined,
      }),
    });
    const first = await call(app, '/api/products', {
      session: S.commune,
      body: { producerId: a.json.id, name: 'Mứt gừng Hàm Rồng', productSet: 7, description: story },
    });
    assert.deepEqual(first.json.suspectedDuplicates, []);
    const second = await call(app, '/api/products', {
      session: S.commune,
      body: {
        producerId: b.json.id,
        name: 'Mứt gừng Hàm Rồng loại đặc biệt',
        productSet: 7,
        description: story,
      },
    });
    assert.equal(second.status, 201, second.text);
    const flagged = second.json.suspectedDuplicates[0];
    assert.equal(flagged.other.id, first.json.id);
    assert.ok(
      flagged.reasons.includes('related_producer') && flagged.reasons.includes('similar_text'),
      JSON.stringify(flagged),
    );
    const list = await call(app, '/api/products/duplicates?minScore=0.6', { session: S.province });
    assert.ok(
      list.json.items.some((p: { a: { id: string }; b: { id: string } }) =>
        [p.a.id, p.b.id].includes(second.json.id),
      ),
    );
    const elsewhere = await call(app, '/api/products/duplicates?minScore=0', { session: S.otherCommune });
    assert.equal(elsewhere.status, 200, elsewhere.text);
    assert.ok(
      !elsewhere.json.items.some((p: { a: { id: string }; b: { id: string } }) =>
        [p.a.id, p.b.id].includes(second.json.id),
      ),
      'another commune does not see these',
    );
  });
});

describe('suspected duplicates stay within what the caller may see', () => {
  it('a producer registering a product like another producer’s is told only that a similar one exists in the province', async () => {
    const story =
      'Chả cá thu quết bằng cối đá, nặn tay và rán vàng trong chảo dầu lạc ép tại xưởng của gia đình ở phường Hàm Rồng';
    const other = await call(app, '/api/producers', {
      session: S.commune,
      body: producerBody({ name: 'Hợp tác xã Chả cá Sông Mã', taxCode: validTaxCode(280_700_000) }),
    });
    const first = await call(app, '/api/products', {
      session: S.commune,
      body: { producerId: other.json.id, name: 'Chả cá thu Hàm Rồng', productSet: 5, description: story },
    });
    assert.equal(first.status, 201, first.text);
    const mine = await seedProducerInUnit(deps, HAM_RONG, { name: 'Hộ kinh doanh Cá Thu Bà Năm' });
    const producer = await login(
      app,
      (await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId: mine.id }])).email,
    );
    const copy = await call(app, '/api/products', {
      session: producer,
      body: { producerId: mine.id, name: 'Chả cá thu Hàm Rồng', productSet: 5, description: story },
    });
    assert.equal(copy.status, 201, copy.text);
    assert.deepEqual(copy.json.suspectedDuplicates, []);
    assert.equal(copy.json.similarNotShown, true);
    assert.ok(
      !copy.text.includes(first.json.id) && !copy.text.includes('Sông Mã'),
      'nothing of the other producer leaks',
    );
    // the commune officer, who sees both, is shown the pair by name
    const third = await call(app, '/api/products', {
      session: S.commune,
      body: {
        producerId: other.json.id,
        name: 'Chả cá thu Hàm Rồng loại 1',
        productSet: 5,
        description: story,
      },
    });
    assert.ok(
      third.json.suspectedDuplicates.some((d: { other: { id: string } }) => d.other.id === copy.json.id),
      third.text,
    );
    assert.equal(third.json.similarNotShown, false);
  });
});

describe('moving a producer to another commune', () => {
  it('is an officer’s change: the producer itself is refused and its record stays where it was', async () => {
    const mine = await seedProducerInUnit(deps, HAM_RONG, { name: 'Hộ kinh doanh Bánh răng bừa Cô Hoa' });
    const producer = await login(
      app,
      (await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId: mine.id }])).email,
    );
    const refused = await call(app, `/api/producers/${mine.id}`, {
      method: 'PATCH',
      session: producer,
      body: { unitId: HA_TU },
    });
    assertError(
      refused,
      403,
      'PRODUCER_FIELD_OFFICER_ONLY',
      '“Xã/phường” của chủ thể đã được xác nhận chỉ do cán bộ OCOP của xã hoặc tỉnh sửa; hãy liên hệ cán bộ OCOP của xã',
    );
    assert.equal(refused.json.error.details.field, 'unitId');
    assert.equal(
      (await call(app, `/api/producers/${mine.id}`, { session: S.commune })).status,
      200,
      'its commune officer still sees it',
    );
    // the producer may still change its contacts, and send its commune as it is
    const contacts = await call(app, `/api/producers/${mine.id}`, {
      method: 'PATCH',
      session: producer,
      body: { phone: '0237 385 1234', unitId: HAM_RONG },
    });
    assert.equal(contacts.status, 200, contacts.text);
    // an officer cannot move it out of its own territory either
    assertError(
      await call(app, `/api/producers/${mine.id}`, {
        method: 'PATCH',
        session: S.commune,
        body: { unitId: HA_TU },
      }),
      403,
      'FORBIDDEN',
    );
  });
});

describe('producer details', () => {
  it('gives papers and workforce; personal fields only to those who may edit', async () => {
    const created = await call(app, '/api/producers', {
      session: S.commune,
      body: producerBody({ name: 'Hợp tác xã Chi tiết', taxCode: validTaxCode(280_900_000) }),
    });
    const mine = await call(app, `/api/producers/${created.json.id}/details`, { session: S.commune });
    assert.equal(mine.status, 200, mine.text);
    assert.equal(mine.json.documents[0].kind, 'food_safety');
    assert.equal(mine.json.workforce.length, 2);
    assert.equal(mine.json.representativeEthnicity, 'Mường');
    const inspector = await call(app, `/api/producers/${created.json.id}/details`, { session: S.inspector });
    assert.equal(inspector.status, 200);
    assert.equal('representativeEthnicity' in inspector.json, false);
    assertError(
      await call(app, `/api/producers/${created.json.id}/details`, { session: S.otherCommune }),
      404,
      'NOT_FOUND',
    );
    const saved = await call(app, `/api/producers/${created.json.id}`, {
      method: 'PATCH',
      session: S.commune,
      body: { documents: [], expectedUpdatedAt: mine.json.updatedAt },
    });
    assert.equal(saved.status, 200, saved.text);
    assert.equal(
      (await call(app, `/api/producers/${created.json.id}/details`, { session: S.commune })).json.documents
        .length,
      0,
    );
  });
});
