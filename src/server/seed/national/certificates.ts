// Certificate histories of synthetic products. A product's first recognition
// falls on one of its province's evaluation rounds (peaks in June and December);
// each certificate runs 36 months; when it ends before "today" the product was
// either re-evaluated (new row, old one 'superseded') or let it lapse; a few are
// upgraded mid-term or revoked. Stars are chosen afterwards (generate.ts) so the
// national star mix can be hit exactly; here they are only propagated backwards.
import { procedureVersionOn, type ProcedureVersionId } from '../../../domain/regimes/procedure-versions.ts';
import { certificateValidUntil } from '../../../domain/certificates/validity.ts';
import { addDays, workingDay, ymd } from './dates.ts';
import { hashString, type Rng } from './prng.ts';

export type CertStatus = 'valid' | 'revoked' | 'superseded' | 'lapsed';
export type ProcedureId = ProcedureVersionId;

export interface CertDraft {
  decisionDate: string;
  validUntil: string;
  status: CertStatus;
  /** the next row of the chain is a mid-term upgrade (one star more) */
  upgradeNext: boolean;
}

/** Share of first recognitions per year: the programme grew to ~4k new products a year. */
export const COHORT_WEIGHTS: [number, number][] = [
  [2019, 5],
  [2020, 11],
  [2021, 13],
  [2022, 15],
  [2023, 15],
  [2024, 16],
  [2025, 14],
  [2026, 11],
];
const RENEWAL_RATE = 0.68;
const REVOCATION_RATE = 0.015;
const MIDTERM_UPGRADE_RATE = 0.07;

type Round = 'mar' | 'jun' | 'sep' | 'dec';
const ROUND_MONTH: Record<Round, number> = { mar: 3, jun: 6, sep: 9, dec: 12 };
const ROUNDS: Round[] = ['mar', 'jun', 'sep', 'dec'];

/** The province's round of that year: a fixed day, so one decision recognises many products. */
export function roundDate(provinceCode: string, year: number, round: Round): string {
  const h = hashString(`${provinceCode}:${year}:${round}`);
  return workingDay(ymd(year, ROUND_MONTH[round], 5 + (h % 22)));
}

/** First recognition: a cohort year, then a round (June/December carry three quarters of decisions). */
export function firstDecisionDate(rng: Rng, provinceCode: string, today: string, before?: string): string {
  const limit = before && before < today ? before : today;
  for (;;) {
    const year = COHORT_WEIGHTS[rng.weighted(COHORT_WEIGHTS.map(([, w]) => w))][0];
    // QĐ 1048 dates from August 2019: that year's recognitions came in the autumn and December rounds.
    const round: Round =
      year === 2019 ? (rng.chance(0.3) ? 'sep' : 'dec') : ROUNDS[rng.weighted([12, 38, 12, 38])];
    let date = roundDate(provinceCode, year, round);
    // A round still to come this year falls back to the latest one already held.
    for (let i = ROUNDS.indexOf(round) - 1; date > limit && i >= 0; i--)
      date = roundDate(provinceCode, year, ROUNDS[i]);
    if (date <= limit) return date;
  }
}

function nextRoundOnOrAfter(provinceCode: string, iso: string): string {
  const year = Number(iso.slice(0, 4));
  for (const y of [year, year + 1]) {
    for (const r of ROUNDS) {
      const d = roundDate(provinceCode, y, r);
      if (d >= iso) return d;
    }
  }
  return iso;
}

