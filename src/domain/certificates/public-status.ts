// What a certificate's state means to a consumer, in the words the public page and
// the exports print (issue: the public status follows at once and says what it means).
import { formatDate } from '../../shared/format.ts';
import { addDaysIso } from '../calendar/dates.ts';
import type { CertificateTimeState } from './certificate-state.ts';

export interface EndFacts {
  /** the day the daily job recorded it ended (expired, lapsed), if it did */
  recordedEnd: string | null;
  /** its last valid day: without a recorded end, it ended the day after */
  validUntil: string | null;
  revocation: { decisionNumber: string | null; decisionDate: string | null } | null;
}

/** The first day a certificate was no longer in force by time: the recorded day, else the day after its last valid day. */
export function endedOn(facts: Pick<EndFacts, 'recordedEnd' | 'validUntil'>): string | null {
  return facts.recordedEnd ?? (facts.validUntil ? addDaysIso(facts.validUntil, 1) : null);
}

/** The sentence for a consumer, or null when the state needs none (in force, superseded by a newer one, unknown). */
export function publicMeaning(state: CertificateTimeState, facts: EndFacts): string | null {
  if (state === 'revoked') {
    const r = facts.revocation;
    const number = r?.decisionNumber ? ` số ${r.decisionNumber}` : '';
    const day = r?.decisionDate ? ` ngày ${formatDate(r.decisionDate, 'vi')}` : '';
    return `Đã bị thu hồi theo Quyết định${number}${day}; sản phẩm không còn được dùng nhãn OCOP.`;
  }
  if (state === 'expired' || state === 'lapsed') {
    const ended = endedOn(facts);
    const since = ended ? ` từ ngày ${formatDate(ended, 'vi')}` : '';
    return `Đã hết hiệu lực${since}; sản phẩm không còn được dùng nhãn OCOP.`;
  }
  if (state === 'graceAfterExpiry')
    return 'Giấy chứng nhận đã hết thời hạn; chủ thể đã nộp hồ sơ đánh giá lại và đang chờ quyết định.';
  return null;
}
