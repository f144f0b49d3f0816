// Procedure versions over HTTP: every signed-in user reads the four versions whole
// (steps and who acts, forms, limits with their unit and legal basis, rounds, score
// routing, who certifies each star) exactly as shipped, one by id with the
// publications it cites; an unknown id is 404 in the caller's language, and a
// visitor without a session is refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PROCEDURE_FILE } from '../../src/domain/regimes/procedure-versions.ts';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { procedureReply } from '../../src/server/modules/rubrics/procedures.service.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
const S: Record<string, Session> = {};

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = createApp(deps);
  const producer = await seedProducerInUnit(deps, unit('14758'), { products: ['Nem chua'] });
  const users = {
    producer: await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId: producer.id }]),
    province: await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]),
  };
  for (const [k, u] of Object.entries(users)) S[k] = await login(app, u.email);
});
after(() => tdb.drop());

describe('GET /api/procedures', () => {
  it('answers the four versions, oldest first, exactly as shipped with the sources each cites', async () => {
    const r = await call(app, '/api/procedures', { session: S.producer });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(
      r.json.items.map((v: { id: string }) => v.id),
      ['r1048', 'r148', 'r148_1489', 'r26_2026'],
    );
    assert.deepEqual(
      r.json.items,
      PROCEDURE_FILE.versions.map((v) => procedureReply(PROCEDURE_FILE, v)),
    );
  });

  it('QĐ 26/2026: steps from the producer to the Minister, Mẫu 01–03, limits with unit and basis, rounds', async () => {
    const r = await call(app, '/api/procedures/r26_2026', { session: S.province });
    assert.equal(r.status, 200, r.text);
    const v = r.json;
    assert.equal(v.rubricVersionId, 'qd26-2026');
    assert.equal(v.verified, false);
    assert.equal(v.steps[0].actor, 'producer');
    assert.equal(v.steps.at(-1).actor, 'minister');
    assert.deepEqual(
      v.steps.flatMap((s: { forms: { ref: string | null }[] }) => s.forms.map((f) => f.ref)).filter(Boolean),
      ['Mẫu 01', 'Mẫu 02', 'Mẫu 03', 'Mẫu 03'],
    );
    const commune = v.limits.find((l: { id: string }) => l.id === 'communeReview');
    assert.deepEqual(
      [commune.value, commune.unit, commune.confirmedUnit, commune.basis.instrument],
      [15, 'workingDays', false, 'QĐ 26/2026/QĐ-TTg'],
    );
    assert.deepEqual(v.rounds.find((x: { level: string }) => x.level === 'province').windows, [
      { decideBy: '06-30', proposalsBy: '04-30' },
      { decideBy: '12-30', proposalsBy: '10-30' },
    ]);
    assert.deepEqual(
      v.authorities.map((a: { stars: number; actor: string }) => [a.stars, a.actor]),
      [
        [3, 'provinceChair'],
        [4, 'provinceChair'],
        [5, 'minister'],
      ],
    );
    assert.deepEqual(Object.keys(v.sources).sort(), ['L1', 'S1', 'S18']);
    assert.match(v.sources.S1.url, /^https:\/\/github\.com\/hakienpdu95\/minhan\//);
  });

  it('QĐ 148: the district chair certifies 3★ and the district forwards from 70', async () => {
    const v = (await call(app, '/api/procedures/r148', { session: S.producer })).json;
    assert.equal(v.authorities.find((a: { stars: number }) => a.stars === 3).actor, 'districtChair');
    assert.deepEqual(
      v.scoringLevels.map((l: { level: string; forwardsFrom: number | null }) => [l.level, l.forwardsFrom]),
      [
        ['district', 70],
        ['province', 90],
        ['central', null],
      ],
    );
  });

  it('an unknown version is 404 in the caller’s language', async () => {
    const vi = await call(app, '/api/procedures/r2099', { session: S.producer });
    assertError(vi, 404, 'NOT_FOUND');
    const en = await call(app, '/api/procedures/r2099', {
      session: S.producer,
      headers: { 'accept-language': 'en' },
    });
    assertError(en, 404, 'NOT_FOUND');
    assert.notEqual(vi.json.error.message, en.json.error.message);
  });

  it('is refused without a session, and documented in the OpenAPI document', async () => {
    assert.equal((await call(app, '/api/procedures')).status, 401);
    assert.equal((await call(app, '/api/procedures/r26_2026')).status, 401);
    const doc = (await call(app, '/api/openapi.json')).json;
    assert.ok(doc.paths['/api/procedures']?.get);
    assert.ok(doc.paths['/api/procedures/{id}']?.get);
    assert.ok(doc.components.schemas.ProcedureVersion);
  });
});
