// The export's life-of-a-product fields on both engines: the JSON the export service
// writes for a recognition known only by its year, a revoked one with its revoking
// decision apart, and a council result awaiting its decision (the same world as
// test/http/export-life.http.test.ts, through the service rather than HTTP).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Grant } from '../../src/domain/access/policy.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { exportRegistry } from '../../src/server/modules/registry/export.service.ts';
import { seedProductLives } from '../support/product-lives.ts';
import { makeDeps, unit } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
const grant: Grant = {
  id: 'g',
  role: 'province_officer',
  scopeKind: 'unit',
  unitId: unit('38'),
  unitLevel: 'province',
  producerId: null,
  councilId: null,
  roundId: null,
};

before(async () => {
  tdb = await createTestDatabase();
  deps = { ...makeDeps(tdb.database), clock: fixedDateClock('2026-12-02') };
  await seedProductLives(deps);
});
after(() => tdb.drop());

describe(`the export of a product's life (${ENGINE})`, () => {
  it('gives stars in force, recorded and proposed, the recognition with nulls for what is unknown, the stage and the gaps', async () => {
    const file = await exportRegistry(deps, grant, 'products', {}, 'name', 'json');
    const rows: Record<string, unknown>[] = JSON.parse(new TextDecoder().decode(file.body));
    const byName = (n: string) => rows.find((r) => r.name === n)!;
    const yearOnly = byName('Trà chỉ biết năm');
    assert.deepEqual(
      [yearOnly.stars, yearOnly.recordedStars, yearOnly.proposedStars, yearOnly.stage, yearOnly.incomplete],
      [4, 4, null, null, ['decisionNumber', 'decisionDate']],
    );
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
    const revoked = byName('Rượu bị thu hồi');
    assert.deepEqual([revoked.stars, revoked.recordedStars, revoked.certificateState], [null, 3, 'revoked']);
    assert.deepEqual((revoked.certificate as { revocation: unknown }).revocation, {
      decisionNumber: '88/QĐ-UBND',
      decisionDate: '2024-09-02',
      ground: 'Ngừng sản xuất',
    });
    const pending = byName('Miến chờ quyết định');
    assert.deepEqual(
      [pending.stars, pending.proposedStars, pending.stage, pending.certificate],
      [null, 4, 'awaitingDecision', null],
    );
    for (const r of rows) assert.match(String(r.publicUrl), /\/sp\/[0-9a-z]{10}$/);
  });
});
