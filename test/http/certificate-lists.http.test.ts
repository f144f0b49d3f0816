// Every product's certificate in the lists and the exports, over HTTP: the product
// list gives each row its current certificate with today's state (an ended one's
// stars as former, none as null), filters by state (several at once, "none" for no
// certificate), and the exports speak as the screen does — Vietnamese words and
// dd/mm/yyyy dates in .xlsx and .csv, ids, ISO dates and null in JSON — with the
// same filter.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { rawCodePatterns } from '../../e2e/support/page-audit.ts';
import { createApp } from '../../src/server/app.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import { certificates } from '../../src/server/db/schema/index.ts';
import {
  CERTIFICATE_STATES,
  PRODUCER_STATUSES,
  PRODUCT_CERTIFICATE_STATES,
  PRODUCT_STATUSES,
} from '../../src/shared/enums.ts';
import { LEGAL_TYPES } from '../../src/shared/registry.ts';
import { VOCABULARIES } from '../../src/shared/vocabulary.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, issueFields, login, type App, type Session } from './http-client.ts';

const TODAY = '2026-12-02';
let tdb: TestDatabase;
let app: App;
let officer: Session;
let producer: Session;
const ids: Record<string, string> = {};

const certificate = (productId: string, validFrom: string, validUntil: string, stars: number) => ({
  productId,
  stars,
  decisionNo: `${stars}${validFrom.replaceAll('-', '')}/QĐ-UBND`,
  decisionDate: validFrom,
  issuer: 'Chủ tịch UBND tỉnh Thanh Hóa',
  procedureVersionId: 'r148',
  validFrom,
  validUntil,
  status: 'valid' as const,
});

before(async () => {
  tdb = await createTestDatabase();
  const deps = { ...makeDeps(tdb.database), clock: fixedDateClock(TODAY) };
  app = createApp(deps);
  const seeded = await seedProducerInUnit(deps, unit('14758'), {
    name: 'Hợp tác xã Giấy Chứng Nhận',
    products: ['Nem chua còn hạn', 'Bánh gai hết hạn', 'Mắm tôm chưa công nhận'],
  });
  [ids.valid, ids.expired, ids.none] = seeded.productIds;
  await tdb.database.db
    .insert(certificates)
    .values([
      certificate(ids.valid, '2024-06-20', '2027-06-19', 4),
      certificate(ids.expired, '2022-06-28', '2025-06-27', 3),
    ]);
  const o = await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]);
  officer = await login(app, o.email);
  const p = await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId: seeded.id }]);
  producer = await login(app, p.email);
});
after(() => tdb.drop());

type Certificate = { id: string; stars: number; state: string; validUntil: string; mayCarryMark: boolean };
type Row = { id: string; name: string; currentStars: number | null; certificate: Certificate | null };
const rowsOf = (items: Row[]) => new Map(items.map((r) => [r.id, r]));

