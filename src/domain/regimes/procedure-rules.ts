// What a procedure version says about a dossier: its steps and who acts at each,
// a time limit with its unit and legal basis, who certifies a star, and where an
// average total goes from the council that gave it — certified at that level, sent
// on to the next one, or not recognised (DOMAIN.md §2, §4.2, §5, §6). Markers (★5
// minimums) are the scoring's business: a route reads the average total only.
import type {
  ProcedureActor,
  ProcedureLevel,
  ProcedureLimit,
  ProcedureStep,
} from '../../shared/contracts/procedures.ts';
import { getProcedureVersion, type ProcedureVersion, type ProcedureVersionId } from './procedure-versions.ts';

/** The level of government each actor belongs to. */
export const ACTOR_LEVEL: Readonly<Record<ProcedureActor, ProcedureLevel | null>> = {
  producer: null,
  commune: 'commune',
  district: 'district',
  districtCouncil: 'district',
  districtChair: 'district',
  provinceOcopUnit: 'province',
  provinceAdvisoryGroup: 'province',
  provinceCouncil: 'province',
  provinceChair: 'province',
  centralOcopUnit: 'central',
  centralAdvisoryGroup: 'central',
  centralCouncil: 'central',
  minister: 'central',
};

/** The steps of a version in their order. */
export const stepsOf = (versionId: ProcedureVersionId): readonly ProcedureStep[] =>
  getProcedureVersion(versionId).steps;

/** A time limit of a version (value, unit, whether the unit is confirmed, legal basis), or null. */
export function limitOf(versionId: ProcedureVersionId, limitId: string): ProcedureLimit | null {
  return getProcedureVersion(versionId).limits.find((l) => l.id === limitId) ?? null;
}

/** Who signs the recognition of a star under a version; null for stars that are not certified. */
export function certifyingAuthority(versionId: ProcedureVersionId, stars: number): ProcedureActor | null {
  return getProcedureVersion(versionId).authorities.find((a) => a.stars === stars)?.actor ?? null;
}

/** The star band of an average total (without markers). */
export function starsOfScore(version: ProcedureVersion, score: number): number {
  if (!(score >= 0 && score <= 100)) throw new RangeError(`an average total is 0–100, not ${score}`);
  return version.starBands.find((b) => score >= b.min)?.stars ?? 1;
}

export type ScoreRoute =
  | { outcome: 'notRecognised'; level: ProcedureLevel; stars: number }
  | { outcome: 'certify'; level: ProcedureLevel; stars: number; certifiedBy: ProcedureActor }
  | { outcome: 'forward'; level: ProcedureLevel; stars: number; forwardTo: ProcedureLevel };

/**
 * Where an average total given at a level goes (by default the first level that
 * scores): on to the next level when it reaches that level's threshold, else
 * certified by the authority of its star, or not recognised below the least
 * certified star. A result sent back from the centre below 5★ is certified by the
 * authority of its star (QĐ 26/2026: the province, from the central result).
 */
export function routeByScore(
  versionId: ProcedureVersionId,
  score: number,
  level?: ProcedureLevel,
): ScoreRoute {
  const version = getProcedureVersion(versionId);
  const levels = version.scoringLevels;
  const at = level === undefined ? 0 : levels.findIndex((l) => l.level === level);
  if (at < 0) throw new RangeError(`no council scores at the ${level} level under ${versionId}`);
  const here = levels[at];
  const stars = starsOfScore(version, score);
  const next = levels[at + 1];
  if (here.forwardsFrom !== null && score >= here.forwardsFrom && next)
    return { outcome: 'forward', level: here.level, stars, forwardTo: next.level };
  const certifiedBy = certifyingAuthority(versionId, stars);
  return certifiedBy
    ? { outcome: 'certify', level: here.level, stars, certifiedBy }
    : { outcome: 'notRecognised', level: here.level, stars };
}
