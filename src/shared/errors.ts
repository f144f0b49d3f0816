// Error codes the client can rely on, with their HTTP status and the message in
// Vietnamese and English. `{name}` slots are filled from the error params.
import { COUNCIL_ERRORS } from './errors-councils.ts';
import { LIFECYCLE_ERRORS } from './errors-lifecycle.ts';

export const ERRORS = {
  ...COUNCIL_ERRORS,
  ...LIFECYCLE_ERRORS,
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu không hợp lệ', en: 'The request is not valid' },
  MALFORMED_URL: {
    status: 400,
    vi: 'Địa chỉ yêu cầu có mã hóa phần trăm (%) không hợp lệ',
    en: 'The request address has invalid percent-encoding',
  },
  MALFORMED_JSON: { status: 400, vi: 'Nội dung JSON không đọc được', en: 'The JSON body cannot be parsed' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Chỉ chấp nhận nội dung application/json',
    en: 'Only application/json bodies are accepted',
  },
  BODY_TOO_LARGE: {
    status: 413,
    vi: 'Nội dung gửi lên quá lớn (tối đa {limit} byte)',
    en: 'The request body is too large (at most {limit} bytes)',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy', en: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, vi: 'Không có đường dẫn {method} {path}', en: 'No route {method} {path}' },
  UNAUTHENTICATED: { status: 401, vi: 'Vui lòng đăng nhập', en: 'Please sign in' },
  INVALID_CREDENTIALS: { status: 401, vi: 'Email hoặc mật khẩu không đúng', en: 'Wrong email or password' },
  ACCOUNT_DISABLED: { status: 403, vi: 'Tài khoản đã bị khóa', en: 'This account is disabled' },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này',
    en: 'You are not allowed to do this',
  },
  CSRF_FAILED: {
    status: 403,
    vi: 'Thiếu hoặc sai mã chống giả mạo (CSRF)',
    en: 'Missing or wrong anti-forgery (CSRF) token',
  },
  RATE_LIMITED: {
    status: 429,
    vi: 'Quá nhiều yêu cầu, thử lại sau {retryAfter} giây',
    en: 'Too many requests; retry in {retryAfter} seconds',
  },
  WRONG_PASSWORD: { status: 400, vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  WEAK_PASSWORD: {
    status: 400,
    vi: 'Mật khẩu mới phải có ít nhất 10 ký tự, gồm chữ và số',
    en: 'The new password needs at least 10 characters with letters and digits',
  },
  EMAIL_TAKEN: { status: 409, vi: 'Email đã được dùng', en: 'This email is already used' },
  GRANT_NOT_HELD: { status: 403, vi: 'Bạn không giữ vai trò này', en: 'You do not hold this role' },
  INVALID_SCOPE: {
    status: 400,
    vi: 'Vai trò “{roleVi}” không cấp được trên phạm vi {scopeVi}',
    en: 'The role “{roleEn}” cannot be granted on {scopeEn}',
  },
  PUBLIC_ADDRESS_NOT_FOUND: {
    status: 404,
    vi: 'Không có sản phẩm OCOP nào mang địa chỉ công khai {publicId}',
    en: 'No OCOP product has the public address {publicId}',
  },
  PRODUCER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy chủ thể {id}', en: 'Producer {id} not found' },
  MAPPING_PROVINCE_MISMATCH: {
    status: 400,
    vi: 'Xã/phường {code} không thuộc tỉnh kế thừa {province} của đơn vị cũ',
    en: 'Commune {code} is not in {province}, the successor province of the old unit',
  },
  UNIT_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy đơn vị hành chính {code}',
    en: 'Administrative unit {code} not found',
  },
  STRUCTURE_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy phiên bản đơn vị hành chính {id}',
    en: 'Administrative structure version {id} not found',
  },
  MAPPING_NOT_FOUND: { status: 404, vi: 'Không tìm thấy dòng ánh xạ', en: 'Mapping row not found' },
  UNIT_NOT_CURRENT: {
    status: 400,
    vi: 'Đơn vị {code} không thuộc cấu trúc hiện hành',
    en: 'Unit {code} is not in the current structure',
  },
  TAX_CODE_INVALID: {
    status: 400,
    vi: 'Mã số thuế “{value}” không hợp lệ: {reason}',
    en: 'Tax code “{value}” is not valid: {reason}',
  },
  TAX_CODE_TAKEN: {
    status: 409,
    vi: 'Mã số thuế {value} đã được đăng ký cho một chủ thể khác',
    en: 'Tax code {value} is already registered to another producer',
  },
  GTIN_INVALID: {
    status: 400,
    vi: 'Mã GTIN “{value}” sai số kiểm tra hoặc độ dài',
    en: 'GTIN “{value}” has a wrong check digit or length',
  },
  UNIT_NOT_COMMUNE: {
    status: 400,
    vi: 'Địa chỉ phải là một xã, phường hoặc đặc khu của cấu trúc hiện hành (nhận được {code})',
    en: 'The address must be a commune, ward or special zone of the current structure (got {code})',
  },
  PRODUCER_FIELD_OFFICER_ONLY: {
    status: 403,
    vi: '“{fieldVi}” của chủ thể đã được xác nhận chỉ do cán bộ OCOP của xã hoặc tỉnh sửa; hãy liên hệ cán bộ OCOP của xã',
    en: '“{fieldEn}” of a confirmed producer is changed by a commune or provincial OCOP officer; contact your commune’s OCOP officer',
  },
  REASON_REQUIRED: {
    status: 400,
    vi: 'Hãy ghi lý do để “{eventVi}”',
    en: 'Give a reason to “{eventEn}”',
  },
  PRODUCER_NOT_ACTIVE: {
    status: 409,
    vi: 'Chủ thể “{name}” đang ở trạng thái “{statusVi}”: sản phẩm chỉ được tự đánh giá khi chủ thể đã được xã xác nhận và đang hoạt động',
    en: 'Producer “{name}” is “{statusEn}”: products are self-assessed once their producer is confirmed by its commune and active',
  },
  PRODUCT_CODE_TAKEN: {
    status: 409,
    vi: 'Mã sản phẩm {value} đã tồn tại',
    en: 'Product code {value} already exists',
  },
  FILE_TOO_LARGE: {
    status: 413,
    vi: 'Tệp quá lớn (tối đa {limit})',
    en: 'The file is too large (at most {limit})',
  },
  IMAGE_INVALID: {
    status: 400,
    vi: 'Ảnh phải là tệp JPEG, PNG hoặc WebP hợp lệ, không quá 40 triệu điểm ảnh',
    en: 'The photo must be a valid JPEG, PNG or WebP of at most 40 megapixels',
  },
  MULTIPART_REQUIRED: {
    status: 415,
    vi: 'Tải tệp lên bằng multipart/form-data, trường “file”',
    en: 'Upload the file as multipart/form-data in the field “file”',
  },
  PHOTO_LIMIT: {
    status: 400,
    vi: 'Mỗi sản phẩm có tối đa {max} ảnh',
    en: 'A product has at most {max} photos',
  },
  IMPORT_FILE_INVALID: {
    status: 400,
    vi: 'Tệp không đọc được: {reasonVi}',
    en: 'The file cannot be read: {reasonEn}',
  },
  IMPORT_NO_HEADER: {
    status: 400,
    vi: 'Không tìm thấy dòng tiêu đề cột trong tệp',
    en: 'No header row was found in the file',
  },
  IMPORT_STATE: {
    status: 409,
    vi: 'Lần nhập này đang ở trạng thái “{stateVi}”, không thực hiện được thao tác',
    en: 'This import is “{stateEn}”; the action is not possible',
  },
  IMPORT_COMMIT_FAILED: {
    status: 409,
    vi: 'Ghi vào sổ không thành công, không có dòng nào được ghi; lần nhập được đánh dấu thất bại, hãy kiểm tra lại rồi thử lại',
    en: 'The commit failed and nothing was written; the import is marked failed: validate it again and retry',
  },
  IMPORT_MAPPING_INVALID: {
    status: 400,
    vi: 'Ánh xạ cột không hợp lệ: {detail}',
    en: 'The column mapping is not valid: {detail}',
  },
  CALENDAR_DATE_OUTSIDE_YEAR: {
    status: 400,
    vi: 'Ngày {date} không thuộc năm {year}',
    en: 'The date {date} is not in {year}',
  },
  CALENDAR_DATE_TWICE: {
    status: 400,
    vi: 'Ngày {date} được khai hai lần',
    en: 'The date {date} is given twice',
  },
  CALENDAR_MAKE_UP_NOT_WEEKEND: {
    status: 400,
    vi: 'Ngày làm bù {date} không phải thứ Bảy hay Chủ nhật',
    en: 'The make-up working day {date} is not a Saturday or a Sunday',
  },
  CALENDAR_MAKE_UP_IS_DAY_OFF: {
    status: 400,
    vi: 'Ngày {date} vừa là ngày nghỉ vừa là ngày làm bù',
    en: 'The date {date} is both a day off and a make-up working day',
  },
  CALENDAR_SWAP_ON_WEEKEND: {
    status: 400,
    vi: 'Ngày nghỉ hoán đổi {date} rơi vào cuối tuần: chỉ hoán đổi được ngày làm việc',
    en: 'The swapped day off {date} falls on a weekend: only a working day can be swapped',
  },
  CALENDAR_YEAR_OUT_OF_RANGE: {
    status: 400,
    vi: 'Lịch làm việc chỉ tính cho các năm {min}–{max}; ngày {date} nằm ngoài',
    en: 'The working-day calendar counts only in {min}–{max}; {date} is outside',
  },
  RUBRIC_NOT_FOUND: {
    status: 404,
    vi: 'Không có phiên bản bộ tiêu chí {id}',
    en: 'Rubric version {id} not found',
  },
  RUBRIC_SET_NOT_FOUND: {
    status: 404,
    vi: 'Bộ tiêu chí {id} không có bộ sản phẩm {set}',
    en: 'Rubric version {id} has no product set {set}',
  },
  RUBRIC_INVALID: {
    status: 400,
    vi: 'Tệp bộ tiêu chí không hợp lệ: {detail}',
    en: 'The rubric file is not valid: {detail}',
  },
  RUBRIC_IN_USE: {
    status: 409,
    vi: 'Phiên bản bộ tiêu chí {id} đã được dùng để chấm điểm, không thể thay đổi; hãy nhập với mã phiên bản mới',
    en: 'Rubric version {id} has been used for scoring and cannot change; import it under a new version id',
  },
  SCORING_INVALID: {
    status: 400,
    vi: 'Câu trả lời không hợp lệ ở tiêu chí {criterion}: {detail}',
    en: 'Invalid answer at criterion {criterion}: {detail}',
  },
  PRODUCT_SET_MISSING: {
    status: 400,
    vi: 'Sản phẩm chưa được xếp vào bộ sản phẩm nào; cập nhật bộ sản phẩm trước khi tự đánh giá',
    en: 'The product has no product set yet; set it before self-assessing',
  },
  ASSESSMENT_EXISTS: {
    status: 409,
    vi: 'Sản phẩm đã có phiếu tự đánh giá năm {year}',
    en: 'The product already has a self-assessment for {year}',
  },
  DOSSIER_OPEN_EXISTS: {
    status: 409,
    vi: 'Sản phẩm đã có hồ sơ đánh giá đang mở ({stage}); hoàn tất hoặc rút hồ sơ đó trước',
    en: 'The product already has an open dossier ({stage}); finish or withdraw it first',
  },
  DOSSIER_KIND_MISMATCH: {
    status: 409,
    vi: 'Không thể lập hồ sơ {kind}: {why}',
    en: 'A {kind} dossier cannot be opened: {why}',
  },
  DOSSIER_INCOMPLETE: {
    status: 422,
    vi: 'Hồ sơ còn thiếu {count} mục; bổ sung trước khi nộp',
    en: 'The dossier lacks {count} items; complete them before submitting',
  },
  DOSSIER_NOT_EDITABLE: {
    status: 409,
    vi: 'Hồ sơ ở bước "{stage}" không sửa được',
    en: 'The dossier cannot be changed at the "{stage}" stage',
  },
  RETURN_REASONS_INVALID: {
    status: 400,
    vi: 'Trả lại hồ sơ phải nêu lý do cho từng mục ({detail})',
    en: 'A return must give a reason for each item ({detail})',
  },
  FORM03_INCOMPLETE: {
    status: 422,
    vi: 'Phiếu đánh giá của xã (Mẫu 03) chưa đủ: {detail}',
    en: "The commune's check (Form 03) is incomplete: {detail}",
  },
  ADVISORY_REPORT_MISSING: {
    status: 409,
    vi: 'Chưa có báo cáo của tổ tư vấn để đưa hồ sơ ra hội đồng',
    en: 'The advisory group has not reported yet; the dossier cannot go to the council',
  },
  ROUND_CLOSED: {
    status: 409,
    vi: 'Đợt {round} đã hết hạn nhận đề nghị ({proposalsBy})',
    en: 'Round {round} took proposals until {proposalsBy}',
  },
  ROUND_EXISTS: {
    status: 409,
    vi: 'Đợt đánh giá thường kỳ này đã có',
    en: 'This regular round already exists',
  },
  REGISTRATION_CALL_MISSING: {
    status: 409,
    vi: 'Tỉnh chưa mở đợt đăng ký ý tưởng sản phẩm năm {year}',
    en: 'The province has not opened the {year} call for product ideas',
  },
  REGISTRATION_CALL_EXISTS: {
    status: 409,
    vi: 'Tỉnh đã mở đợt đăng ký năm {year}; sửa hạn của đợt đó',
    en: 'The province already has a {year} call; change its deadlines instead',
  },
  REGISTRATION_CLOSED: {
    status: 409,
    vi: 'Đã quá hạn {stepVi} của tỉnh ({dueOn}); liên hệ cán bộ OCOP nếu tỉnh gia hạn',
    en: 'The province’s deadline for {stepEn} has passed ({dueOn}); ask an OCOP officer whether it is extended',
  },
  IDEA_INCOMPLETE: {
    status: 422,
    vi: '{whatVi} còn thiếu {count} mục; bổ sung trước khi nộp',
    en: 'The {whatEn} lacks {count} items; complete them before submitting',
  },
  IDEA_NOT_EDITABLE: {
    status: 409,
    vi: 'Ý tưởng ở bước "{stage}" không sửa được phần này',
    en: 'This part of the idea cannot be changed at the "{stage}" stage',
  },
  ASSESSMENT_FINAL: {
    status: 409,
    vi: 'Phiếu tự đánh giá đã hoàn tất; mở lại để sửa',
    en: 'The self-assessment is final; reopen it to edit',
  },
  EVIDENCE_TYPE: {
    status: 400,
    vi: 'Minh chứng phải là PDF, ảnh (JPEG, PNG, WebP) hoặc tệp Office',
    en: 'Evidence must be a PDF, an image (JPEG, PNG, WebP) or an Office file',
  },
  EVIDENCE_LIMIT: {
    status: 400,
    vi: 'Mỗi tiêu chí có tối đa {max} tệp minh chứng',
    en: 'A criterion holds at most {max} evidence files',
  },
  CODE_RULE_MISSING: {
    status: 409,
    vi: 'Chưa có quy tắc cấp mã sản phẩm áp dụng cho ngày {date}',
    en: 'No product-code rule applies on {date}',
  },
  CODE_NEEDS_COMMUNE: {
    status: 409,
    vi: 'Sản phẩm chưa xác định được xã/phường hiện hành nên chưa cấp được mã',
    en: 'The product has no current commune yet, so no code can be issued',
  },
  CODE_NEEDS_RECOGNITION: {
    status: 409,
    vi: 'Mã sản phẩm được cấp khi sản phẩm được công nhận (chưa có giấy chứng nhận còn hiệu lực)',
    en: 'Product codes are issued on recognition; the product has no valid certificate',
  },
  WORKFLOW_NO_TRANSITION: {
    status: 409,
    vi: 'Không thể “{eventVi}” khi đang ở trạng thái “{stateVi}”',
    en: 'Cannot “{eventEn}” while the state is “{stateEn}”',
  },
  CONFLICT: {
    status: 409,
    vi: 'Dữ liệu đã bị thay đổi bởi người khác, vui lòng tải lại',
    en: 'The data was changed by someone else; reload and retry',
  },
  INTERNAL: {
    status: 500,
    vi: 'Lỗi hệ thống, vui lòng thử lại sau',
    en: 'Internal error; please try again later',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    vi: 'Hệ thống tạm thời không phục vụ được',
    en: 'The service is temporarily unavailable',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;
export type Locale = 'vi' | 'en';

export function formatMessage(code: ErrorCode, locale: Locale, params: Record<string, unknown> = {}): string {
  const template = ERRORS[code][locale];
  return template.replace(/\{(\w+)\}/g, (_, key: string) =>
    params[key] === undefined || params[key] === null ? `{${key}}` : excerpt(params[key]),
  );
}

const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * What an error message may repeat of a value: at most `max` characters, control
 * characters written as \uXXXX escapes, broken surrogates replaced. Messages quote
 * what was sent so people can find it, never so much that they carry it back.
 */
export function excerpt(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const clean = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : clean;
}

/** The one error shape of the API. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}