export function buildChain(rng: Rng, provinceCode: string, first: string, today: string): CertDraft[] {
  const chain: CertDraft[] = [];
  let date = first;
  for (;;) {
    const validUntil = certificateValidUntil(date);
    if (rng.chance(MIDTERM_UPGRADE_RATE)) {
      // Upgrade follows the first-evaluation path, so it lands on a round, a year or two later.
      const next = nextRoundOnOrAfter(provinceCode, addDays(date, rng.int(300, 800)));
      if (next < validUntil && next <= today && next > date) {
        chain.push({ decisionDate: date, validUntil, status: 'superseded', upgradeNext: true });
        date = next;
        continue;
      }
    }
    if (validUntil >= today) {
      chain.push({
        decisionDate: date,
        validUntil,
        status: rng.chance(REVOCATION_RATE) ? 'revoked' : 'valid',
        upgradeNext: false,
      });
      return chain;
    }
    if (rng.chance(REVOCATION_RATE)) {
      chain.push({ decisionDate: date, validUntil, status: 'revoked', upgradeNext: false });
      return chain;
    }
    if (!rng.chance(RENEWAL_RATE)) {
      chain.push({ decisionDate: date, validUntil, status: 'lapsed', upgradeNext: false });
      return chain;
    }
    // Re-evaluation is filed 180–120 days ahead and decided within 45 days: the new decision lands before expiry.
    const renewed = workingDay(addDays(validUntil, -rng.int(20, 150)));
    chain.push({ decisionDate: date, validUntil, status: 'superseded', upgradeNext: false });
    date = renewed > date ? renewed : addDays(date, 1);
  }
}

/** Stars of every row, given the last row's: upgrades (mid-term or at re-evaluation) step down going back. */
export function propagateStars(rng: Rng, chain: CertDraft[], finalStars: number): number[] {
  const stars = new Array<number>(chain.length);
  stars[chain.length - 1] = finalStars;
  for (let i = chain.length - 2; i >= 0; i--) {
    const next = stars[i + 1];
    const upgradedAtRenewal = i === chain.length - 2 && next > 3 && rng.chance(next === 5 ? 0.6 : 0.3);
    stars[i] = chain[i].upgradeNext || upgradedAtRenewal ? Math.max(3, next - 1) : next;
  }
  return stars;
}

/** Procedure version by decision date (DOMAIN.md §2). */
export const procedureFor = (date: string): ProcedureId => procedureVersionOn(date);

export interface IssuerPlace {
  /** current province name, e.g. "Tuyên Quang", "Thành phố Huế" */
  province: string;
  /** pre-2025 province name ("Tỉnh Hà Giang"), for decisions before the merger */
  oldProvince: string | null;
  /** pre-2025 district name ("Huyện Ba Chẽ"), for 3★ decisions under QĐ 148 */
  oldDistrict: string | null;
}

// Source names spell the type either way ("Thị xã" / "Thị Xã"); inside a title it is lower case.
const lowerPrefix = (name: string) =>
  name.replace(/^(tỉnh|thành phố|huyện|quận|thị xã)(?= )/iu, (m) => m.toLowerCase());
const provinceLabel = (name: string) =>
  /^(tỉnh|thành phố) /iu.test(name) ? lowerPrefix(name) : `tỉnh ${name}`;
const THREE_TIER_END = '2025-07-01';
const MINISTRY_MERGED = '2025-03-01';

/** Who signed the decision, and its number: same signer and day → same decision (one decision, many products). */
export function issuerFor(
  stars: number,
  date: string,
  place: IssuerPlace,
): { issuer: string; decisionNo: string } {
  let issuer: string;
  let suffix = 'QĐ-UBND';
  let range = [100, 4800];
  if (stars === 5) {
    const merged = date >= MINISTRY_MERGED;
    issuer = merged
      ? 'Bộ trưởng Bộ Nông nghiệp và Môi trường'
      : 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn';
    suffix = merged ? 'QĐ-BNNMT' : 'QĐ-BNN-VPĐP';
    range = [300, 4500];
  } else if (stars === 3 && procedureFor(date) === 'r148' && date < THREE_TIER_END && place.oldDistrict) {
    issuer = `Chủ tịch UBND ${lowerPrefix(place.oldDistrict)}`;
    range = [50, 3000];
  } else {
    const name = date < THREE_TIER_END ? (place.oldProvince ?? place.province) : place.province;
    issuer = `Chủ tịch UBND ${provinceLabel(name)}`;
  }
  const no = range[0] + (hashString(`${issuer}|${date}`) % range[1]);
  return { issuer, decisionNo: `${no}/${suffix}` };
}
