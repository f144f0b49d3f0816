// The export carries the life of a product (issue "the law in time"): the stars in
// force (null when none), the recognised stars whatever their state, the stars a
// pending dossier proposes, the newest recognition with every recorded fact (null
// where the list it came from did not say), its revocation kept apart, the open
// dossier's stage, the facts still missing and the permanent public address — as
// ids and nulls in JSON, as Vietnamese columns in .csv.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import { seedProductLives } from '../support/product-lives.ts';
import { makeDeps, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { call, login, type App, type Session } from './http-client.ts';

const TODAY = '2026-12-02';
let tdb: TestDatabase;
let app: App;
let officer: Session;
let council: Session;

before(async () => {
  tdb = await createTestDatabase();
  const deps = { ...makeDeps(tdb.database), clock: fixedDateClock(TODAY) };
  app = createApp(deps);
  await seedProductLives(deps);
  const o = await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]);
  officer = await login(app, o.email);
  const c = await seedUser(deps, [
    { role: 'council_member', scopeKind: 'council', councilId: '7a1c2e3f-0000-4000-8000-000000000027' },
  ]);
  council = await login(app, c.email);
});
after(() => tdb.drop());

async function download(path: string) {
  const r = await app.request(path, { headers: { cookie: officer.cookie } });
  assert.equal(r.status, 200, await r.clone().text());
  return Buffer.from(await r.arrayBuffer()).toString('utf8');
}

type Exported = Record<string, unknown> & { name: string };

describe('the export of a product’s life', () => {
  it('JSON: stars in force, recorded and proposed; the newest recognition with its gaps as null; the stage; the public address', async () => {
    const rows: Exported[] = JSON.parse(await download('/api/products/export?format=json'));
    const byName = (n: string) => rows.find((r) => r.name === n)!;
    const yearOnly = byName('Trà chỉ biết năm');
    assert.equal(yearOnly.stars, 4, 'in force whatever its day');
    assert.equal(yearOnly.recordedStars, 4);
    assert.deepEqual(yearOnly.certificate, {
      number: null,
      decisionNumber: null,
      decisionDate: null,
      decisionYear: 2025,
      issuer: null,
      validUntil: null,
      state: 'valid',
      revocation: null,
      endedOn: null,
      meaning: null,
    });
    assert.deepEqual(yearOnly.incomplete, ['decisionNumber', 'decisionDate']);
    const revoked = byName('Rượu bị thu hồi');
    assert.deepEqual([revoked.stars, revoked.recordedStars, revoked.certificateState], [null, 3, 'revoked']);
    assert.deepEqual((revoked.certificate as { revocation: unknown }).revocation, {
      decisionNumber: '88/QĐ-UBND',
      decisionDate: '2024-09-02',
      ground: 'Ngừng sản xuất',
    });
    assert.equal((revoked.certificate as { number: string }).number, 'GCN-12/2023');
    assert.deepEqual(revoked.incomplete, []);
    const pending = byName('Miến chờ quyết định');
    assert.deepEqual(
      [pending.stars, pending.recordedStars, pending.proposedStars, pending.stage, pending.certificate],
      [null, null, 4, 'awaitingDecision', null],
    );
    for (const r of rows) assert.match(String(r.publicUrl), /^http:\/\/localhost:\d+\/sp\/[0-9a-z]{10}$/);
  });

  it('.csv: the same facts as Vietnamese columns, nothing where a fact is unknown', async () => {
    const text = await download('/api/products/export?format=csv');
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    // fields with a comma are quoted: "7. Chế biến từ rau, củ, quả, hạt"
    const fields = (line: string) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) =>
        m[1].replace(/^"|"$/g, '').replace(/""/g, '"'),
      );
    const header = fields(lines[0]);
    const cell = (name: string, column: string) => {
      assert.ok(header.includes(column), column);
      return fields(lines.find((l) => l.includes(name))!)[header.indexOf(column)];
    };
    assert.equal(cell('Trà chỉ biết năm', 'Năm quyết định'), '2025');
    assert.equal(cell('Trà chỉ biết năm', 'Số quyết định'), '');
    assert.equal(
      cell('Trà chỉ biết năm', 'Thông tin còn thiếu'),
      'Thiếu số quyết định; Thiếu ngày quyết định',
    );
    assert.equal(cell('Rượu bị thu hồi', 'Quyết định thu hồi'), '88/QĐ-UBND');
    assert.equal(cell('Rượu bị thu hồi', 'Ngày thu hồi'), '02/09/2024');
    assert.equal(cell('Rượu bị thu hồi', 'Tình trạng giấy chứng nhận'), 'Đã thu hồi');
    assert.equal(cell('Miến chờ quyết định', 'Hồ sơ đang xét'), 'Chờ quyết định công nhận');
    assert.equal(cell('Miến chờ quyết định', 'Hạng sao đề nghị'), '4');
  });

  it('the worklist names what each record lacks, filters by it, and is refused to a grant without a territory', async () => {
    const r = await call(app, '/api/worklist', { session: officer });
    assert.equal(r.status, 200, r.text);
    const tra = r.json.items.find((i: { productName: string }) => i.productName === 'Trà chỉ biết năm');
    assert.deepEqual(tra?.gaps, ['decisionNumber', 'decisionDate']);
    const byFact = Object.fromEntries(
      r.json.byFact.map((f: { fact: string; count: number }) => [f.fact, f.count]),
    );
    assert.equal(byFact.decisionDate, 1);
    const filtered = await call(app, '/api/worklist?fact=decisionDate', { session: officer });
    assert.deepEqual(
      filtered.json.items.map((i: { productName: string }) => i.productName),
      ['Trà chỉ biết năm'],
    );
    const bad = await call(app, '/api/worklist?fact=colour', { session: officer });
    assert.equal(bad.status, 400);
    assert.equal((await call(app, '/api/worklist', { session: council })).status, 403);
  });
});
