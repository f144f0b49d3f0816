// The words of the platform's working machinery: imports and their sheets, the
// rubric packs and their rules, the self-assessment's advice, the system's health
// and the audit chain's checks. Part of V (src/shared/vocabulary.ts).
import { vocabulary } from './vocabulary-kit.ts';
import * as E from './enums.ts';

export const WORK_VOCABULARIES = {
  dossierAction: vocabulary('dossierAction', E.DOSSIER_ACTION_EVENTS, {
    submit: { vi: 'Nộp hồ sơ', en: 'Submit' },
    resubmit: { vi: 'Nộp lại', en: 'Submit again' },
    withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
    returnToProducer: { vi: 'Trả lại chủ thể', en: 'Return to the producer' },
    returnToCommune: { vi: 'Trả lại xã', en: 'Return to the commune' },
    sendBackToProvince: { vi: 'Gửi lại tỉnh', en: 'Send back to the province' },
    checkAtCommune: { vi: 'Kiểm tra, đề nghị tỉnh (Mẫu 03)', en: 'Check and propose (Form 03)' },
    accept: { vi: 'Tiếp nhận', en: 'Accept' },
    startAdvisoryReview: { vi: 'Chuyển tổ tư vấn', en: 'Send to the advisory group' },
    startScoring: { vi: 'Đưa ra hội đồng', en: 'Put to the council' },
    notRecognise: { vi: 'Không công nhận (dưới 3 sao)', en: 'Do not recognise (below 3 stars)' },
    forwardToCentre: { vi: 'Đề nghị trung ương xét 5 sao', en: 'Propose to the centre for 5 stars' },
    startCentreReview: { vi: 'Trung ương tiếp nhận', en: 'Take up at the centre' },
    returnFromCentre: { vi: 'Trả về tỉnh công nhận 3–4 sao', en: 'Return to the province for 3–4 stars' },
  }),
  ideaStage: vocabulary('ideaStage', E.IDEA_STAGES, {
    draft: { vi: 'Đang soạn', en: 'Draft', plainWord: true },
    submitted: { vi: 'Đã gửi xã', en: 'Sent to the commune' },
    returned: { vi: 'Xã trả lại', en: 'Returned', plainWord: true },
    declined: { vi: 'Không được chọn', en: 'Not selected', tone: 'bad' },
    selected: { vi: 'Được chọn, chờ phương án', en: 'Selected, plan due' },
    planSubmitted: { vi: 'Đã gửi phương án', en: 'Plan sent' },
    planApproved: { vi: 'Phương án đã duyệt', en: 'Plan approved', tone: 'good' },
    productRegistered: { vi: 'Đã thành sản phẩm', en: 'Now a product', tone: 'good' },
    withdrawn: { vi: 'Đã rút', en: 'Withdrawn', plainWord: true },
  }),
  ideaAction: vocabulary('ideaAction', E.IDEA_EVENTS, {
    submit: { vi: 'Gửi xã', en: 'Send to the commune' },
    returnIdea: { vi: 'Trả lại', en: 'Return' },
    resubmit: { vi: 'Gửi lại', en: 'Send again' },
    decline: { vi: 'Không chọn', en: 'Decline', plainWord: true },
    select: { vi: 'Chọn vào danh sách', en: 'Select for the list' },
    submitPlan: { vi: 'Gửi phương án kinh doanh', en: 'Send the business plan' },
    returnPlan: { vi: 'Trả lại phương án', en: 'Return the plan' },
    approvePlan: { vi: 'Duyệt phương án', en: 'Approve the plan' },
    registerProduct: { vi: 'Đăng ký thành sản phẩm', en: 'Register as a product' },
    withdraw: { vi: 'Rút ý tưởng', en: 'Withdraw', plainWord: true },
  }),
  ideaKind: vocabulary('ideaKind', E.IDEA_KINDS, {
    newProduct: { vi: 'Sản phẩm mới', en: 'New product' },
    existingProduct: { vi: 'Sản phẩm đang sản xuất', en: 'Product already made' },
  }),
  registrationStep: vocabulary('registrationStep', E.REGISTRATION_STEPS, {
    ideas: { vi: 'đăng ký ý tưởng sản phẩm', en: 'product ideas' },
    plans: { vi: 'nộp phương án kinh doanh', en: 'business plans' },
  }),
  ideaQueue: vocabulary('ideaQueue', E.IDEA_QUEUES, {
    mine: { vi: 'Chờ tôi xử lý', en: 'Waiting for me' },
  }),
  memberPosition: vocabulary('memberPosition', E.MEMBER_POSITIONS, {
    chair: { vi: 'Chủ tịch hội đồng', en: 'Chair' },
    viceChair: { vi: 'Phó Chủ tịch hội đồng', en: 'Vice-chair' },
    member: { vi: 'Thành viên', en: 'Member', plainWord: true },
    secretary: { vi: 'Thư ký hội đồng', en: 'Secretary' },
  }),
  councilTotal: vocabulary('councilTotal', E.COUNCIL_TOTALS, {
    mean: { vi: 'Điểm trung bình cộng', en: 'Mean of the totals' },
    median: { vi: 'Điểm trung vị', en: 'Median of the totals' },
  }),
  councilMarkerRule: vocabulary('councilMarkerRule', E.COUNCIL_MARKER_RULES, {
    majority: { vi: 'Đa số phiếu đạt', en: 'Met on most sheets' },
    all: { vi: 'Tất cả phiếu đạt', en: 'Met on every sheet' },
  }),
  memberSheetStanding: vocabulary('memberSheetStanding', E.MEMBER_SHEET_STANDINGS, {
    conflict: { vi: 'Đã khai báo xung đột lợi ích', en: 'Conflict of interest declared' },
    notExpected: { vi: 'Không chấm hồ sơ này', en: 'Not scoring this dossier' },
    toScore: { vi: 'Chưa gửi phiếu', en: 'Sheet not sent', tone: 'warn' },
    sent: { vi: 'Đã gửi phiếu', en: 'Sheet sent', tone: 'good' },
  }),
  councilSheetStatus: vocabulary('councilSheetStatus', E.COUNCIL_SHEET_STATUSES, {
    draft: { vi: 'Đang chấm', en: 'Being filled' },
    sent: { vi: 'Đã gửi hội đồng', en: 'Sent to the council' },
    locked: { vi: 'Đã khóa', en: 'Locked', plainWord: true },
  }),
  sessionMode: vocabulary('sessionMode', E.SESSION_MODES, {
    meeting: { vi: 'Họp trực tiếp', en: 'Meeting', plainWord: true },
    writtenOpinion: { vi: 'Lấy ý kiến bằng văn bản', en: 'Written opinions' },
  }),
  sessionState: vocabulary('sessionState', E.SESSION_STATES, {
    planned: { vi: 'Đã lên lịch', en: 'Planned', plainWord: true },
    scoring: { vi: 'Đang chấm điểm', en: 'Scoring', plainWord: true },
    closed: { vi: 'Đã kết thúc', en: 'Closed', plainWord: true, tone: 'good' },
    cancelled: { vi: 'Đã hủy', en: 'Cancelled', plainWord: true, tone: 'bad' },
  }),
  sessionAction: vocabulary('sessionAction', E.SESSION_EVENTS, {
    openScoring: { vi: 'Mở chấm điểm', en: 'Open the scoring' },
    closeSession: { vi: 'Kết thúc phiên họp', en: 'Close the session' },
    cancel: { vi: 'Hủy phiên họp', en: 'Cancel the session' },
  }),
  sessionItemState: vocabulary('sessionItemState', E.SESSION_ITEM_STATES, {
    scoring: { vi: 'Đang chấm', en: 'Being scored' },
    rescoring: { vi: 'Đang chấm lại', en: 'Being re-scored', tone: 'warn' },
    closed: { vi: 'Đã có kết quả', en: 'Result recorded', tone: 'good' },
  }),
  sessionItemAction: vocabulary('sessionItemAction', E.SESSION_ITEM_EVENTS, {
    requestRescoring: { vi: 'Yêu cầu chấm lại', en: 'Ask for re-scoring' },
    closeItem: { vi: 'Chốt kết quả', en: 'Close with the result' },
  }),
  decisionState: vocabulary('decisionState', E.DECISION_STATES, {
    draft: { vi: 'Dự thảo', en: 'Draft', plainWord: true },
    signed: { vi: 'Đã ký', en: 'Signed', plainWord: true, tone: 'good' },
    published: { vi: 'Đã công bố', en: 'Published', plainWord: true, tone: 'good' },
  }),
  decisionAction: vocabulary('decisionAction', E.DECISION_EVENTS, {
    sign: { vi: 'Tải lên quyết định đã ký', en: 'Upload the signed decision' },
    publish: { vi: 'Công bố kết quả', en: 'Publish the results' },
  }),
  complaintStatus: vocabulary('complaintStatus', E.COMPLAINT_STATUSES, {
    open: { vi: 'Chờ trả lời', en: 'Awaiting an answer', tone: 'warn' },
    answered: { vi: 'Đã trả lời', en: 'Answered', plainWord: true },
  }),
  roundLevel: vocabulary('roundLevel', E.ROUND_LEVELS, {
    province: { vi: 'Cấp tỉnh', en: 'Provincial' },
    central: { vi: 'Cấp trung ương', en: 'Central' },
  }),
  roundKind: vocabulary('roundKind', E.ROUND_KINDS, {
    regular: { vi: 'Đợt thường kỳ', en: 'Regular round' },
    extra: { vi: 'Đợt bổ sung', en: 'Extra round' },
  }),
  deadlineStanding: vocabulary('deadlineStanding', E.DEADLINE_STANDINGS, {
    open: { vi: 'Còn hạn', en: 'Open', plainWord: true },
    dueToday: { vi: 'Hết hạn hôm nay', en: 'Due today' },
    overdue: { vi: 'Quá hạn', en: 'Overdue', plainWord: true },
  }),
  paperStanding: vocabulary('paperStanding', E.PAPER_STANDINGS, {
    valid: { vi: 'Còn hiệu lực', en: 'Valid', plainWord: true },
    expiringSoon: { vi: 'Sắp hết hạn', en: 'Expiring soon' },
    expired: { vi: 'Đã hết hạn', en: 'Expired', plainWord: true },
    noExpiry: { vi: 'Không thời hạn', en: 'No expiry' },
  }),
  dossierQueue: vocabulary('dossierQueue', E.DOSSIER_QUEUES, {
    mine: { vi: 'Hồ sơ chờ tôi xử lý', en: 'Waiting for me' },
    overdue: { vi: 'Xã kiểm tra quá hạn', en: 'Commune checks overdue' },
  }),
  dossierItem: vocabulary('dossierItem', E.DOSSIER_ITEMS, {
    form01: { vi: 'Phiếu đăng ký (Mẫu 01)', en: 'Registration (Form 01)' },
    'form02.general': { vi: 'Mẫu 02 — I. Thông tin chung', en: 'Form 02 — I. General information' },
    'form02.business': {
      vi: 'Mẫu 02 — II. Kết quả sản xuất, kinh doanh',
      en: 'Form 02 — II. Business results',
    },
    'form02.selfAssessment': { vi: 'Mẫu 02 — III. Tự đánh giá', en: 'Form 02 — III. Self-assessment' },
    'form02.plan': { vi: 'Mẫu 02 — IV. Kế hoạch', en: 'Form 02 — IV. Plan' },
    papers: { vi: 'Giấy tờ pháp lý', en: 'Legal papers' },
    samples: { vi: 'Mẫu sản phẩm', en: 'Product samples' },
    form03: { vi: 'Phiếu đánh giá của xã (Mẫu 03)', en: 'Commune check (Form 03)' },
    other: { vi: 'Khác', en: 'Other', plainWord: true },
  }),
  dossierReviewKind: vocabulary('dossierReviewKind', E.DOSSIER_REVIEW_KINDS, {
    siteVisit: { vi: 'Khảo sát thực tế', en: 'Site visit' },
    testRequest: { vi: 'Đề nghị kiểm nghiệm bổ sung', en: 'Extra test requested' },
    labResult: { vi: 'Kết quả kiểm nghiệm', en: 'Lab result' },
    advisoryReport: { vi: 'Báo cáo của tổ tư vấn', en: 'Advisory group report' },
    redoOrder: { vi: 'Văn bản yêu cầu đánh giá lại của Bộ', en: 'The ministry’s order to redo' },
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
    evaluation_round: { vi: 'Đợt đánh giá, phân hạng', en: 'Evaluation round' },
    registration_call: { vi: 'Đợt đăng ký ý tưởng sản phẩm', en: 'Call for product ideas' },
    product_idea: { vi: 'Ý tưởng sản phẩm', en: 'Product idea' },
    council: { vi: 'Hội đồng đánh giá, phân hạng', en: 'Evaluation council' },
    council_session: { vi: 'Phiên họp hội đồng', en: 'Council session' },
    decision: { vi: 'Quyết định công nhận', en: 'Recognition decision' },
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
};
