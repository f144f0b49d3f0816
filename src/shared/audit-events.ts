// The audit events the platform writes: one discriminated union, so that a service
// cannot write an action that is not listed or a snapshot of the wrong shape, and
// history views render each event by its type. Labels are what a person reads in a
// record's history ("Đã hoàn tất phiếu tự đánh giá"). Snapshots hold only what changed.
// The API's shapes of audit rows live in contracts/audit.ts, so that the web app,
// which reads the labels here, does not bundle zod.
import type { AUDIT_OBJECT_TYPES } from './enums.ts';

export type { AuditChange, AuditEntryView, StoredSnapshot } from './contracts/audit.ts';

/** A JSON value as stored in the chained snapshot. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
/** Fields of a record as they were or became: a partial copy of the record. */
export type FieldSnapshot = { [field: string]: Json | undefined };

/** what an audit row is about: listed with its words in vocabulary.ts */
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

interface Event<A extends string, O extends AuditObjectType, B = undefined, F = undefined> {
  action: A;
  objectType: O;
  objectId?: string | null;
  summary?: string;
  before?: B;
  after?: F;
}

type WithStatus = { status: string; reason?: string; [key: string]: Json | undefined };
type ImportMove<A extends string> = Event<A, 'import', WithStatus, WithStatus>;
type SheetMove<A extends string> = Event<A, 'product', WithStatus, WithStatus>;
type ProducerMove<A extends string> = Event<A, 'producer', WithStatus, WithStatus>;
type DossierMove<A extends string> = Event<A, 'dossier', WithStatus, WithStatus>;
type IdeaMove<A extends string> = Event<A, 'product_idea', WithStatus, WithStatus>;
type DecisionMove<A extends string> = Event<A, 'decision', WithStatus, WithStatus>;
type SessionMove<A extends string> = Event<A, 'council_session', WithStatus, WithStatus>;

