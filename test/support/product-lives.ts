// A world of three products, one per life a published list gives a product: a
// recognition known only by its year, a revoked one with its revoking decision apart,
// and a council result awaiting its decision (the export and worklist tests).
import { SYSTEM_WORKFLOW_ACTOR } from '../../src/domain/workflow/kit.ts';
import { SYSTEM_ACTOR } from '../../src/server/core/actor.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { certificates } from '../../src/server/db/schema/index.ts';
import { recordImportedDossier } from '../../src/server/modules/dossiers/dossiers.service.ts';
import { seedProducerInUnit, unit } from './factories.ts';

export async function seedProductLives(deps: AppDeps) {
  const seeded = await seedProducerInUnit(deps, unit('14758'), {
    name: 'Hợp tác xã Đời Sản Phẩm',
    products: ['Trà chỉ biết năm', 'Rượu bị thu hồi', 'Miến chờ quyết định'],
  });
  const [yearOnly, revoked, pending] = seeded.productIds;
  await deps.database.db.insert(certificates).values([
    // a 2025 recognition from a list without decision numbers or dates: in force whatever its day
    {
      productId: yearOnly,
      stars: 4,
      decisionYear: 2025,
      status: 'valid',
      historical: true,
      incompleteFacts: ['decisionNumber', 'decisionDate'],
    },
    {
      productId: revoked,
      stars: 3,
      certificateNo: 'GCN-12/2023',
      decisionNo: '1234/QĐ-UBND',
      decisionDate: '2023-05-10',
      issuer: 'Chủ tịch UBND tỉnh Thanh Hóa',
      procedureVersionId: 'r148',
      validFrom: '2023-05-10',
      validUntil: '2026-05-09',
      status: 'revoked',
      revocationDecisionNo: '88/QĐ-UBND',
      revocationDecisionDate: '2024-09-02',
      revocationGround: 'Ngừng sản xuất',
    },
  ]);
  await deps.database.db.transaction((tx) =>
    recordImportedDossier(tx, deps.auditSecret, SYSTEM_ACTOR, SYSTEM_WORKFLOW_ACTOR, {
      productId: pending,
      producerId: seeded.id,
      kind: 'first',
      stage: 'awaitingDecision',
      procedureVersionId: 'r26_2026',
      year: 2026,
      roundLabel: 'Đợt 2 năm 2026',
      proposedStars: 4,
      score: 78.5,
      councilDate: '2026-11-20',
      importId: null,
      sourceRow: null,
    }),
  );
  return seeded;
}
