// Every enumerated value the platform shows or exports, with its words in both
// languages beside its id. The API, the database and JSON exports keep the ids; the
// web pages, the PDFs and the .xlsx/.csv exports show the words. A value added to an
// enum of `src/shared` without words here fails `vocabulary.test.ts`, and the
// browser walk's raw-code check is built from the ids listed here.
import { AUDIT_ACTION_LABELS } from './audit-events.ts';
import * as E from './enums.ts';
import { LEGAL_TYPE_FILTERS, LEGAL_TYPE_LABELS, LEGAL_TYPES } from './registry.ts';
import { ROLE_LABELS, ROLES, SCOPE_KINDS } from './roles.ts';
import { type Term, type Vocabulary, vocabulary, withLabels } from './vocabulary-kit.ts';
import { WORK_VOCABULARIES } from './vocabulary-work.ts';
import { LIFECYCLE_VOCABULARIES } from './vocabulary-lifecycle.ts';

export type { Lang, Term, Tone, Vocabulary } from './vocabulary-kit.ts';
export { termOf, toneOf } from './vocabulary-kit.ts';

/** the state of a certificate on a given day, in words and colour (shared by two vocabularies below) */
const CERTIFICATE_STATE_TERMS: Record<(typeof E.CERTIFICATE_STATES)[number], Term> = {
  valid: { vi: 'Còn hiệu lực', en: 'In force', tone: 'good' },
  renewalWindowOpen: {
    vi: 'Trong thời hạn nộp hồ sơ đánh giá lại',
    en: 'Re-evaluation window open',
    tone: 'warn',
  },
  renewalWindowClosed: {
    vi: 'Đã qua thời hạn nộp hồ sơ đánh giá lại',
    en: 'Re-evaluation window closed',
    tone: 'warn',
  },
  renewalFiled: { vi: 'Đã nộp hồ sơ đánh giá lại', en: 'Re-evaluation filed', tone: 'info' },
  graceAfterExpiry: {
    vi: 'Hết hạn, chờ quyết định đánh giá lại',
    en: 'Expired, awaiting the re-evaluation decision',
    tone: 'warn',
  },
  expired: { vi: 'Hết hiệu lực', en: 'Expired', tone: 'bad' },
  revoked: { vi: 'Đã thu hồi', en: 'Revoked', tone: 'bad' },
  superseded: { vi: 'Đã được thay thế', en: 'Superseded', tone: 'neutral' },
  unknownValidity: {
    vi: 'Chưa rõ hiệu lực (thiếu ngày quyết định)',
    en: 'Validity unknown (decision date missing)',
    tone: 'neutral',
  },
  lapsed: { vi: 'Mất hiệu lực (không được công nhận lại)', en: 'Lapsed (not re-recognised)', tone: 'bad' },
};