export type AuditEvent =
  | Event<
      'auth.login' | 'auth.logout' | 'auth.password_changed',
      'user',
      undefined,
      FieldSnapshot | undefined
    >
  | Event<'user.created', 'user', undefined, { email: string; fullName: string; grants: Json }>
  | Event<'admin_unit_mapping.settled', 'admin_unit_mapping', FieldSnapshot, FieldSnapshot>
  | Event<'producer.created', 'producer', undefined, FieldSnapshot>
  | Event<'producer.updated', 'producer', FieldSnapshot, FieldSnapshot>
  | ProducerMove<
      | 'producer.confirmed'
      | 'producer.rejected'
      | 'producer.resubmitted'
      | 'producer.deactivated'
      | 'producer.reactivated'
    >
  | Event<'product.created', 'product', undefined, FieldSnapshot>
  | Event<'product.updated', 'product', FieldSnapshot, FieldSnapshot>
  | Event<'product.code_issued', 'product', undefined, { code: string; rule: string; verifiedRule: boolean }>
  | Event<'product.photo_added', 'product', undefined, { photoId: string; phash: string; bytes: number }>
  | Event<'product.photo_removed', 'product', { photoId: string; phash: string }>
  | Event<
      'self_assessment.created',
      'product',
      undefined,
      { assessmentId: string; year: number; rubricVersionId: string; copiedFrom: string | null }
    >
  | Event<'self_assessment.saved', 'product', FieldSnapshot, FieldSnapshot>
  | SheetMove<'self_assessment.finalised' | 'self_assessment.reopened'>
  | Event<
      'self_assessment.evidence_added',
      'product',
      undefined,
      { assessmentId: string; criterion: string; evidenceId: string; sha256: string; bytes: number }
    >
  | Event<
      'self_assessment.evidence_removed',
      'product',
      { assessmentId: string; criterion: string; evidenceId: string; sha256: string }
    >
  | ImportMove<
      'import.validated' | 'import.commit_started' | 'import.committed' | 'import.failed' | 'import.cancelled'
    >
  | Event<
      'rubric.loaded' | 'rubric.imported',
      'rubric_version',
      undefined,
      { checksum: string; rulesId: string | null; sets: number; warnings: number }
    >
  | DossierMove<
      | 'dossier.submitted'
      | 'dossier.returned'
      | 'dossier.resubmitted'
      | 'dossier.checked'
      | 'dossier.accepted'
      | 'dossier.advisory_review_started'
      | 'dossier.scoring_started'
      | 'dossier.scoring_closed'
      | 'dossier.recognised'
      | 'dossier.not_recognised'
      | 'dossier.forwarded'
      | 'dossier.centre_review_started'
      | 'dossier.returned_from_centre'
      | 'dossier.redo_ordered'
      | 'dossier.withdrawn'
      | 'dossier.imported'
    >
  | Event<'dossier.created', 'dossier', undefined, FieldSnapshot>
  | Event<'dossier.edited' | 'dossier.review_added', 'dossier', FieldSnapshot, FieldSnapshot>
  | Event<'round.created', 'evaluation_round', undefined, FieldSnapshot>
  | Event<'registration_call.opened', 'registration_call', undefined, FieldSnapshot>
  | Event<'registration_call.edited', 'registration_call', FieldSnapshot, FieldSnapshot>
  | Event<'idea.created', 'product_idea', undefined, FieldSnapshot>
  | Event<'idea.edited', 'product_idea', FieldSnapshot, FieldSnapshot>
  | IdeaMove<
      | 'idea.submitted'
      | 'idea.returned'
      | 'idea.declined'
      | 'idea.selected'
      | 'idea.plan_submitted'
      | 'idea.plan_returned'
      | 'idea.plan_approved'
      | 'idea.product_registered'
      | 'idea.withdrawn'
    >
  | Event<'council.created', 'council', undefined, FieldSnapshot>
  | Event<'council.edited', 'council', FieldSnapshot, FieldSnapshot>
  | Event<'council.member_added', 'council', undefined, FieldSnapshot>
  | Event<'council.member_removed', 'council', FieldSnapshot>
  | Event<'council_session.planned', 'council_session', undefined, FieldSnapshot>
  | Event<
      'council_session.dossier_added' | 'council_session.conflict_declared' | 'council_sheet.sent',
      'council_session',
      undefined,
      FieldSnapshot
    >
  | Event<'council_session.dossier_removed', 'council_session', FieldSnapshot>
  | Event<
      'council_session.attendance_recorded' | 'council_sheet.corrected',
      'council_session',
      FieldSnapshot,
      FieldSnapshot
    >
  | SessionMove<
      | 'council_session.opened'
      | 'council_session.closed'
      | 'council_session.cancelled'
      | 'session_item.rescoring_requested'
      | 'session_item.closed'
    >
  | Event<'decision.drafted', 'decision', undefined, FieldSnapshot>
  | DecisionMove<'decision.signed' | 'decision.published'>
  | Event<
      | 'certificate.window_opened'
      | 'certificate.expiry_notice'
      | 'certificate.expired'
      | 'certificate.lapsed'
      | 'certificate.renewal_filed'
      | 'certificate.renewal_withdrawn'
      | 'certificate.renewal_refused'
      | 'certificate.revoked'
      | 'revocation.opened'
      | 'revocation.dropped',
      'product',
      FieldSnapshot | undefined,
      FieldSnapshot
    >
  | Event<'complaint.lodged', 'dossier', undefined, FieldSnapshot>
  | Event<'complaint.answered', 'dossier', FieldSnapshot, FieldSnapshot>
  | Event<'calendar.year_edited', 'calendar_year', FieldSnapshot | undefined, FieldSnapshot>
  | Event<'seed.demo' | 'seed.national', 'registry'>
  | Event<'test.changed', 'test', undefined, FieldSnapshot>;

