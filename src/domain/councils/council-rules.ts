// A council's rules (quy chế hội đồng) as data. QĐ 26/2026 leaves quorum, averaging,
// divergence and rounding to each council (DOMAIN.md §4.6), so every council stores
// its own, starting from the defaults of its level: a province's from the 1048-era
// provincial rules (mean; more than 10 points from the others → discuss and re-score;
// ≥ 75 % present including the chair), the centre's from QĐ 757/QĐ-BNN-VPĐP (≥ 5 of
// 7 members). Every result records the rules it was computed with.
import { MEMBER_POSITIONS } from '../../shared/enums.ts';
import { type CouncilRules, DEFAULT_COUNCIL_RULES } from '../scoring/council.ts';

export const COUNCIL_LEVELS = ['province', 'central'] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];

export { MEMBER_POSITIONS };
export type MemberPosition = (typeof MEMBER_POSITIONS)[number];

/** Positions that score a sheet; the secretary keeps the minutes and does not score. */
export const SCORING_POSITIONS: readonly MemberPosition[] = ['chair', 'viceChair', 'member'];

export interface CouncilQuorum {
  /** present · of ≥ share · scoring members: a share as two whole numbers (3 of 4 = 75 %) */
  share: { present: number; of: number };
  /** the chair (or the vice-chair chairing by delegation) must be present */
  chairPresent: boolean;
}

export interface FullCouncilRules extends CouncilRules {
  quorum: CouncilQuorum;
  /** rounds beyond the two a year the procedure sets (DOMAIN.md §5.3) */
  extraRounds: boolean;
}

export const DEFAULT_RULES: Record<CouncilLevel, FullCouncilRules> = {
  province: {
    ...DEFAULT_COUNCIL_RULES,
    quorum: { share: { present: 3, of: 4 }, chairPresent: true },
    extraRounds: false,
  },
  central: {
    ...DEFAULT_COUNCIL_RULES,
    quorum: { share: { present: 5, of: 7 }, chairPresent: true },
    extraRounds: false,
  },
};

/** A change of some rules: any field, the quorum's parts alone too. */
export type RulesPatch = Partial<Omit<FullCouncilRules, 'quorum'>> & { quorum?: Partial<CouncilQuorum> };

/** Rules over a base (a level's defaults, or the council's current rules). */
export function patchRules(base: FullCouncilRules, patch: RulesPatch | undefined): FullCouncilRules {
  return { ...base, ...(patch ?? {}), quorum: { ...base.quorum, ...(patch?.quorum ?? {}) } };
}

export interface RulesProblem {
  field: string;
  reason: string;
}

/** What is wrong with a council's rules, field by field (empty when they can be used). */
export function rulesProblems(r: FullCouncilRules): RulesProblem[] {
  const out: RulesProblem[] = [];
  if (r.total !== 'mean' && r.total !== 'median') out.push({ field: 'total', reason: 'MEAN_OR_MEDIAN' });
  if (!Number.isFinite(r.divergencePoints) || r.divergencePoints < 1 || r.divergencePoints > 50)
    out.push({ field: 'divergencePoints', reason: 'BETWEEN_1_AND_50' });
  if (!Number.isInteger(r.levelGap) || r.levelGap < 1 || r.levelGap > 5)
    out.push({ field: 'levelGap', reason: 'BETWEEN_1_AND_5' });
  if (r.markers !== 'majority' && r.markers !== 'all')
    out.push({ field: 'markers', reason: 'MAJORITY_OR_ALL' });
  const { present, of } = r.quorum.share;
  if (!Number.isInteger(present) || !Number.isInteger(of) || present < 1 || of < 1 || present > of)
    out.push({ field: 'quorum.share', reason: 'A_SHARE_UP_TO_ONE' });
  else if (present * 2 <= of) out.push({ field: 'quorum.share', reason: 'MORE_THAN_HALF' });
  return out;
}

export interface QuorumCheck {
  met: boolean;
  /** members who score */
  members: number;
  present: number;
  /** the fewest present that meet the share */
  needed: number;
  chairPresent: boolean;
}

/**
 * Is the session quorate? The share counts the members who score (the secretary
 * aside); with the chair required, a session without its chair is not.
 */
export function checkQuorum(
  rules: FullCouncilRules,
  members: readonly { id: string; position: MemberPosition }[],
  presentIds: ReadonlySet<string>,
): QuorumCheck {
  const scoring = members.filter((m) => SCORING_POSITIONS.includes(m.position));
  const present = scoring.filter((m) => presentIds.has(m.id)).length;
  const { present: num, of } = rules.quorum.share;
  const needed = Math.ceil((num * scoring.length) / of);
  const chairPresent = scoring.some((m) => m.position === 'chair' && presentIds.has(m.id));
  return {
    met: scoring.length > 0 && present >= needed && (!rules.quorum.chairPresent || chairPresent),
    members: scoring.length,
    present,
    needed,
    chairPresent,
  };
}

interface Seat {
  id: string;
  position: MemberPosition;
  removed: boolean;
}

/** Who chairs a session: the chair; the vice-chair present when the chair is not. */
export function chairsSession(
  me: { id: string; position: MemberPosition },
  members: readonly Seat[],
  present: ReadonlySet<string>,
): boolean {
  if (me.position === 'chair') return true;
  const chairHere = members.some((m) => m.position === 'chair' && !m.removed && present.has(m.id));
  return me.position === 'viceChair' && !chairHere && present.has(me.id);
}

/**
 * Who scores a dossier: the scoring members present (every scoring member when the
 * council decides by written opinion and has not met), less those with a conflict.
 */
export function scoringMembers(
  members: readonly Seat[],
  present: ReadonlySet<string>,
  writtenOnly: boolean,
  conflicted: ReadonlySet<string>,
): string[] {
  return members
    .filter(
      (m) =>
        !m.removed &&
        SCORING_POSITIONS.includes(m.position) &&
        (writtenOnly || present.has(m.id)) &&
        !conflicted.has(m.id),
    )
    .map((m) => m.id);
}