export const V = {
  locale: vocabulary('locale', E.LOCALES, {
    // also a Vietnamese word ("phạm vi", scope): the raw-code check leaves it to the eye
    vi: { vi: 'Tiếng Việt', en: 'Vietnamese', plainWord: true },
    en: { vi: 'Tiếng Anh', en: 'English' },
  }),
  role: vocabulary('role', ROLES, withLabels(ROLE_LABELS)),
  scopeKind: vocabulary('scopeKind', SCOPE_KINDS, {
    unit: { vi: 'Đơn vị hành chính', en: 'Administrative unit' },
    producer: { vi: 'Chủ thể OCOP', en: 'Producer record' },
    council: { vi: 'Hội đồng', en: 'Council' },
    round: { vi: 'Đợt đánh giá', en: 'Evaluation round' },
    nation: { vi: 'Toàn quốc', en: 'Nation' },
  }),
  legalType: vocabulary('legalType', LEGAL_TYPES, withLabels(LEGAL_TYPE_LABELS)),
  legalTypeFilter: vocabulary('legalTypeFilter', LEGAL_TYPE_FILTERS, {
    ...withLabels(LEGAL_TYPE_LABELS),
    unknown: { vi: 'Chưa rõ loại hình', en: 'Legal type not known yet' },
  }),
  auditAction: vocabulary(
    'auditAction',
    Object.keys(AUDIT_ACTION_LABELS) as (keyof typeof AUDIT_ACTION_LABELS)[],
    withLabels(AUDIT_ACTION_LABELS),
  ),
  productStatus: vocabulary('productStatus', E.PRODUCT_STATUSES, {
    draft: { vi: 'Bản nháp', en: 'Draft', tone: 'neutral' },
    active: { vi: 'Đang hoạt động', en: 'Active', tone: 'good' },
    withdrawn: { vi: 'Đã rút', en: 'Withdrawn', tone: 'bad' },
  }),
  producerStatus: vocabulary('producerStatus', E.PRODUCER_STATUSES, {
    pending: { vi: 'Chờ xác nhận', en: 'Awaiting confirmation', tone: 'warn' },
    active: { vi: 'Đang hoạt động', en: 'Active', tone: 'good' },
    rejected: { vi: 'Bị từ chối', en: 'Rejected', tone: 'bad' },
    inactive: { vi: 'Ngừng hoạt động', en: 'Inactive', tone: 'neutral' },
  }),
  producerAction: vocabulary('producerAction', E.PRODUCER_WORKFLOW_EVENTS, {
    confirm: { vi: 'Xác nhận chủ thể', en: 'Confirm the producer' },
    reject: { vi: 'Từ chối', en: 'Reject' },
    resubmit: { vi: 'Gửi lại để xã xem xét', en: 'Send back for review' },
    deactivate: { vi: 'Ghi nhận ngừng hoạt động', en: 'Record as inactive' },
    reactivate: { vi: 'Hoạt động trở lại', en: 'Record as active again' },
  }),
  userStatus: vocabulary('userStatus', E.USER_STATUSES, {
    active: { vi: 'Đang dùng', en: 'Active', tone: 'good' },
    disabled: { vi: 'Đã khóa', en: 'Disabled', tone: 'bad' },
  }),
  certificateStatus: vocabulary('certificateStatus', E.CERTIFICATE_RECORD_STATUSES, {
    valid: { vi: 'Có hiệu lực', en: 'Valid', tone: 'good' },
    revoked: { vi: 'Đã thu hồi', en: 'Revoked', tone: 'bad' },
    superseded: { vi: 'Đã được thay thế', en: 'Superseded', tone: 'neutral' },
    lapsed: { vi: 'Hết hiệu lực', en: 'Lapsed', tone: 'bad' },
  }),
  /** the state of a certificate on a given day (the certificate time-state) */
  certificateState: vocabulary('certificateState', E.CERTIFICATE_STATES, CERTIFICATE_STATE_TERMS),
  /** where an evaluation dossier stands (src/domain/dossiers/dossier.workflow.ts) */
  dossierStage: vocabulary('dossierStage', E.DOSSIER_STAGES, {
    draft: { vi: 'Đang soạn', en: 'Draft', tone: 'neutral' },
    submitted: { vi: 'Đã nộp cho xã', en: 'Submitted to the commune', tone: 'info' },
    returnedByCommune: { vi: 'Xã trả lại để bổ sung', en: 'Returned by the commune', tone: 'warn' },
    communeChecked: { vi: 'Xã đã đề nghị tỉnh', en: 'Proposed by the commune', tone: 'info' },
    returnedByProvince: { vi: 'Tỉnh trả lại xã', en: 'Returned by the province', tone: 'warn' },
    provinceAccepted: { vi: 'Tỉnh đã tiếp nhận', en: 'Accepted by the province', tone: 'info' },
    advisoryReview: { vi: 'Tổ tư vấn đang xem xét', en: 'Under advisory review', tone: 'info' },
    councilScoring: { vi: 'Hội đồng đang chấm điểm', en: 'Being scored by the council', tone: 'info' },
    awaitingDecision: { vi: 'Chờ quyết định công nhận', en: 'Awaiting the decision', tone: 'info' },
    recognised: { vi: 'Đã được công nhận', en: 'Recognised', tone: 'good' },
    notRecognised: { vi: 'Không được công nhận', en: 'Not recognised', tone: 'bad' },
    forwardedToCentre: { vi: 'Đã đề nghị trung ương', en: 'Forwarded to the centre', tone: 'info' },
    centreReview: { vi: 'Trung ương đang xem xét', en: 'Under central review', tone: 'info' },
    withdrawn: { vi: 'Đã rút hồ sơ', en: 'Withdrawn', tone: 'neutral' },
  }),
  dayOffKind: vocabulary('dayOffKind', E.DAY_OFF_KINDS, {
    fixed: { vi: 'Ngày lễ theo dương lịch', en: 'Public holiday' },
    lunar: { vi: 'Ngày lễ theo âm lịch', en: 'Lunar holiday' },
    substitute: { vi: 'Nghỉ bù', en: 'Substitute day off' },
    swap: { vi: 'Nghỉ hoán đổi', en: 'Swapped day off' },
  }),
  calendarOrigin: vocabulary('calendarOrigin', E.CALENDAR_ORIGINS, {
    shipped: { vi: 'Theo văn bản đã nạp sẵn', en: 'As shipped with the decisions' },
    edited: { vi: 'Do quản trị viên cập nhật', en: 'Set by an administrator' },
    labourCode: { vi: 'Chưa có quyết định: theo Bộ luật Lao động', en: 'No decision yet: the Labour Code' },
  }),
  incompleteFact: vocabulary('incompleteFact', E.INCOMPLETE_FACTS, {
    producer: { vi: 'Thiếu chủ thể', en: 'Producer missing' },
    commune: { vi: 'Thiếu xã', en: 'Commune missing' },
    productSet: { vi: 'Thiếu bộ sản phẩm', en: 'Product set missing' },
    stars: { vi: 'Thiếu hạng sao', en: 'Stars missing' },
    decisionNumber: { vi: 'Thiếu số quyết định', en: 'Decision number missing' },
    decisionDate: { vi: 'Thiếu ngày quyết định', en: 'Decision date missing' },
  }),
  /** a product's certificate state in lists, filters and exports: its current certificate's state, or none */
  productCertificateState: vocabulary('productCertificateState', E.PRODUCT_CERTIFICATE_STATES, {
    ...CERTIFICATE_STATE_TERMS,
    none: { vi: 'Chưa có giấy chứng nhận', en: 'No certificate', tone: 'neutral' },
  }),
  ipStatus: vocabulary('ipStatus', E.IP_STATUSES, {
    none: { vi: 'Chưa đăng ký', en: 'None' },
    application_filed: { vi: 'Đã nộp đơn', en: 'Application filed' },
    application_accepted: { vi: 'Đơn đã được chấp nhận', en: 'Application accepted' },
    registered: { vi: 'Đã được cấp văn bằng', en: 'Registered' },
  }),
  documentKind: vocabulary('documentKind', E.DOCUMENT_KINDS, {
    business_registration: { vi: 'Đăng ký kinh doanh', en: 'Business registration' },
    food_safety: { vi: 'An toàn thực phẩm', en: 'Food safety' },
    quality_system: { vi: 'Hệ thống quản lý chất lượng', en: 'Quality system' },
    environment: { vi: 'Môi trường', en: 'Environment' },
    trademark: { vi: 'Nhãn hiệu', en: 'Trademark' },
    other: { vi: 'Giấy tờ khác', en: 'Other' },
  }),
  duplicateReason: vocabulary('duplicateReason', E.DUPLICATE_REASONS, {
    same_producer: { vi: 'Cùng chủ thể', en: 'Same producer' },
    related_producer: {
      vi: 'Chủ thể liên quan (MST, người đại diện hoặc địa chỉ)',
      en: 'Related producer (tax code, representative or address)',
    },
    same_set: { vi: 'Cùng bộ sản phẩm', en: 'Same product set' },
    similar_name: { vi: 'Tên gần giống', en: 'Similar name' },
    near_identical_name: { vi: 'Tên gần như trùng', en: 'Near-identical name' },
    similar_text: { vi: 'Mô tả/câu chuyện gần giống', en: 'Similar description or story' },
    similar_photo: { vi: 'Ảnh gần giống', en: 'Similar photos' },
  }),
  duplicateRelation: vocabulary('duplicateRelation', E.DUPLICATE_RELATIONS, {
    tax_code: { vi: 'Cùng mã số thuế', en: 'Same tax code' },
    representative: { vi: 'Cùng người đại diện', en: 'Same representative' },
    address: { vi: 'Cùng địa chỉ', en: 'Same address' },
  }),
  unitLevel: vocabulary('unitLevel', E.UNIT_LEVELS, {
    province: { vi: 'Cấp tỉnh', en: 'Province level' },
    district: { vi: 'Cấp huyện', en: 'District level' },
    commune: { vi: 'Cấp xã', en: 'Commune level' },
  }),
  unitType: vocabulary('unitType', E.UNIT_TYPES, {
    thanh_pho_tw: { vi: 'Thành phố trực thuộc trung ương', en: 'Centrally governed city' },
    tinh: { vi: 'Tỉnh', en: 'Province', plainWord: true },
    huyen: { vi: 'Huyện', en: 'District', plainWord: true },
    quan: { vi: 'Quận', en: 'Urban district', plainWord: true },
    thi_xa: { vi: 'Thị xã', en: 'District-level town' },
    thanh_pho: { vi: 'Thành phố thuộc tỉnh', en: 'Provincial city' },
    xa: { vi: 'Xã', en: 'Commune', plainWord: true },
    phuong: { vi: 'Phường', en: 'Ward', plainWord: true },
    thi_tran: { vi: 'Thị trấn', en: 'Township' },
    dac_khu: { vi: 'Đặc khu', en: 'Special zone' },
  }),
  mappingConfidence: vocabulary('mappingConfidence', E.MAPPING_CONFIDENCES, {
    exact_code: { vi: 'Khớp đúng mã', en: 'Exact code', tone: 'good' },
    padded_code: { vi: 'Khớp mã (thêm số 0)', en: 'Code with leading zeros', tone: 'good' },
    by_name: { vi: 'Khớp theo tên, cần xem lại', en: 'Matched by name, to review', tone: 'warn' },
    manual: { vi: 'Đã xác nhận thủ công', en: 'Settled by hand', tone: 'info' },
    unresolved: { vi: 'Chưa xác định', en: 'Unresolved', tone: 'bad' },
  }),
  ...WORK_VOCABULARIES,
  ...LIFECYCLE_VOCABULARIES,
  searchMatch: vocabulary('searchMatch', E.SEARCH_MATCH_FIELDS, {
    name: { vi: 'Tên', en: 'Name', plainWord: true },
    producer: { vi: 'Tên chủ thể', en: 'Producer name', plainWord: true },
    commune: { vi: 'Xã/phường', en: 'Commune', plainWord: true },
    province: { vi: 'Tỉnh/thành', en: 'Province', plainWord: true },
    recordedIn: { vi: 'Đơn vị ghi nhận trước sắp xếp', en: 'Unit recorded in before the reorganisation' },
  }),
  recordGap: vocabulary('recordGap', E.RECORD_GAPS, {
    productSet: { vi: 'bộ sản phẩm', en: 'product set' },
    productDescription: { vi: 'mô tả sản phẩm', en: 'product description' },
    productPhoto: { vi: 'ảnh sản phẩm', en: 'product photo' },
    producerRepresentative: { vi: 'người đại diện của chủ thể', en: "the producer's representative" },
    producerContact: { vi: 'số điện thoại hoặc email của chủ thể', en: "the producer's phone or email" },
  }),
  homeNextStep: vocabulary('homeNextStep', E.HOME_NEXT_STEPS, {
    completeRecord: { vi: 'Bổ sung hồ sơ', en: 'Complete the record', tone: 'warn' },
    startSelfAssessment: { vi: 'Tự đánh giá', en: 'Self-assess', tone: 'info' },
    continueSelfAssessment: { vi: 'Tiếp tục tự đánh giá', en: 'Continue the self-assessment', tone: 'info' },
    sheetFinished: { vi: 'Đã hoàn tất phiếu tự đánh giá', en: 'Self-assessment finished', tone: 'good' },
    prepareRenewal: { vi: 'Chuẩn bị đánh giá lại', en: 'Prepare the re-evaluation', tone: 'warn' },
    upToDate: { vi: 'Không có việc cần làm', en: 'Nothing to do now', tone: 'good' },
  }),
  dossierKind: vocabulary('dossierKind', E.DOSSIER_KINDS, {
    first: { vi: 'Đánh giá lần đầu', en: 'First evaluation', plainWord: true },
    upgrade: { vi: 'Nâng hạng', en: 'Upgrade', plainWord: true },
    reEvaluation: { vi: 'Đánh giá lại', en: 'Re-evaluation' },
  }),
  procedureLevel: vocabulary('procedureLevel', E.PROCEDURE_LEVELS, {
    commune: { vi: 'Cấp xã', en: 'Commune level', plainWord: true },
    district: { vi: 'Cấp huyện', en: 'District level', plainWord: true },
    province: { vi: 'Cấp tỉnh', en: 'Province level', plainWord: true },
    central: { vi: 'Cấp trung ương', en: 'Central level', plainWord: true },
  }),
  /** who acts at a step of the evaluation */
  procedureActor: vocabulary('procedureActor', E.PROCEDURE_ACTORS, {
    producer: { vi: 'Chủ thể OCOP', en: 'Producer', plainWord: true },
    commune: { vi: 'UBND cấp xã', en: 'Commune People’s Committee', plainWord: true },
    district: { vi: 'UBND cấp huyện', en: 'District People’s Committee', plainWord: true },
    districtCouncil: { vi: 'Hội đồng đánh giá, phân hạng cấp huyện', en: 'District evaluation council' },
    districtChair: { vi: 'Chủ tịch UBND cấp huyện', en: 'District People’s Committee chair' },
    provinceOcopUnit: { vi: 'Cơ quan tham mưu quản lý OCOP cấp tỉnh', en: 'Provincial OCOP agency' },
    provinceAdvisoryGroup: { vi: 'Tổ tư vấn cấp tỉnh', en: 'Provincial advisory group' },
    provinceCouncil: { vi: 'Hội đồng đánh giá, phân hạng cấp tỉnh', en: 'Provincial evaluation council' },
    provinceChair: { vi: 'Chủ tịch UBND cấp tỉnh', en: 'Provincial People’s Committee chair' },
    centralOcopUnit: { vi: 'Cơ quan quản lý OCOP cấp trung ương', en: 'Central OCOP agency' },
    centralAdvisoryGroup: { vi: 'Tổ tư vấn cấp trung ương', en: 'Central advisory group' },
    centralCouncil: { vi: 'Hội đồng đánh giá, phân hạng cấp trung ương', en: 'Central evaluation council' },
    minister: { vi: 'Bộ trưởng', en: 'Minister', plainWord: true },
  }),
  limitUnit: vocabulary('limitUnit', E.LIMIT_UNITS, {
    workingDays: { vi: 'ngày làm việc', en: 'working days' },
    calendarDays: { vi: 'ngày', en: 'calendar days' },
    months: { vi: 'tháng', en: 'months', plainWord: true },
  }),
  limitBound: vocabulary('limitBound', E.LIMIT_BOUNDS, {
    atMost: { vi: 'Không quá', en: 'At most' },
    atLeast: { vi: 'Ít nhất', en: 'At least' },
  }),
  instrumentRole: vocabulary('instrumentRole', E.INSTRUMENT_ROLES, {
    enacts: { vi: 'Ban hành', en: 'Enacts' },
    amends: { vi: 'Sửa đổi, bổ sung', en: 'Amends' },
  }),
} as const;

export const VOCABULARIES: readonly Vocabulary[] = Object.values(V) as Vocabulary[];
