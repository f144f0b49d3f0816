// Evaluation rounds (đợt đánh giá, phân hạng): the regular rounds of a year come from
// the procedure version's windows (QĐ 26/2026: proposals by 30/4 for a round decided
// by 30/6, by 30/10 for one by 30/12; at the centre by 30/01 and 30/7); an extra round
// is opened by the province (or the ministry) with its own dates, where the council's
// rules allow one. A dossier the province accepts goes to the round it can still
// reach, opened on first use; a round whose cut-off has passed takes no more.
import type { Grant } from '../../../domain/access/policy.ts';
import { roundForProposal, roundLabel, roundWindows } from '../../../domain/dossiers/dossier-clock.ts';
import { procedureVersionOn } from '../../../domain/regimes/procedure-versions.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import { assertProvince } from '../admin-units/admin-units.service.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { appendAudit } from '../audit/audit.service.ts';
import * as repo from './dossiers.repository.ts';

function present(r: repo.RoundRow, provinceName: string | null, dossiers: number) {
  return {
    id: r.id,
    level: r.level,
    provinceId: r.provinceId,
    provinceName,
    year: r.year,
    no: r.no,
    kind: r.kind,
    procedureVersionId: r.procedureVersionId,
    proposalsBy: r.proposalsBy,
    decideBy: r.decideBy,
    advisoryGroup: r.advisoryGroup,
    council: r.council,
    dossiers,
  };
}

/** How the audit trail names rounds: "Đợt 1 năm 2027 — Thanh Hóa", the centre's "— Trung ương". */
export async function roundNames(db: Executor, ids: string[]) {
  return (await repo.listRoundsByIds(db, ids)).map(({ round, provinceName }) => ({
    id: round.id,
    name: `${roundLabel(round)} — ${provinceName ?? 'Trung ương'}`,
  }));
}

export async function roundViewOf(db: Executor, id: string) {
  const rows = await repo.listRoundsByIds(db, [id]);
  return rows[0] ? present(rows[0].round, rows[0].provinceName, rows[0].dossiers) : null;
}

/** The rounds a caller works with: a province's own and the centre's; everything for national grants. */
export async function listRounds(deps: AppDeps, grant: Grant, year: number | undefined) {
  const provinceId = provinceOf(grant);
  if (provinceId === undefined) return [];
  const rows = await repo.listRounds(deps.database.db, provinceId, year);
  return rows.map((r) => present(r.round, r.provinceName, r.dossiers));
}

/** The province a grant's rounds are, null for national grants, undefined when it has none. */
function provinceOf(grant: Grant): string | null | undefined {
  if (grant.scopeKind === 'nation') return null;
  if (grant.role === 'province_officer' && grant.unitLevel === 'province' && grant.unitId)
    return grant.unitId;
  return undefined;
}

/** Who may open a round at a level and place: the province's officers, the centre's for central rounds. */
function mayOpen(grant: Grant, provinceId: string | null): boolean {
  if (provinceId === null) return grant.role === 'central_officer' || grant.role === 'system_admin';
  return provinceOf(grant) === provinceId || grant.role === 'system_admin';
}

export interface OpenRoundInput {
  provinceId: string | null;
  year: number;
  kind: 'regular' | 'extra';
  proposalsBy?: string;
  decideBy?: string;
  advisoryGroup?: string | null;
  council?: string | null;
}

/**
 * Opens the regular rounds of a year (those not yet open; the procedure's dates) or one
 * extra round with its own dates; the rounds opened.
 */
