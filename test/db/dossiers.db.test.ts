// Dossiers recorded from a province's published lists, on both engines: a council
// result starts awaiting its decision and a proposal to the centre forwarded,
// through the workflow's `imported` event (a status history row and an audit row
// each); a product holds one open dossier at a time; the move is refused to an
// actor the table does not name, and leaves nothing behind.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { SYSTEM_WORKFLOW_ACTOR } from '../../src/domain/workflow/kit.ts';
import { SYSTEM_ACTOR } from '../../src/server/core/actor.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { dossiers, statusHistory } from '../../src/server/db/schema/index.ts';
import {
  openDossiers,
  recordImportedDossier,
  type ImportedDossier,
} from '../../src/server/modules/dossiers/dossiers.service.ts';
import { makeDeps, seedProducerInUnit, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let producerId: string;
let productIds: string[];

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  const seeded = await seedProducerInUnit(deps, unit('14758'), {
    name: 'Hợp tác xã Hồ Sơ',
    products: ['Kết quả hội đồng', 'Đề nghị trung ương', 'Không được phép'],
  });
  producerId = seeded.id;
  productIds = seeded.productIds;
});
after(() => tdb.drop());

const dossier = (productId: string, stage: ImportedDossier['stage']): ImportedDossier => ({
  productId,
  producerId,
  kind: 'first',
  stage,
  procedureVersionId: 'r148',
  year: 2024,
  roundLabel: 'Đợt 2 năm 2024',
  proposedStars: stage === 'forwardedToCentre' ? 5 : 4,
  score: stage === 'forwardedToCentre' ? 91.5 : 82,
  councilDate: '2024-11-20',
  importId: null,
  sourceRow: 7,
});

const record = (d: ImportedDossier, actor = SYSTEM_WORKFLOW_ACTOR) =>
  deps.database.db.transaction((tx) => recordImportedDossier(tx, deps.auditSecret, SYSTEM_ACTOR, actor, d));

describe('dossiers recorded from published lists', () => {
  it('a council result awaits its decision; a proposal to the centre is forwarded; each with its history', async () => {
    const a = await record(dossier(productIds[0], 'awaitingDecision'));
    const b = await record(dossier(productIds[1], 'forwardedToCentre'));
    const open = await openDossiers(deps.database.db, productIds);
    assert.deepEqual(
      [open.get(productIds[0])?.stage, open.get(productIds[0])?.proposedStars],
      ['awaitingDecision', 4],
    );
    assert.deepEqual(
      [open.get(productIds[1])?.stage, open.get(productIds[1])?.proposedStars],
      ['forwardedToCentre', 5],
    );
    assert.equal(open.has(productIds[2]), false);
    for (const [id, to] of [
      [a, 'awaitingDecision'],
      [b, 'forwardedToCentre'],
    ]) {
      const history = await deps.database.db
        .select({ from: statusHistory.fromStatus, to: statusHistory.toStatus, event: statusHistory.event })
        .from(statusHistory)
        .where(eq(statusHistory.aggregateId, id));
      assert.deepEqual(history, [{ from: 'draft', to, event: 'imported' }]);
    }
  });

  it('a product holds one open dossier at a time', async () => {
    await assert.rejects(record(dossier(productIds[0], 'forwardedToCentre')));
    const rows = await deps.database.db.select().from(dossiers).where(eq(dossiers.productId, productIds[0]));
    assert.equal(rows.length, 1, 'the refused one left no row');
  });

  it('an actor the table does not name may not record one, and nothing is left', async () => {
    await assert.rejects(
      record(dossier(productIds[2], 'awaitingDecision'), { role: 'commune_officer', scopeKind: 'unit' }),
      (e: Error & { code?: string }) => e.code === 'FORBIDDEN',
    );
    const rows = await deps.database.db.select().from(dossiers).where(eq(dossiers.productId, productIds[2]));
    assert.equal(rows.length, 0);
  });
});