export type AuditAction = AuditEvent['action'];

/** What each event is called where people read it. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, { vi: string; en: string }> = {
  'auth.login': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.logout': { vi: 'Đăng xuất', en: 'Signed out' },
  'auth.password_changed': { vi: 'Đổi mật khẩu', en: 'Changed the password' },
  'user.created': { vi: 'Tạo tài khoản', en: 'Created the account' },
  'admin_unit_mapping.settled': { vi: 'Xác định đơn vị kế thừa', en: 'Settled the successor unit' },
  'producer.created': { vi: 'Đăng ký chủ thể', en: 'Registered the producer' },
  'producer.updated': { vi: 'Sửa thông tin chủ thể', en: 'Changed the producer' },
  'producer.confirmed': { vi: 'Xác nhận chủ thể', en: 'Confirmed the producer' },
  'producer.rejected': { vi: 'Từ chối đăng ký chủ thể', en: 'Rejected the producer’s registration' },
  'producer.resubmitted': { vi: 'Gửi lại hồ sơ chủ thể để xem xét', en: 'Sent the record back for review' },
  'producer.deactivated': { vi: 'Ghi nhận chủ thể ngừng hoạt động', en: 'Recorded the producer as inactive' },
  'producer.reactivated': {
    vi: 'Ghi nhận chủ thể hoạt động trở lại',
    en: 'Recorded the producer as active again',
  },
  'product.created': { vi: 'Đăng ký sản phẩm', en: 'Registered the product' },
  'product.updated': { vi: 'Sửa thông tin sản phẩm', en: 'Changed the product' },
  'product.code_issued': { vi: 'Cấp mã sản phẩm', en: 'Issued the product code' },
  'product.photo_added': { vi: 'Thêm ảnh sản phẩm', en: 'Added a photo' },
  'product.photo_removed': { vi: 'Xóa ảnh sản phẩm', en: 'Removed a photo' },
  'self_assessment.created': { vi: 'Mở phiếu tự đánh giá', en: 'Opened a self-assessment' },
  'self_assessment.saved': { vi: 'Lưu phiếu tự đánh giá', en: 'Saved the self-assessment' },
  'self_assessment.finalised': { vi: 'Hoàn tất phiếu tự đánh giá', en: 'Finalised the self-assessment' },
  'self_assessment.reopened': { vi: 'Mở lại phiếu tự đánh giá', en: 'Reopened the self-assessment' },
  'self_assessment.evidence_added': { vi: 'Thêm minh chứng', en: 'Added evidence' },
  'self_assessment.evidence_removed': { vi: 'Xóa minh chứng', en: 'Removed evidence' },
  'import.validated': { vi: 'Kiểm tra tệp nhập', en: 'Validated the import' },
  'import.commit_started': { vi: 'Bắt đầu ghi vào sổ', en: 'Started the commit' },
  'import.committed': { vi: 'Ghi vào sổ', en: 'Committed the import' },
  'import.failed': { vi: 'Ghi vào sổ thất bại', en: 'The commit failed' },
  'import.cancelled': { vi: 'Hủy lần nhập', en: 'Cancelled the import' },
  'rubric.loaded': { vi: 'Nạp bộ tiêu chí', en: 'Loaded the rubric version' },
  'rubric.imported': { vi: 'Nhập bộ tiêu chí', en: 'Imported the rubric version' },
  'dossier.submitted': { vi: 'Nộp hồ sơ đánh giá', en: 'Submitted the dossier' },
  'dossier.returned': { vi: 'Trả lại hồ sơ', en: 'Returned the dossier' },
  'dossier.resubmitted': { vi: 'Nộp lại hồ sơ', en: 'Submitted the dossier again' },
  'dossier.checked': { vi: 'Xã kiểm tra và đề nghị tỉnh', en: 'Checked and proposed by the commune' },
  'dossier.accepted': { vi: 'Tỉnh tiếp nhận hồ sơ', en: 'Accepted by the province' },
  'dossier.advisory_review_started': { vi: 'Chuyển tổ tư vấn', en: 'Sent to the advisory group' },
  'dossier.scoring_started': { vi: 'Đưa ra hội đồng chấm điểm', en: 'Put to the council' },
  'dossier.scoring_closed': { vi: 'Kết thúc chấm điểm', en: 'Closed the scoring' },
  'dossier.recognised': { vi: 'Công nhận sản phẩm', en: 'Recognised the product' },
  'dossier.not_recognised': { vi: 'Không công nhận sản phẩm', en: 'Did not recognise the product' },
  'dossier.forwarded': { vi: 'Đề nghị trung ương xét 5 sao', en: 'Forwarded to the centre' },
  'dossier.centre_review_started': { vi: 'Trung ương tiếp nhận hồ sơ', en: 'Taken up at the centre' },
  'dossier.returned_from_centre': { vi: 'Trung ương trả về tỉnh', en: 'Returned by the centre' },
  'dossier.withdrawn': { vi: 'Rút hồ sơ', en: 'Withdrew the dossier' },
  'dossier.imported': { vi: 'Ghi nhận hồ sơ từ danh sách đã công bố', en: 'Recorded from a published list' },
  'dossier.created': { vi: 'Lập hồ sơ đánh giá', en: 'Opened the dossier' },
  'dossier.edited': { vi: 'Sửa hồ sơ đánh giá', en: 'Changed the dossier' },
  'dossier.review_added': { vi: 'Ghi nhận kết quả thẩm định', en: 'Recorded a review entry' },
  'round.created': { vi: 'Lập đợt đánh giá', en: 'Opened an evaluation round' },
  'registration_call.opened': {
    vi: 'Mở đợt đăng ký ý tưởng sản phẩm',
    en: 'Opened the call for product ideas',
  },
  'registration_call.edited': { vi: 'Sửa hạn đăng ký', en: 'Changed the call’s deadlines' },
  'idea.created': { vi: 'Lập ý tưởng sản phẩm', en: 'Wrote a product idea' },
  'idea.edited': { vi: 'Sửa ý tưởng, phương án kinh doanh', en: 'Changed the idea or its plan' },
  'idea.submitted': { vi: 'Gửi ý tưởng cho xã', en: 'Sent the idea to the commune' },
  'idea.returned': { vi: 'Trả lại ý tưởng', en: 'Returned the idea' },
  'idea.declined': { vi: 'Không chọn ý tưởng', en: 'Declined the idea' },
  'idea.selected': { vi: 'Chọn ý tưởng vào danh sách của xã', en: 'Selected the idea for the list' },
  'idea.plan_submitted': { vi: 'Gửi phương án kinh doanh', en: 'Sent the business plan' },
  'idea.plan_returned': { vi: 'Trả lại phương án kinh doanh', en: 'Returned the business plan' },
  'idea.plan_approved': { vi: 'Duyệt phương án kinh doanh', en: 'Approved the business plan' },
  'idea.product_registered': { vi: 'Đăng ký ý tưởng thành sản phẩm', en: 'Registered the idea as a product' },
  'idea.withdrawn': { vi: 'Rút ý tưởng', en: 'Withdrew the idea' },
  'council.created': { vi: 'Thành lập hội đồng', en: 'Set up the council' },
  'council.edited': { vi: 'Sửa thông tin, quy chế hội đồng', en: 'Changed the council or its rules' },
  'council.member_added': { vi: 'Thêm thành viên hội đồng', en: 'Added a council member' },
  'council.member_removed': { vi: 'Bớt thành viên hội đồng', en: 'Removed a council member' },
  'council_session.planned': { vi: 'Lên lịch phiên họp', en: 'Planned the session' },
  'council_session.dossier_added': { vi: 'Đưa hồ sơ vào phiên họp', en: 'Put a dossier to the session' },
  'council_session.dossier_removed': { vi: 'Rút hồ sơ khỏi phiên họp', en: 'Took a dossier off the session' },
  'council_session.attendance_recorded': { vi: 'Ghi nhận thành phần tham dự', en: 'Recorded who is present' },
  'council_session.conflict_declared': {
    vi: 'Khai báo xung đột lợi ích',
    en: 'Declared a conflict of interest',
  },
  'council_session.opened': { vi: 'Mở chấm điểm', en: 'Opened the scoring' },
  'council_session.closed': { vi: 'Kết thúc phiên họp', en: 'Closed the session' },
  'council_session.cancelled': { vi: 'Hủy phiên họp', en: 'Cancelled the session' },
  'council_sheet.sent': { vi: 'Gửi phiếu chấm', en: 'Sent a score sheet' },
  'council_sheet.corrected': { vi: 'Điều chỉnh phiếu chấm đã khóa', en: 'Corrected a locked sheet' },
  'session_item.rescoring_requested': { vi: 'Yêu cầu chấm lại', en: 'Asked for re-scoring' },
  'session_item.closed': { vi: 'Chốt kết quả hồ sơ', en: 'Closed the dossier with its result' },
  'decision.drafted': { vi: 'Dự thảo quyết định công nhận', en: 'Drafted a recognition decision' },
  'decision.signed': { vi: 'Tải lên quyết định đã ký', en: 'Uploaded the signed decision' },
  'decision.published': { vi: 'Công bố kết quả', en: 'Published the results' },
  'certificate.window_opened': { vi: 'Thông báo đến kỳ đánh giá lại', en: 'Announced the renewal window' },
  'certificate.expiry_notice': { vi: 'Thông báo sắp hết hiệu lực', en: 'Announced the coming expiry' },
  'certificate.expired': { vi: 'Giấy chứng nhận hết hiệu lực', en: 'The certificate expired' },
  'certificate.lapsed': { vi: 'Giấy chứng nhận không còn hiệu lực', en: 'The certificate lapsed' },
  'certificate.renewal_filed': { vi: 'Nộp hồ sơ đánh giá lại', en: 'Filed the renewal' },
  'certificate.renewal_withdrawn': { vi: 'Rút hồ sơ đánh giá lại', en: 'Withdrew the renewal' },
  'certificate.renewal_refused': { vi: 'Đánh giá lại không được công nhận', en: 'The renewal was refused' },
  'certificate.revoked': { vi: 'Thu hồi giấy chứng nhận', en: 'Revoked the certificate' },
  'revocation.opened': { vi: 'Mở hồ sơ thu hồi', en: 'Opened a revocation' },
  'revocation.dropped': { vi: 'Không thu hồi', en: 'Dropped the revocation' },
  'complaint.lodged': { vi: 'Khiếu nại kết quả', en: 'Complained about the result' },
  'complaint.answered': { vi: 'Trả lời khiếu nại', en: 'Answered the complaint' },
  'dossier.redo_ordered': { vi: 'Bộ yêu cầu đánh giá lại', en: 'The ministry ordered a new evaluation' },
  'calendar.year_edited': { vi: 'Sửa lịch ngày nghỉ của năm', en: 'Changed the days off of a year' },
  'seed.demo': { vi: 'Tạo dữ liệu mẫu', en: 'Seeded demo data' },
  'seed.national': { vi: 'Tạo dữ liệu tổng hợp toàn quốc', en: 'Seeded national synthetic data' },
  'test.changed': { vi: 'Thay đổi thử nghiệm', en: 'Test change' },
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as [AuditAction, ...AuditAction[]];

export function labelOfAction(action: string): { vi: string; en: string } {
  return (
    (AUDIT_ACTION_LABELS as Record<string, { vi: string; en: string }>)[action] ?? { vi: action, en: action }
  );
}