describe('the product list', () => {
  it('gives each product its current certificate with today’s state; an ended one’s stars are former', async () => {
    const r = await call(app, '/api/products?pageSize=50', { session: officer });
    assert.equal(r.status, 200, r.text);
    const rows = rowsOf(r.json.items);
    assert.deepEqual(rows.get(ids.valid)?.certificate, {
      id: rows.get(ids.valid)?.certificate?.id,
      stars: 4,
      state: 'valid',
      validUntil: '2027-06-19',
      mayCarryMark: true,
    });
    assert.equal(rows.get(ids.valid)?.currentStars, 4);
    assert.deepEqual(
      { ...rows.get(ids.expired)?.certificate, id: undefined },
      { id: undefined, stars: 3, state: 'expired', validUntil: '2025-06-27', mayCarryMark: false },
    );
    assert.equal(rows.get(ids.expired)?.currentStars, null, 'stars of an ended certificate are not carried');
    assert.equal(rows.get(ids.none)?.certificate, null);
    // the producer sees the same on its own list
    const own = await call(app, '/api/products', { session: producer });
    assert.equal(rowsOf(own.json.items).get(ids.expired)?.certificate?.state, 'expired');
  });

  it('filters by certificate state: one, several (comma-separated or repeated), and none', async () => {
    const names = async (query: string) => {
      const r = await call(app, `/api/products?pageSize=50&${query}`, { session: officer });
      assert.equal(r.status, 200, r.text);
      return (r.json.items as Row[]).map((x) => x.name).sort();
    };
    assert.deepEqual(await names('certificateState=expired'), ['Bánh gai hết hạn']);
    assert.deepEqual(await names('certificateState=none'), ['Mắm tôm chưa công nhận']);
    assert.deepEqual(await names('certificateState=expired,none'), [
      'Bánh gai hết hạn',
      'Mắm tôm chưa công nhận',
    ]);
    assert.deepEqual(await names('certificateState=valid&certificateState=expired'), [
      'Bánh gai hết hạn',
      'Nem chua còn hạn',
    ]);
    assert.deepEqual(await names('certificateState=renewalFiled'), []);
  });

  it('the self-assessment list shows the product’s current certificate beside the predicted stars', async () => {
    const opened = await call(app, '/api/self-assessments', {
      session: producer,
      body: { productId: ids.expired, year: 2026 },
    });
    assert.equal(opened.status, 201, opened.text);
    const list = await call(app, '/api/self-assessments', { session: producer });
    const row = list.json.items.find((i: { productId: string }) => i.productId === ids.expired);
    assert.deepEqual(
      { ...row.certificate, id: undefined },
      { id: undefined, stars: 3, state: 'expired', validUntil: '2025-06-27', mayCarryMark: false },
    );
  });

  it('refuses a state it does not know, by name', async () => {
    const r = await call(app, '/api/products?certificateState=expiring', { session: officer });
    assertError(r, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(r), ['certificateState.0']);
  });

  it('documents the filter and the current certificate in the API document', async () => {
    const doc = (await call(app, '/api/openapi.json')).json;
    const param = doc.paths['/api/products'].get.parameters.find(
      (p: { name: string }) => p.name === 'certificateState',
    );
    assert.ok(param, 'certificateState is a documented query parameter');
    assert.match(JSON.stringify(param.schema), /renewalWindowOpen/);
    assert.match(JSON.stringify(param.schema), /"none"/);
    const current = doc.components.schemas.Product.properties.certificate;
    assert.deepEqual(current.properties.state.enum, [...CERTIFICATE_STATES]);
    assert.deepEqual(current.type, ['object', 'null']);
    assert.ok(
      doc.paths['/api/products/export'].get.parameters.some(
        (p: { name: string }) => p.name === 'certificateState',
      ),
    );
  });
});

/** Every id of every vocabulary, and the words that stand for them. */
const RAW = rawCodePatterns('vi').map((p) => new RegExp(p.source, p.flags));
const WORDS = new Set(VOCABULARIES.flatMap((v) => v.ids.flatMap((id) => [v.terms[id].vi, v.terms[id].en])));
const rawCodesIn = (texts: string[]) =>
  texts.flatMap((t) => RAW.flatMap((re) => [...t.matchAll(re)].map((m) => `${m[0]} in “${t}”`)));

async function download(path: string, session = officer) {
  const r = await app.request(path, { headers: { cookie: session.cookie } });
  assert.equal(r.status, 200, await r.clone().text());
  return { headers: r.headers, bytes: Buffer.from(await r.arrayBuffer()) };
}

async function sheetOf(path: string) {
  const { bytes } = await download(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = workbook.worksheets[0];
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row) => rows.push(row));
  const headers = (rows[0].values as unknown[]).slice(1).map(String);
  const byName = (name: string) => rows.slice(1).find((r) => r.getCell(2).value === name);
  return { rows, headers, byName, col: (h: string) => headers.indexOf(h) + 1 };
}

const csvOf = async (path: string) => {
  const text = (await download(path)).bytes.toString('utf8');
  assert.ok(text.startsWith('\uFEFF'), 'a BOM, so Excel reads the accents');
  const lines = text.slice(1).trimEnd().split('\r\n');
  return { lines, text };
};

