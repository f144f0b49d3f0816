// Who a caller is to a council: an officer of its province (the province's OCOP agency
// runs it; central officers run the central council), one of its members (through a
// council grant on it and a member row for the account), or nobody — and then the
// council does not exist for them (404).
import { coversPlace, type Grant } from '../../../domain/access/policy.ts';
import {
  DEFAULT_RULES,
  type FullCouncilRules,
  patchRules,
  type RulesPatch,
} from '../../../domain/councils/council-rules.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { Executor } from '../../db/client.ts';
import * as repo from './councils.repository.ts';

export interface CouncilAccess {
  council: repo.CouncilRow;
  provinceName: string | null;
  rules: FullCouncilRules;
  /** the caller runs the council (sessions, members, attendance) */
  officer: boolean;
  /** the caller's member row on the council, when the caller sits on it */
  member: { id: string; position: repo.MemberRow['position'] } | null;
}

export function isOfficerOf(grant: Grant, council: Pick<repo.CouncilRow, 'level' | 'provinceId'>): boolean {
  if (council.level === 'central') return grant.role === 'central_officer';
  return (
    grant.role === 'province_officer' &&
    grant.unitLevel === 'province' &&
    !!council.provinceId &&
    coversPlace(grant, { provinceId: council.provinceId, communeId: null })
  );
}

/** The rules stored with a council, over its level's defaults (a field the council never set keeps the default). */
export function rulesOf(council: Pick<repo.CouncilRow, 'level' | 'rules'>): FullCouncilRules {
  return patchRules(DEFAULT_RULES[council.level], (council.rules ?? {}) as RulesPatch);
}

export async function councilFor(
  db: Executor,
  grant: Grant,
  actor: AuditActor,
  councilId: string,
): Promise<CouncilAccess> {
  const found = await repo.findCouncil(db, councilId);
  if (!found) throw new AppError('NOT_FOUND');
  const officer = isOfficerOf(grant, found.council);
  let member: CouncilAccess['member'] = null;
  if (
    (grant.role === 'council_member' || grant.role === 'advisory_member') &&
    grant.councilId === councilId &&
    actor.userId
  ) {
    const mine = (await repo.councilsOfUser(db, actor.userId)).find((m) => m.councilId === councilId);
    if (mine) member = { id: mine.memberId, position: mine.position };
  }
  if (!officer && !member) throw new AppError('NOT_FOUND');
  return {
    council: found.council,
    provinceName: found.provinceName,
    rules: rulesOf(found.council),
    officer,
    member,
  };
}

/** Officers only: members read the council but do not run it. */
export function assertOfficer(access: CouncilAccess): void {
  if (!access.officer) throw new AppError('FORBIDDEN');
}
