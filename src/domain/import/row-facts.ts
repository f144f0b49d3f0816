// What a row's cells say about its recognition, read apart from the rest of the row:
// the decision and its date, a year given alone, the evaluation it was, and what the
// row records (a recognition, a council result, a proposal to the centre, a revocation).
import { certificateValidUntil } from '../certificates/validity.ts';
import { procedureVersionOn } from '../regimes/procedure-versions.ts';
import { foldVietnamese } from '../text/vietnamese.ts';
import type { InterpretedRow, ListKind, RowIssue, RowKind } from './interpreted-row.ts';
import type { ImportRecord } from './sheet/column-mapping.ts';
import { type Message, type ParseResult, parseDecision, parseDate } from './values/index.ts';

const msg = (vi: string, en: string): Message => ({ vi, en });

/** Who signs "QĐ-<code>" recognitions; the level (province or district) is not in the number. */
const ISSUERS: Record<string, string> = {
  UBND: 'Chủ tịch Ủy ban nhân dân',
  BNNMT: 'Bộ trưởng Bộ Nông nghiệp và Môi trường',
  BNN: 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn',
  'BNN-VPĐP': 'Bộ Nông nghiệp và Phát triển nông thôn',
};

export const dayMonthYear = (iso: string) => iso.split('-').reverse().join('/');

/** A year a decision may carry: a round label, a section row or a note ("Đợt 2 năm 2020", "Năm 2021"). */
export function yearIn(text: string | null | undefined): number | null {
  const m = text ? /(?:năm|nam|year)\s*(\d{4})\b/i.exec(text) : null;
  const year = m ? Number(m[1]) : null;
  return year && year >= 2000 && year <= 2100 ? year : null;
}

/**
 * The recognition decision and its date. Lists give the date inside the number
 * cell ("123/QĐ-UBND ngày 05/6/2023") or in a column of its own; the number cell's
 * "no signature date" note is about that cell alone, so it is kept only when the
 * date column gives no date either. When both give a date and they differ, the
 * date column is used and the difference is named.
 */
export function readDecision(
  v: ImportRecord['values'],
  take: <T>(field: string, result: ParseResult<T>) => T | null,
  warnings: RowIssue[],
) {
  const cell = 'decision' in v ? parseDecision(v.decision) : null;
  const columnDate = 'decisionDate' in v ? take('decisionDate', parseDate(v.decisionDate)) : null;
  const undatedNumber = cell?.ok && cell.value !== null && cell.value.date === null;
  const decision = cell
    ? take('decision', undatedNumber && columnDate ? { ok: true as const, value: cell.value } : cell)
    : null;
  if (decision?.date && columnDate && decision.date !== columnDate)
    warnings.push({
      field: 'decisionDate',
      code: 'DATE_CONFLICT',
      message: msg(
        `Ô quyết định ghi ngày ${dayMonthYear(decision.date)}, cột ngày quyết định ghi ${dayMonthYear(columnDate)}: dùng ngày ở cột ngày quyết định`,
        `The decision cell gives ${dayMonthYear(decision.date)} and the decision-date column ${dayMonthYear(columnDate)}: the date column is used`,
      ),
    });
  return { decision, decisionDate: columnDate ?? decision?.date ?? null };
}

/** A recognition as far as the row gives it: unknown facts null and named. */
export function recognitionOf(
  stars: number | null,
  decision: { number: string; issuerCode: string } | null,
  decisionDate: string | null,
  decisionYear: number | null,
  validUntil: string | null,
): NonNullable<InterpretedRow['certificate']> {
  const incompleteFacts: ('decisionNumber' | 'decisionDate')[] = [];
  if (!decision) incompleteFacts.push('decisionNumber');
  if (!decisionDate) incompleteFacts.push('decisionDate');
  return {
    stars,
    decisionNo: decision?.number ?? null,
    decisionDate,
    decisionYear,
    // lists rarely give the end date: 36 months from the decision (QĐ 148, QĐ 26/2026); unknown without a date
    validUntil: validUntil ?? (decisionDate ? certificateValidUntil(decisionDate) : null),
    issuer: decision?.issuerCode
      ? (ISSUERS[decision.issuerCode] ?? `Cơ quan ban hành ${decision.issuerCode}`)
      : null,
    procedureVersionId: decisionDate ? procedureVersionOn(decisionDate) : null,
    incompleteFacts,
  };
}

/** "Nâng hạng từ 4 sao lên 5 sao" → upgrade; "Công nhận lại", "Đánh giá lại" → reEvaluation; "lần đầu", "mới" → first. */
export function evaluationOf(words: string | null): InterpretedRow['evaluation'] {
  const f = words ? foldVietnamese(words) : '';
  if (/nang hang/.test(f)) return 'upgrade';
  if (/cong nhan lai|danh gia lai|phan hang lai|tai cong nhan|gia han/.test(f)) return 'reEvaluation';
  if (/lan dau|cong nhan moi|danh gia moi/.test(f)) return 'first';
  return null;
}

/**
 * What the row records, from its own cells: a revoking decision or reason makes it a
 * revocation; a proposal to the centre ("Đề nghị Trung ương … 5 sao") a proposal; a
 * council's date, score or proposal a council result; otherwise the list's kind.
 */
export function kindOf(v: ImportRecord['values'], proposal: string | null, listKind: ListKind): RowKind {
  const has = (f: string) => f in v && v[f] !== null && v[f] !== '';
  if (has('revocationDecision') || has('revocationReason') || has('revocationDate')) return 'revocation';
  const p = proposal ? foldVietnamese(proposal) : '';
  if (/trung uong|5 sao|nam sao/.test(p) && /de nghi|trinh|de xuat/.test(p)) return 'proposalToCentre';
  if (/cong nhan/.test(p) && !/de nghi|trinh/.test(p)) return 'recognition';
  if (has('councilDate') || has('score') || p) return 'councilResult';
  return listKind === 'revocations'
    ? 'revocation'
    : listKind === 'council-results'
      ? 'councilResult'
      : 'recognition';
}