describe('the exports', () => {
  it('.xlsx: certificate columns, Vietnamese words, real dates shown dd/mm/yyyy, no raw codes', async () => {
    const { rows, headers, byName, col } = await sheetOf('/api/products/export?format=xlsx');
    for (const h of [
      'Hạng sao (còn hiệu lực)',
      'Hạng sao được công nhận',
      'Tình trạng giấy chứng nhận',
      'Hiệu lực đến',
      'Tỉnh/thành phố',
      'Trạng thái',
    ])
      assert.ok(headers.includes(h), `column ${h}`);
    const expired = byName('Bánh gai hết hạn')!;
    // an ended recognition: no stars in force, its recorded stars kept in their own column
    assert.equal(expired.getCell(col('Hạng sao (còn hiệu lực)')).value, null);
    assert.equal(expired.getCell(col('Hạng sao được công nhận')).value, 3);
    assert.equal(expired.getCell(col('Số quyết định')).value, '320220628/QĐ-UBND');
    assert.equal(expired.getCell(col('Tình trạng giấy chứng nhận')).value, 'Hết hiệu lực');
    const until = expired.getCell(col('Hiệu lực đến'));
    assert.ok(until.value instanceof Date);
    assert.equal((until.value as Date).toISOString().slice(0, 10), '2025-06-27');
    assert.equal(until.numFmt, 'dd/mm/yyyy');
    assert.equal(expired.getCell(col('Trạng thái')).value, 'Đang hoạt động');
    assert.equal(expired.getCell(col('Tỉnh/thành phố')).value, 'Thanh Hóa');
    assert.equal(expired.getCell(col('Bộ sản phẩm')).value, '7. Chế biến từ rau, củ, quả, hạt');
    const none = byName('Mắm tôm chưa công nhận')!;
    assert.equal(none.getCell(col('Tình trạng giấy chứng nhận')).value, 'Chưa có giấy chứng nhận');
    assert.equal(none.getCell(col('Hạng sao được công nhận')).value, null, 'no stars: an empty cell');
    const valid = byName('Nem chua còn hạn')!;
    assert.equal(valid.getCell(col('Hạng sao (còn hiệu lực)')).value, 4);
    assert.match(
      String(valid.getCell(col('Địa chỉ công khai')).value),
      /^http:\/\/localhost:\d+\/sp\/[0-9a-z]{10}$/,
    );
    const texts = rows.flatMap((r) =>
      (r.values as unknown[]).filter((v): v is string => typeof v === 'string'),
    );
    assert.deepEqual(rawCodesIn(texts), []);
  });

  it('.csv: the same words, dates as dd/mm/yyyy, no raw codes', async () => {
    const { lines, text } = await csvOf('/api/products/export?format=csv');
    assert.match(
      lines[0],
      /Hạng sao \(còn hiệu lực\),Hạng sao được công nhận,Hạng sao đề nghị,Tình trạng giấy chứng nhận,Ý nghĩa với người mua,Số giấy chứng nhận,Số quyết định,Ngày quyết định,Năm quyết định,Cơ quan quyết định,Hiệu lực đến,/,
    );
    const expired = lines.find((l) => l.includes('Bánh gai hết hạn'))!;
    assert.match(
      expired,
      /,,3,,Hết hiệu lực,"Đã hết hiệu lực từ ngày 28\/06\/2025; sản phẩm không còn được dùng nhãn OCOP\.",,320220628\/QĐ-UBND,28\/06\/2022,2022,Chủ tịch UBND tỉnh Thanh Hóa,27\/06\/2025,/,
    );
    assert.match(lines.find((l) => l.includes('Mắm tôm'))!, /,,,,Chưa có giấy chứng nhận,,,,,,,/);
    assert.deepEqual(rawCodesIn(text.split(/[,\r\n]/)), []);
  });

  it('JSON: ids, ISO dates and null for what is not there, never words', async () => {
    const rows = JSON.parse((await download('/api/products/export?format=json')).bytes.toString('utf8'));
    const expired = rows.find((r: { name: string }) => r.name === 'Bánh gai hết hạn');
    assert.deepEqual(
      {
        status: expired.status,
        productSet: expired.productSet,
        stars: expired.stars,
        recordedStars: expired.recordedStars,
        certificateState: expired.certificateState,
        validUntil: expired.validUntil,
        mayCarryMark: expired.mayCarryMark,
      },
      {
        status: 'active',
        productSet: 7,
        stars: null,
        recordedStars: 3,
        certificateState: 'expired',
        validUntil: '2025-06-27',
        mayCarryMark: false,
      },
    );
    const none = rows.find((r: { name: string }) => r.name === 'Mắm tôm chưa công nhận');
    assert.deepEqual(
      [none.stars, none.certificateState, none.validUntil, none.code],
      [null, 'none', null, null],
    );
    for (const r of rows) {
      assert.ok(PRODUCT_STATUSES.includes(r.status), r.status);
      assert.ok(PRODUCT_CERTIFICATE_STATES.includes(r.certificateState), r.certificateState);
      for (const [k, v] of Object.entries(r as Record<string, unknown>)) {
        assert.notEqual(v, '', `${k}: an unknown is null, not ''`);
        assert.ok(!(typeof v === 'string' && WORDS.has(v)), `${k}: “${v}” is a label, not an id`);
      }
    }
  });

  it('follows the list’s certificate filter, in every format', async () => {
    const q = 'certificateState=expired,none';
    const json = JSON.parse((await download(`/api/products/export?format=json&${q}`)).bytes.toString('utf8'));
    assert.deepEqual(json.map((r: { name: string }) => r.name).sort(), [
      'Bánh gai hết hạn',
      'Mắm tôm chưa công nhận',
    ]);
    const { lines } = await csvOf(`/api/products/export?format=csv&${q}`);
    assert.equal(lines.length, 3);
    const { rows } = await sheetOf(`/api/products/export?format=xlsx&certificateState=valid`);
    assert.deepEqual(
      rows.slice(1).map((r) => r.getCell(2).value),
      ['Nem chua còn hạn'],
    );
  });

  it('producers: legal type and status in words in .xlsx and .csv, as ids in JSON', async () => {
    const { byName, col, rows } = await sheetOf('/api/producers/export?format=xlsx');
    const row = byName('Hợp tác xã Giấy Chứng Nhận')!;
    assert.equal(row.getCell(col('Loại hình')).value, 'Hợp tác xã');
    assert.equal(row.getCell(col('Trạng thái')).value, 'Đang hoạt động');
    assert.equal(row.getCell(col('Tỉnh/thành phố')).value, 'Thanh Hóa');
    const texts = rows.flatMap((r) =>
      (r.values as unknown[]).filter((v): v is string => typeof v === 'string'),
    );
    assert.deepEqual(rawCodesIn(texts), []);
    const { text } = await csvOf('/api/producers/export?format=csv');
    assert.deepEqual(rawCodesIn(text.split(/[,\r\n]/)), []);
    const json = JSON.parse((await download('/api/producers/export?format=json')).bytes.toString('utf8'));
    const p = json.find((r: { name: string }) => r.name === 'Hợp tác xã Giấy Chứng Nhận');
    assert.equal(p.legalType, 'cooperative');
    assert.equal(p.status, 'active');
    assert.equal(p.taxCode, null);
    for (const r of json) {
      assert.ok(LEGAL_TYPES.includes(r.legalType), r.legalType);
      assert.ok(PRODUCER_STATUSES.includes(r.status), r.status);
      for (const [k, v] of Object.entries(r)) {
        assert.notEqual(v, '', `${k}: an unknown is null, not ''`);
        assert.ok(!(typeof v === 'string' && WORDS.has(v)), `${k}: “${v}” is a label, not an id`);
      }
    }
  });
});
