// The shipped procedure versions at start-up, on both engines: the template holds
// them whole, a second load writes nothing, a changed version is rewritten and read
// back changed, and a file that does not hold together is refused before any write.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PROCEDURE_FILE } from '../../src/domain/regimes/procedure-versions.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import {
  getProcedureVersion,
  listProcedureVersions,
  loadShippedProcedures,
} from '../../src/server/modules/rubrics/procedures.service.ts';
import { makeDeps } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
});
after(() => tdb.drop());

describe('loading the shipped procedure versions', () => {
  it('the template holds them already: a second load writes nothing', async () => {
    assert.deepEqual(await loadShippedProcedures(deps.database.db), { written: [] });
    assert.equal((await listProcedureVersions(deps.database.db)).length, PROCEDURE_FILE.versions.length);
  });

  it('a changed version is written again and read back as changed', async () => {
    const changed = structuredClone(PROCEDURE_FILE);
    const r26 = changed.versions.find((v) => v.id === 'r26_2026')!;
    r26.limits.find((l) => l.id === 'communeReview')!.confirmedUnit = true;
    assert.deepEqual(await loadShippedProcedures(deps.database.db, changed), { written: ['r26_2026'] });
    const stored = await getProcedureVersion(deps.database.db, 'r26_2026');
    assert.equal(stored.limits.find((l) => l.id === 'communeReview')!.confirmedUnit, true);
    // and the shipped file puts it back
    assert.deepEqual(await loadShippedProcedures(deps.database.db), { written: ['r26_2026'] });
  });

  it('refuses a file whose versions overlap, writing nothing', async () => {
    const broken = structuredClone(PROCEDURE_FILE);
    broken.versions[2].from = '2025-07-01';
    broken.versions[2].verified = true;
    await assert.rejects(
      loadShippedProcedures(deps.database.db, broken),
      /r148: does not end the day before/,
    );
    assert.equal((await getProcedureVersion(deps.database.db, 'r148_1489')).verified, false);
  });
});
