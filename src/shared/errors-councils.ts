// Error codes of councils, decisions and certificates issued from them (part of
// ERRORS in errors.ts): scoring and its sessions, decision numbers, the 5★ path,
// complaints. Same shape: the HTTP status and the message in Vietnamese and English.
export const COUNCIL_ERRORS = {
  COUNCIL_RULES_INVALID: {
    status: 400,
    vi: 'Quy chế hội đồng không hợp lệ: {detail}',
    en: 'The council rules are not valid: {detail}',
  },
  MEMBER_ACCOUNT_MISSING: {
    status: 409,
    vi: 'Chưa có tài khoản đang hoạt động với email {email}; đề nghị quản trị hệ thống tạo tài khoản trước',
    en: 'No active account has the e-mail {email}; ask an administrator to create it first',
  },
  COUNCIL_MEMBER_EXISTS: {
    status: 409,
    vi: 'Người này đã là thành viên hội đồng, hoặc hội đồng đã có chủ tịch',
    en: 'This person is already a member, or the council already has a chair',
  },
  NOT_A_MEMBER: {
    status: 403,
    vi: 'Bạn không phải thành viên chấm điểm của hội đồng này',
    en: 'You are not a scoring member of this council',
  },
  CONFLICT_DECLARED: {
    status: 403,
    vi: 'Bạn đã khai báo xung đột lợi ích với chủ thể của sản phẩm này nên không chấm hồ sơ này',
    en: 'You declared a conflict of interest with this producer and do not score this dossier',
  },
  QUORUM_NOT_MET: {
    status: 409,
    vi: 'Chưa đủ số thành viên theo quy chế ({present}/{needed}, chủ tịch {chair}) để mở chấm điểm',
    en: 'The quorum of the council rules is not met ({present}/{needed}, chair {chair})',
  },
  SESSION_EMPTY: {
    status: 409,
    vi: 'Phiên họp chưa có hồ sơ nào',
    en: 'The session has no dossier yet',
  },
  SESSION_NOT_PLANNED: {
    status: 409,
    vi: 'Phiên họp đã mở chấm điểm; không thay đổi danh sách hồ sơ hoặc thành phần tham dự được nữa',
    en: 'Scoring has opened; the dossiers and attendance can no longer change',
  },
  SESSION_ITEMS_OPEN: {
    status: 409,
    vi: 'Còn hồ sơ chưa chốt kết quả trong phiên họp',
    en: 'Some dossiers of the session have no result yet',
  },
  SCORING_NOT_OPEN: {
    status: 409,
    vi: 'Hồ sơ này không đang mở chấm điểm',
    en: 'This dossier is not open for scoring',
  },
  SCORING_CLOSED: {
    status: 409,
    vi: 'Hội đồng đã chốt kết quả hồ sơ này; phiếu chấm đã khóa',
    en: 'The council has closed this dossier; the sheets are locked',
  },
  SHEET_LOCKED: {
    status: 409,
    vi: 'Phiếu chấm đã khóa; chỉ điều chỉnh bằng một phiên bản mới có lý do',
    en: 'The sheet is locked; only a new version with a reason can correct it',
  },
  SHEET_CONFLICT: {
    status: 409,
    vi: 'Phiếu này đã được lưu từ thiết bị khác; chọn giữ bản nào trước khi gửi tiếp',
    en: 'This sheet was saved from another device; choose which copy to keep before sending again',
  },
  SHEET_INCOMPLETE: {
    status: 422,
    vi: 'Phiếu chấm còn {count} tiêu chí chưa chọn mức điểm',
    en: 'The sheet has {count} criteria without a chosen level',
  },
  SHEETS_MISSING: {
    status: 409,
    vi: 'Còn thành viên chưa gửi phiếu chấm ({missing})',
    en: 'Some members have not sent their sheets ({missing})',
  },
  NO_DIVERGENCE: {
    status: 409,
    vi: 'Kết quả không có chênh lệch cần chấm lại',
    en: 'The result shows no divergence to re-score',
  },
  RESCORING_REQUIRED: {
    status: 409,
    vi: 'Có thành viên hoặc tiêu chí chênh lệch vượt quy chế; cần chấm lại trước khi chốt',
    en: 'A member or criterion diverges beyond the rules; re-score before closing',
  },
  RESCORING_OUTSIDE_CRITERIA: {
    status: 422,
    vi: 'Khi chấm lại chỉ được sửa các tiêu chí được yêu cầu ({detail})',
    en: 'A re-scoring may change only the criteria in question ({detail})',
  },
  MEETING_REQUIRED: {
    status: 409,
    vi: 'Ý kiến bằng văn bản không thống nhất; hội đồng phải họp trước khi chốt kết quả',
    en: 'The written opinions diverge; the council must meet before closing',
  },
  CORRECTION_NOT_ALLOWED: {
    status: 409,
    vi: 'Không điều chỉnh được phiếu chấm: {reasonVi}',
    en: 'The sheet cannot be corrected: {reasonEn}',
  },
  DECISION_NOT_SIGNED: {
    status: 409,
    vi: 'Chưa có quyết định đã ký (bản ký số hoặc bản chụp có số, ngày ký); bản PDF tạo ra chỉ là dự thảo',
    en: 'There is no signed decision yet (a signed copy with its number and date); a generated PDF is only a draft',
  },
  DECISION_NUMBER_TAKEN: {
    status: 409,
    vi: 'Số quyết định {number} đã được dùng trong năm {year}',
    en: 'Decision number {number} is already used in {year}',
  },
  DECISION_NUMBER_INVALID: {
    status: 400,
    vi: 'Số quyết định phải có dạng "123/{suffix}"',
    en: 'The decision number must read like "123/{suffix}"',
  },
  DECISION_ITEMS_INVALID: {
    status: 409,
    vi: 'Không đưa được hồ sơ vào quyết định: {detail}',
    en: 'These dossiers cannot be decided: {detail}',
  },
  CERTIFICATE_NOT_PRINTABLE: {
    status: 409,
    vi: 'Giấy chứng nhận này được ghi nhận từ danh sách đã công bố, thiếu thông tin để in lại',
    en: 'This certificate was recorded from a published list and lacks the facts to print it',
  },
  SCORE_BELOW_90: {
    status: 409,
    vi: 'Chỉ sản phẩm đạt từ 90 điểm mới đề nghị trung ương xét 5 sao',
    en: 'Only a product of 90 points or more is proposed to the centre for 5 stars',
  },
  COMPLAINT_PERIOD_OVER: {
    status: 409,
    vi: 'Đã hết thời hạn khiếu nại kết quả ({dueOn})',
    en: 'The period to complain about the result has ended ({dueOn})',
  },
  COMPLAINT_NOT_OPEN: {
    status: 409,
    vi: 'Chưa có kết quả để khiếu nại, hoặc khiếu nại đã được trả lời',
    en: 'There is no result to complain about yet, or the complaint is answered',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;
