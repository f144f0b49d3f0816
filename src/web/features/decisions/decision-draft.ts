// What the decision screens work out before asking the server: the default title and
// signer of a draft (the document is Vietnamese in either language of the screen),
// which dossiers a draft of each level may take by their stars — a province's chair
// recognises 3★ and 4★ and sends 5★ to the ministry, the minister recognises 5★
// (QĐ 26/2026 Art. 9–10) — whether a signed decision still waits for its
// certificates, and a mean written with two decimals. The server checks the stars
// again when the draft is made.
import { decidableAt } from '../../../domain/decisions/decision-number.ts';

export type DecisionLevel = 'province' | 'central';

/** "Về việc công nhận sản phẩm đạt tiêu chuẩn OCOP năm 2026 (đợt 2)". */
export const defaultDecisionTitle = (year: number, round: number) =>
  `Về việc công nhận sản phẩm đạt tiêu chuẩn OCOP năm ${year} (đợt ${round})`;

/** Who signs: the province's chair, or the minister. */
export const defaultSignerTitle = (level: DecisionLevel) => (level === 'central' ? 'BỘ TRƯỞNG' : 'CHỦ TỊCH');

/**
 * What a draft does with a dossier of these stars: takes it ('offer'), leaves a 5★
 * result to the ministry ('toCentre'), leaves one below 3★ to the "not recognised"
 * move ('below'), or leaves a result the centre did not confirm at 5★ to the
 * province ('notFive'). Stars not known here (a result imported from a published
 * list) are offered: the server decides.
 */
export function offerOf(
  level: DecisionLevel,
  stars: number | null,
): 'offer' | 'toCentre' | 'below' | 'notFive' {
  if (stars === null) return 'offer';
  // the list holds the dossiers at the stage the level decides at
  if (decidableAt(level, level === 'central' ? 'centreReview' : 'awaitingDecision', stars)) return 'offer';
  if (level === 'central') return 'notFive';
  return stars >= 5 ? 'toCentre' : 'below';
}

/** The year and round the chosen dossiers were evaluated in, the most frequent; else this year's next draft. */
export function draftRoundOf(
  chosen: { round: { no: number; year: number } | null }[],
  fallback: { year: number; no: number },
): { year: number; no: number } {
  const counts = new Map<string, { year: number; no: number; n: number }>();
  for (const c of chosen) {
    if (!c.round) continue;
    const key = `${c.round.year}:${c.round.no}`;
    const seen = counts.get(key) ?? { year: c.round.year, no: c.round.no, n: 0 };
    seen.n += 1;
    counts.set(key, seen);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || b.year - a.year || b.no - a.no)[0];
  return best ? { year: best.year, no: best.no } : fallback;
}

/** A signed decision whose certificates the background job has not issued yet (each product gets one with a number). */
export const awaitingCertificates = (d: {
  status: string;
  items: { certificate: { number: string | null } | null }[];
}) => d.status !== 'draft' && d.items.some((i) => !i.certificate?.number);

/** A mean with two decimals, in the reader's way of writing numbers ("85,33" / "85.33"). */
export function twoDecimals(value: string | number, lang: 'vi' | 'en'): string {
  const n = typeof value === 'number' ? value : value.trim() ? Number(value) : Number.NaN;
  if (!Number.isFinite(n)) return '—';
  const text = n.toFixed(2);
  return lang === 'vi' ? text.replace('.', ',') : text;
}
