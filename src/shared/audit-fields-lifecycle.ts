// Field words of the lifecycle's audit rows (certificate.*, revocation.*), part of
// AUDIT_FIELDS in audit-fields.ts.
import type { Field, ValueKind } from './audit-fields.ts';
import { V } from './vocabulary.ts';

const of = (vi: string, en: string, kind: ValueKind): Field => ({ vi, en, ...kind });
const text = (vi: string, en: string): Field => ({ vi, en, kind: 'text' });
const hidden: Field = { vi: '', en: '', kind: 'hidden' };

export const CERTIFICATE: Record<string, Field> = {
  certificateId: hidden,
  certificateNo: text('Số giấy chứng nhận', 'Certificate number'),
  stars: of('Số sao', 'Stars', { kind: 'stars' }),
  status: of('Trạng thái pháp lý', 'Legal status', { kind: 'term', v: V.certificateStatus }),
  event: of('Sự kiện', 'Event', { kind: 'term', v: V.certificateEvent }),
  day: of('Ngày', 'Day', { kind: 'date' }),
  validUntil: of('Có giá trị đến hết ngày', 'Valid until', { kind: 'date' }),
  announced: of('Đã thông báo', 'Announced', { kind: 'bool' }),
  notices: of('Số thông báo', 'Notices', { kind: 'number' }),
  dossierId: of('Hồ sơ', 'Dossier', { kind: 'ref', ref: 'dossier' }),
  revocationId: hidden,
  ground: of('Căn cứ thu hồi', 'Ground', { kind: 'term', v: V.revocationGround }),
  decisionNumber: text('Số quyết định', 'Decision number'),
  decisionDate: of('Ngày quyết định', 'Decision date', { kind: 'date' }),
  late: of('Quá hạn 15 ngày', 'After the 15 days', { kind: 'bool' }),
  sha256: hidden,
};

export const REVOCATION: Record<string, Field> = {
  ...CERTIFICATE,
  status: of('Trạng thái', 'Status', { kind: 'term', v: V.revocationStatus }),
  conclusionRef: text('Kết luận làm căn cứ', 'Conclusion'),
  conclusionDate: of('Ngày kết luận', 'Conclusion date', { kind: 'date' }),
  conclusionBy: text('Cơ quan kết luận', 'Concluded by'),
  dueOn: of('Hạn quyết định', 'Decide by', { kind: 'date' }),
  reason: text('Lý do', 'Reason'),
};
