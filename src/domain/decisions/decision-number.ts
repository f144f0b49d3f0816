// Decision numbers in the official style of Decree 30/2020/NĐ-CP: the number in the
// issuing body's yearly sequence, a slash, and the kind of document with the issuer's
// abbreviation ("123/QĐ-UBND" for a provincial People's Committee, "456/QĐ-BNNMT" for
// the ministry). A number is unique per issuing body and year; the sequence starts
// again each year, so the year comes from the signing date.
import type { ROUND_LEVELS } from '../../shared/enums.ts';

type RoundLevel = (typeof ROUND_LEVELS)[number];

/** The suffix a decision of each level carries. */
export const DECISION_SUFFIX: Record<RoundLevel, string> = {
  province: 'QĐ-UBND',
  central: 'QĐ-BNNMT',
};

export interface DecisionNumber {
  seq: number;
  suffix: string;
}

/** Reads "123/QĐ-UBND" (spaces around the slash and a Latin "QD" tolerated); null when it is not a decision number. */
export function parseDecisionNumber(text: string): DecisionNumber | null {
  const m = /^\s*0*(\d{1,6})\s*\/\s*(Q[ĐD])-([A-ZĐ&]+(?:-[A-ZĐ&]+)*)\s*$/u.exec(
    text.normalize('NFC').toUpperCase(),
  );
  if (!m) return null;
  const seq = Number(m[1]);
  if (seq < 1) return null;
  return { seq, suffix: `QĐ-${m[3]}` };
}

export const formatDecisionNumber = (n: DecisionNumber) => `${n.seq}/${n.suffix}`;

/**
 * Which dossiers a decision of each level recognises: a province's chair 3★ and 4★
 * from its council's result (5★ goes to the centre; below 3★ needs no decision), the
 * minister 5★ from the central council's.
 */
export function decidableAt(level: RoundLevel, stage: string, stars: number | null): boolean {
  return level === 'central'
    ? stage === 'centreReview' && stars === 5
    : stage === 'awaitingDecision' && (stars === 3 || stars === 4);
}