export async function openRounds(deps: AppDeps, grant: Grant, actor: AuditActor, input: OpenRoundInput) {
  if (!mayOpen(grant, input.provinceId)) throw new AppError('FORBIDDEN');
  if (input.provinceId !== null) await assertProvince(deps.database.db, input.provinceId);
  const level = input.provinceId === null ? 'central' : 'province';
  const today = deps.clock.today();
  const versionId = procedureVersionOn(`${input.year}-01-01` < today ? today : `${input.year}-01-01`);
  const { db } = deps.database;
  return db.transaction(async (tx) => {
    const existing = await repo.roundsOf(tx, level, input.provinceId, input.year);
    const ids: string[] = [];
    if (input.kind === 'regular') {
      for (const w of roundWindows(versionId, level, input.year)) {
        if (existing.some((r) => r.kind === 'regular' && r.no === w.no)) continue;
        ids.push(
          await insertRound(tx, deps, actor, {
            ...input,
            level,
            versionId,
            no: w.no,
            proposalsBy: w.proposalsBy,
            decideBy: w.decideBy,
          }),
        );
      }
      if (!ids.length) throw new AppError('ROUND_EXISTS');
    } else {
      if (!input.proposalsBy || !input.decideBy)
        throw new AppError(
          'VALIDATION_FAILED',
          {},
          { field: input.proposalsBy ? 'decideBy' : 'proposalsBy' },
        );
      if (input.proposalsBy < today || input.decideBy < input.proposalsBy)
        throw new AppError('VALIDATION_FAILED', {}, { field: 'proposalsBy', reason: 'DATES_OUT_OF_ORDER' });
      const no =
        Math.max(roundWindows(versionId, level, input.year).length, ...existing.map((r) => r.no)) + 1;
      ids.push(
        await insertRound(tx, deps, actor, {
          ...input,
          level,
          versionId,
          no,
          proposalsBy: input.proposalsBy,
          decideBy: input.decideBy,
        }),
      );
    }
    const rows = await repo.listRoundsByIds(tx, ids);
    return rows.map((r) => present(r.round, r.provinceName, r.dossiers));
  });
}

async function insertRound(
  tx: Tx,
  deps: AppDeps,
  actor: AuditActor,
  r: OpenRoundInput & {
    level: 'province' | 'central';
    versionId: string;
    no: number;
    proposalsBy: string;
    decideBy: string;
  },
) {
  const id = await repo.insertRound(tx, {
    level: r.level,
    provinceId: r.provinceId,
    year: r.year,
    no: r.no,
    kind: r.kind,
    procedureVersionId: r.versionId,
    proposalsBy: r.proposalsBy,
    decideBy: r.decideBy,
    advisoryGroup: r.advisoryGroup ?? null,
    council: r.council ?? null,
    createdBy: actor.userId,
  });
  await appendAudit(tx, deps.auditSecret, actor, {
    action: 'round.created',
    objectType: 'evaluation_round',
    objectId: id,
    after: {
      level: r.level,
      provinceId: r.provinceId,
      year: r.year,
      no: r.no,
      kind: r.kind,
      proposalsBy: r.proposalsBy,
      decideBy: r.decideBy,
    },
  });
  return id;
}

/**
 * The round a dossier the province accepts goes to: the one named (the province's,
 * still taking proposals), else the regular round the procedure says it can still
 * reach, opened on first use.
 */
export async function assignRound(
  deps: AppDeps,
  actor: AuditActor,
  input: {
    provinceId: string | null;
    procedureVersionId: string | null;
    roundId: string | null;
    today: string;
  },
  tx: Tx,
): Promise<{ id: string; label: string }> {
  if (!input.provinceId) throw new AppError('VALIDATION_FAILED', {}, { field: 'province' });
  if (input.roundId) {
    const r = await repo.findRound(tx, input.roundId);
    if (r?.level !== 'province' || r.provinceId !== input.provinceId) throw new AppError('NOT_FOUND');
    if (r.proposalsBy < input.today)
      throw new AppError('ROUND_CLOSED', { round: roundLabel(r), proposalsBy: r.proposalsBy });
    return { id: r.id, label: roundLabel(r) };
  }
  const versionId = input.procedureVersionId ?? procedureVersionOn(input.today);
  const w = roundForProposal(versionId, 'province', input.today);
  if (!w) throw new AppError('VALIDATION_FAILED', {}, { field: 'roundId', reason: 'NO_ROUNDS_IN_VERSION' });
  const existing = (await repo.roundsOf(tx, 'province', input.provinceId, w.year)).find(
    (r) => r.kind === 'regular' && r.no === w.no,
  );
  if (existing) return { id: existing.id, label: roundLabel(existing) };
  const id = await insertRound(tx, deps, actor, {
    provinceId: input.provinceId,
    year: w.year,
    kind: 'regular',
    level: 'province',
    versionId,
    no: w.no,
    proposalsBy: w.proposalsBy,
    decideBy: w.decideBy,
  });
  return { id, label: roundLabel({ no: w.no, year: w.year, kind: 'regular' }) };
}
