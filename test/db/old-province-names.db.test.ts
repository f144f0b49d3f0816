// A province merged on 1/7/2025 is still how people name it: `--unit 'Trà Vinh'`
// (on import, export and every other --unit) resolves to the province it became
// through the old→new map, by name or by its old id; a name that never was a unit
// is still not found. Both engines.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findCurrentUnit } from '../../src/server/modules/admin-units/admin-units.service.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
before(async () => {
  tdb = await createTestDatabase();
});
after(() => tdb.drop());

describe('a merged province by its old name', () => {
  it('Trà Vinh is Vĩnh Long, Thừa Thiên Huế is Huế, by name or by old id', async () => {
    const db = tdb.database.db;
    const vinhLong = await findCurrentUnit(db, 'Vĩnh Long');
    assert.equal(vinhLong?.level, 'province');
    assert.deepEqual(await findCurrentUnit(db, 'Trà Vinh'), vinhLong);
    assert.deepEqual(await findCurrentUnit(db, 'vn-3tier:84'), vinhLong);
    const hue = await findCurrentUnit(db, 'Huế');
    assert.ok(hue);
    assert.deepEqual(await findCurrentUnit(db, 'Thừa Thiên Huế'), hue);
    // a province that did not merge keeps answering as itself
    assert.equal((await findCurrentUnit(db, 'Thanh Hóa'))?.id, 'vn-2tier-2025:38');
  });

  it('a name that never was a unit is not found', async () => {
    assert.equal(await findCurrentUnit(tdb.database.db, 'Atlantis'), null);
    assert.equal(await findCurrentUnit(tdb.database.db, 'vn-3tier:99'), null);
  });
});
