// Every enumerated value the platform shows or exports, with its words in both
// languages beside its id. The API, the database and JSON exports keep the ids; the
// web pages, the PDFs and the .xlsx/.csv exports show the words. A value added to an
// enum of `src/shared` without words here fails `vocabulary.test.ts`, and the
// browser walk's raw-code check is built from the ids listed here.
import { AUDIT_ACTION_LABELS } from './audit-events.ts';
import * as E from './enums.ts';
import { LEGAL_TYPE_FILTERS, LEGAL_TYPE_LABELS, LEGAL_TYPES } from './registry.ts';
import { ROLE_LABELS, ROLES, SCOPE_KINDS } from './roles.ts';

export type Lang = 'vi' | 'en';

/** How a value is coloured where it is shown; never the only sign of it (the words are always there). */
export type Tone = 'neutral' | 'good' | 'info' | 'warn' | 'bad';

export interface Term {
  vi: string;
  en: string;
  tone?: Tone;
  /**
   * The id is also an ordinary word of running text (`xa`, `tinh`): the raw-code
   * check cannot tell it from text and leaves it out.
   */
  plainWord?: boolean;
}

export interface Vocabulary<Id extends string = string> {
  name: string;
  ids: readonly Id[];
  terms: Readonly<Record<Id, Term>>;
}

function vocabulary<const Id extends string>(
  name: string,
  ids: readonly Id[],
  terms: Record<Id, Term>,
): Vocabulary<Id> {
  return { name, ids, terms };
}

/** The words of a value in a language; an id this vocabulary does not know is returned as it is. */
export function termOf<Id extends string>(v: Vocabulary<Id>, id: Id | string, lang: Lang): string {
  const term = (v.terms as Record<string, Term | undefined>)[id];
  return term ? term[lang] : id;
}

export function toneOf<Id extends string>(v: Vocabulary<Id>, id: Id | string): Tone {
  return (v.terms as Record<string, Term | undefined>)[id]?.tone ?? 'neutral';
}

