// SQL of the evidence files of self-assessment sheets (owned by this module).
import { and, asc, count, eq } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { selfAssessmentEvidence } from '../../db/schema/index.ts';

export type EvidenceRow = typeof selfAssessmentEvidence.$inferSelect;
export type EvidenceInsert = typeof selfAssessmentEvidence.$inferInsert;

export function listEvidenceRows(db: Executor, assessmentId: string): Promise<EvidenceRow[]> {
  return db
    .select()
    .from(selfAssessmentEvidence)
    .where(eq(selfAssessmentEvidence.assessmentId, assessmentId))
    .orderBy(asc(selfAssessmentEvidence.criterion), asc(selfAssessmentEvidence.createdAt));
}

export async function countEvidence(db: Executor, assessmentId: string, criterion: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(selfAssessmentEvidence)
    .where(
      and(
        eq(selfAssessmentEvidence.assessmentId, assessmentId),
        eq(selfAssessmentEvidence.criterion, criterion),
      ),
    );
  return n;
}

export async function insertEvidence(db: Executor, values: EvidenceInsert): Promise<EvidenceRow> {
  const [row] = await db.insert(selfAssessmentEvidence).values(values).returning();
  return row;
}

export async function findEvidence(
  db: Executor,
  assessmentId: string,
  evidenceId: string,
): Promise<EvidenceRow | null> {
  const [row] = await db
    .select()
    .from(selfAssessmentEvidence)
    .where(
      and(eq(selfAssessmentEvidence.id, evidenceId), eq(selfAssessmentEvidence.assessmentId, assessmentId)),
    );
  return row ?? null;
}

export async function deleteEvidence(
  tx: Tx,
  assessmentId: string,
  evidenceId: string,
): Promise<EvidenceRow | null> {
  const [row] = await tx
    .delete(selfAssessmentEvidence)
    .where(
      and(eq(selfAssessmentEvidence.id, evidenceId), eq(selfAssessmentEvidence.assessmentId, assessmentId)),
    )
    .returning();
  return row ?? null;
}