const withLabels = <Id extends string>(labels: Record<Id, { vi: string; en: string }>): Record<Id, Term> =>
  labels;

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
  importKind: vocabulary('importKind', E.IMPORT_KINDS, {
    producers: { vi: 'Chủ thể', en: 'Producers' },
    products: { vi: 'Sản phẩm', en: 'Products' },
  }),
  importStatus: vocabulary('importStatus', E.IMPORT_STATUSES, {
    uploaded: { vi: 'Đã tải lên', en: 'Uploaded', tone: 'neutral' },
    validated: { vi: 'Đã kiểm tra', en: 'Validated', tone: 'info' },
    committing: { vi: 'Đang ghi vào sổ', en: 'Committing', tone: 'info' },
    committed: { vi: 'Đã ghi vào sổ', en: 'Committed', tone: 'good' },
    failed: { vi: 'Ghi không thành công', en: 'Failed', tone: 'bad' },
    cancelled: { vi: 'Đã hủy', en: 'Cancelled', tone: 'neutral' },
  }),
  importListKind: vocabulary('importListKind', E.IMPORT_LIST_KINDS, {
    recognitions: { vi: 'Danh sách công nhận', en: 'Recognitions' },
    'council-results': { vi: 'Kết quả hội đồng', en: 'Council results' },
    revocations: { vi: 'Danh sách thu hồi', en: 'Revocations' },
  }),
  importRowKind: vocabulary('importRowKind', E.IMPORT_ROW_KINDS, {
    recognition: { vi: 'Công nhận', en: 'Recognition' },
    councilResult: { vi: 'Kết quả hội đồng, chờ quyết định', en: 'Council result awaiting the decision' },
    proposalToCentre: { vi: 'Đề nghị trung ương xét 5 sao', en: 'Proposed to the centre for 5 stars' },
    revocation: { vi: 'Thu hồi', en: 'Revocation' },
  }),
  importRowStatus: vocabulary('importRowStatus', E.IMPORT_ROW_STATUSES, {
    valid: { vi: 'Hợp lệ', en: 'Valid', tone: 'good' },
    incomplete: { vi: 'Hợp lệ, còn thiếu thông tin', en: 'Valid, with facts missing', tone: 'info' },
    invalid: { vi: 'Có lỗi', en: 'Invalid', tone: 'bad' },
    review: { vi: 'Cần xem lại', en: 'To review', tone: 'warn' },
    duplicate: { vi: 'Trùng', en: 'Duplicate', tone: 'warn' },
    committed: { vi: 'Đã ghi', en: 'Committed', tone: 'good' },
    skipped: { vi: 'Bỏ qua', en: 'Skipped', tone: 'neutral' },
  }),
  importPhase: vocabulary('importPhase', E.IMPORT_PHASES, {
    reading: { vi: 'Đang đọc tệp', en: 'Reading the file' },
    staging: { vi: 'Đang kiểm tra', en: 'Checking' },
    committing: { vi: 'Đang ghi vào sổ', en: 'Committing' },
    done: { vi: 'Xong', en: 'Done' },
  }),
  importAction: vocabulary('importAction', E.IMPORT_ACTIONS, {
    validate: { vi: 'Kiểm tra', en: 'Validate' },
    commit: { vi: 'Ghi vào sổ', en: 'Commit' },
    cancel: { vi: 'Hủy', en: 'Cancel' },
    correct: { vi: 'Sửa dòng', en: 'Correct a row' },
  }),
  importEvent: vocabulary('importEvent', E.IMPORT_WORKFLOW_EVENTS, {
    validate: { vi: 'Kiểm tra', en: 'Validate' },
    commit: { vi: 'Ghi vào sổ', en: 'Commit' },
    finish: { vi: 'Hoàn tất', en: 'Finish' },
    fail: { vi: 'Báo lỗi', en: 'Fail' },
    cancel: { vi: 'Hủy', en: 'Cancel' },
  }),
  sheetStatus: vocabulary('sheetStatus', E.SHEET_STATUSES, {
    draft: { vi: 'Bản nháp', en: 'Draft', tone: 'neutral' },
    final: { vi: 'Đã hoàn tất', en: 'Final', tone: 'good' },
  }),
  sheetAction: vocabulary('sheetAction', E.SHEET_ACTIONS, {
    finalise: { vi: 'Hoàn tất phiếu', en: 'Finalise' },
    reopen: { vi: 'Mở lại để sửa', en: 'Reopen' },
  }),
  criterionKind: vocabulary('criterionKind', E.CRITERION_KINDS, {
    options: { vi: 'Chọn một mức', en: 'One level' },
    binary: { vi: 'Có / không', en: 'Yes / no' },
    group: { vi: 'Nhóm tiêu chí', en: 'Group of criteria' },
  }),
  rubricRuleKind: vocabulary('rubricRuleKind', E.RUBRIC_RULE_KINDS, {
    knockOut: { vi: 'Loại sản phẩm', en: 'Knock-out' },
    stopRule: { vi: 'Dừng đánh giá', en: 'Stop rule' },
    eligibility: { vi: 'Điều kiện tham gia', en: 'Eligibility' },
    appliesIf: { vi: 'Chỉ áp dụng khi', en: 'Applies only if' },
  }),
  disqualificationKind: vocabulary('disqualificationKind', E.DISQUALIFICATION_KINDS, {
    knockOut: { vi: 'Loại sản phẩm', en: 'Knock-out' },
    stopRule: { vi: 'Dừng đánh giá', en: 'Stop rule' },
    eligibility: { vi: 'Điều kiện tham gia', en: 'Eligibility' },
    appliesIf: { vi: 'Chỉ áp dụng khi', en: 'Applies only if' },
    finding: { vi: 'Kết luận của thành viên hội đồng', en: 'Council member’s finding' },
  }),
  adviceReason: vocabulary('adviceReason', E.ADVICE_REASONS, {
    marker: { vi: 'Yêu cầu tối thiểu của tiêu chí có dấu sao', en: 'Minimum of a starred criterion' },
    points: { vi: 'Thêm điểm', en: 'More points' },
  }),
  sex: vocabulary('sex', E.SEXES, {
    male: { vi: 'Nam', en: 'Male' },
    female: { vi: 'Nữ', en: 'Female' },
  }),
  rubricRuleEffect: vocabulary('rubricRuleEffect', E.RUBRIC_RULE_EFFECTS, {
    productExcluded: { vi: 'Sản phẩm bị loại', en: 'Product excluded' },
    evaluationStopped: { vi: 'Dừng đánh giá', en: 'Evaluation stopped' },
    dossierRejected: { vi: 'Hồ sơ bị trả lại', en: 'Dossier rejected' },
    notEvaluated: { vi: 'Không đánh giá', en: 'Not evaluated' },
  }),
  rubricCitationField: vocabulary('rubricCitationField', E.RUBRIC_CITATION_FIELDS, {
    notes: { vi: 'Ghi chú', en: 'Notes' },
    title: { vi: 'Tên tiêu chí', en: 'Title' },
    option: { vi: 'Mức đánh giá', en: 'Option' },
    disqualification: { vi: 'Căn cứ loại', en: 'Disqualification' },
  }),
  rubricOrigin: vocabulary('rubricOrigin', E.RUBRIC_ORIGINS, {
    shipped: { vi: 'Kèm theo phần mềm', en: 'Shipped' },
    imported: { vi: 'Do quản trị nhập', en: 'Imported' },
  }),
  rubricDiffKind: vocabulary('rubricDiffKind', E.RUBRIC_DIFF_KINDS, {
    set_added: { vi: 'Thêm bộ sản phẩm', en: 'Set added' },
    set_removed: { vi: 'Bỏ bộ sản phẩm', en: 'Set removed' },
    criterion_added: { vi: 'Thêm tiêu chí', en: 'Criterion added' },
    criterion_removed: { vi: 'Bỏ tiêu chí', en: 'Criterion removed' },
  }),
  healthStatus: vocabulary('healthStatus', E.HEALTH_STATUSES, {
    ok: { vi: 'Hoạt động bình thường', en: 'OK', plainWord: true },
    degraded: { vi: 'Suy giảm', en: 'Degraded' },
  }),
  /** what an audit row is about; ids that are also English words are marked as such */
  auditObjectType: vocabulary('auditObjectType', E.AUDIT_OBJECT_TYPES, {
    user: { vi: 'Tài khoản', en: 'Account', plainWord: true },
    producer: { vi: 'Chủ thể OCOP', en: 'Producer', plainWord: true },
    product: { vi: 'Sản phẩm', en: 'Product', plainWord: true },
    admin_unit_mapping: { vi: 'Ánh xạ xã cũ → mới', en: 'Old → new commune mapping' },
    import: { vi: 'Lần nhập dữ liệu', en: 'Data import', plainWord: true },
    rubric_version: { vi: 'Bộ tiêu chí', en: 'Rubric version' },
    calendar_year: { vi: 'Lịch ngày nghỉ của năm', en: 'Days off of a year' },
    dossier: { vi: 'Hồ sơ đánh giá', en: 'Evaluation dossier' },
    registry: { vi: 'Sổ đăng ký', en: 'Registry', plainWord: true },
    test: { vi: 'Thử nghiệm', en: 'Test', plainWord: true },
  }),
  /** what a verification of the audit chain found wrong */
  auditProblem: vocabulary('auditProblem', E.AUDIT_PROBLEM_KINDS, {
    hash_mismatch: {
      vi: 'Nội dung dòng không khớp với mã băm của nó (dòng đã bị sửa)',
      en: 'The row’s content does not match its hash (the row was edited)',
      tone: 'bad',
    },
    chain_break: {
      vi: 'Dòng không nối tiếp dòng trước (chuỗi bị đứt)',
      en: 'The row does not follow the previous one (the chain is broken)',
      tone: 'bad',
    },
    id_gap: { vi: 'Thiếu dòng (có dòng đã bị xóa)', en: 'Rows are missing (deleted)', tone: 'bad' },
    checkpoint_mismatch: {
      vi: 'Điểm kiểm tra đã ký ghi nhận mã băm khác (chuỗi đã bị tính lại)',
      en: 'A signed checkpoint recorded another hash (the chain was recomputed)',
      tone: 'bad',
    },
    checkpoint_missing_row: {
      vi: 'Điểm kiểm tra đã ký có dòng mà chuỗi không còn (phần cuối bị cắt)',
      en: 'A signed checkpoint covers a row the chain no longer has (the tail was cut)',
      tone: 'bad',
    },
    checkpoint_bad_signature: {
      vi: 'Điểm kiểm tra không đọc được hoặc chữ ký không hợp lệ',
      en: 'A checkpoint is unreadable or its signature is not valid',
      tone: 'bad',
    },
    head_mismatch: {
      vi: 'Dòng đầu chuỗi không trỏ vào dòng cuối cùng',
      en: 'The head row does not point at the last row',
      tone: 'bad',
    },
    personal_mismatch: {
      vi: 'Dữ liệu cá nhân đã bị sửa',
      en: 'A personal value was altered',
      tone: 'bad',
    },
    kept_head_mismatch: {
      vi: 'Bản sao đầu chuỗi lưu nơi khác ghi nhận mã băm khác (chuỗi đã bị viết lại)',
      en: 'The head kept elsewhere recorded another hash (the chain was rewritten)',
      tone: 'bad',
    },
    kept_head_missing_row: {
      vi: 'Bản sao đầu chuỗi lưu nơi khác có dòng mà chuỗi không còn',
      en: 'The head kept elsewhere covers a row the chain no longer has',
      tone: 'bad',
    },
    kept_head_bad_signature: {
      vi: 'Bản sao đầu chuỗi lưu nơi khác không được ký bằng khóa của chuỗi này',
      en: 'The head kept elsewhere is not signed by this chain’s key',
      tone: 'bad',
    },
  }),
  dbKind: vocabulary('dbKind', E.DB_KINDS, {
    pglite: { vi: 'PGlite (nhúng)', en: 'PGlite (embedded)' },
    postgres: { vi: 'PostgreSQL', en: 'PostgreSQL' },
  }),
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
