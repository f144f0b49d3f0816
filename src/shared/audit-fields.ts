// What each field of an audited record is called and how its values read, per kind
// of record, so that a history says "Loại hình: Hộ kinh doanh → Hợp tác xã" instead
// of showing a snapshot (audit-changes.ts turns the snapshots into those lines). The
// tables are typed by the request contracts: a field added to a contract without
// words here fails the type check.
import type { CreateProducerInput, CreateProductInput } from './contracts/registry-write.ts';
import type { CreateUserInput, GrantInput } from './contracts/users.ts';
import { V, type Vocabulary } from './vocabulary.ts';
import { CERTIFICATE, REVOCATION } from './audit-fields-lifecycle.ts';

export interface Words {
  vi: string;
  en: string;
}

/** Objects the audit trail names by asking their owning module (ids are never shown). */
export const NAMED_TYPES = [
  'product',
  'producer',
  'user',
  'admin_unit',
  'admin_unit_mapping',
  'import',
  'rubric_version',
  'calendar_year',
  'dossier',
  'evaluation_round',
  'registration_call',
  'product_idea',
  'council',
  'council_member',
  'council_session',
  'decision',
] as const;
export type NamedType = (typeof NAMED_TYPES)[number];

/** How a field's values are read. */
export type ValueKind =
  | { kind: 'text' }
  /** descriptions and stories: shortened in a history */
  | { kind: 'longText' }
  | { kind: 'date' }
  | { kind: 'bool' }
  | { kind: 'number' }
  /** a year, written without a thousands separator */
  | { kind: 'year' }
  | { kind: 'bytes' }
  | { kind: 'stars' }
  | { kind: 'productSet' }
  | { kind: 'term'; v: Vocabulary }
  | { kind: 'list' }
  | { kind: 'ref'; ref: NamedType }
  /** stored as a keyed digest (personal-fields.ts): shown only as changed */
  | { kind: 'personal' }
  /** technical ids and hashes: never shown */
  | { kind: 'hidden' }
  | { kind: 'workforce' }
  | { kind: 'documents' }
  | { kind: 'grants' }
  /** a self-assessment's answers: one line per criterion */
  | { kind: 'answers' }
  /** a self-assessment's explanations: one line per criterion */
  | { kind: 'comments' }
  /** a self-assessment's facts: one line per fact */
  | { kind: 'facts' }
  | { kind: 'counts' }
  /** the old→new map's note as phrases (mapping-notes.ts), worded in the reader's language */
  | { kind: 'mappingNote' };

export type Field = Words & ValueKind;

const text = (vi: string, en: string): Field => ({ vi, en, kind: 'text' });
const long = (vi: string, en: string): Field => ({ vi, en, kind: 'longText' });
const of = (vi: string, en: string, kind: ValueKind): Field => ({ vi, en, ...kind });
const hidden: Field = { vi: '', en: '', kind: 'hidden' };

type ProductField =
  | keyof CreateProductInput
  | 'code'
  | 'status'
  | 'rule'
  | 'verifiedRule'
  | 'photoId'
  | 'phash'
  | 'bytes';

const PRODUCT: Record<ProductField, Field> = {
  producerId: of('Chủ thể', 'Producer', { kind: 'ref', ref: 'producer' }),
  name: text('Tên sản phẩm', 'Product name'),
  productSet: of('Bộ sản phẩm', 'Product set', { kind: 'productSet' }),
  description: long('Mô tả', 'Description'),
  story: long('Câu chuyện sản phẩm', 'Product story'),
  rawMaterialOrigin: long('Nguồn gốc nguyên liệu', 'Raw-material origin'),
  standards: of('Tiêu chuẩn áp dụng', 'Standards', { kind: 'list' }),
  ipStatus: of('Sở hữu trí tuệ', 'Intellectual property', { kind: 'term', v: V.ipStatus }),
  trademarkNo: text('Số đơn/văn bằng nhãn hiệu', 'Trademark number'),
  qualityDeclarationNo: text('Số công bố chất lượng', 'Quality declaration number'),
  packaging: long('Bao bì', 'Packaging'),
  labelInfo: long('Nhãn hàng hóa', 'Label'),
  gtin: text('Mã số mã vạch (GTIN)', 'GTIN'),
  legacyCode: text('Mã sản phẩm (theo danh sách trước)', 'Product code (earlier list)'),
  code: text('Mã sản phẩm', 'Product code'),
  status: of('Trạng thái', 'Status', { kind: 'term', v: V.productStatus }),
  rule: text('Quy tắc cấp mã', 'Code rule'),
  verifiedRule: of('Quy tắc đã đối chiếu văn bản', 'Rule checked against the text', { kind: 'bool' }),
  photoId: hidden,
  phash: hidden,
  bytes: of('Dung lượng', 'Size', { kind: 'bytes' }),
};

type ProducerField =
  | keyof CreateProducerInput
  | 'status'
  | 'reason'
  | 'producerId'
  | 'unitVersionId'
  | 'scopeProvinceId'
  | 'scopeCommuneId'
  | 'ownerUserId';

const PRODUCER: Record<ProducerField, Field> = {
  name: text('Tên chủ thể', 'Producer name'),
  legalType: of('Loại hình', 'Legal type', { kind: 'term', v: V.legalType }),
  taxCode: text('Mã số thuế', 'Tax code'),
  registrationNo: text('Số đăng ký kinh doanh', 'Registration number'),
  registrationDate: of('Ngày đăng ký', 'Registration date', { kind: 'date' }),
  addressLine: text('Địa chỉ', 'Address'),
  unitId: of('Xã/phường', 'Commune or ward', { kind: 'ref', ref: 'admin_unit' }),
  representativeName: text('Người đại diện theo pháp luật', 'Legal representative'),
  representativeSex: of('Giới tính người đại diện', 'Representative’s sex', { kind: 'personal' }),
  representativeEthnicity: of('Dân tộc người đại diện', 'Representative’s ethnicity', { kind: 'personal' }),
  representativeDisability: of('Người đại diện là người khuyết tật', 'Representative with disability', {
    kind: 'personal',
  }),
  phone: text('Điện thoại', 'Phone'),
  email: text('Email', 'Email'),
  website: text('Trang web', 'Website'),
  workforce: of('Lao động theo nơi cư trú', 'Workers by place of residence', { kind: 'workforce' }),
  documents: of('Giấy tờ pháp lý', 'Legal papers', { kind: 'documents' }),
  status: of('Trạng thái', 'Status', { kind: 'term', v: V.producerStatus }),
  reason: long('Lý do', 'Reason'),
  // a status change names its record (the row is filed under it already)
  producerId: hidden,
  // the place resolved into the current structure follows the commune above
  unitVersionId: hidden,
  scopeProvinceId: hidden,
  scopeCommuneId: hidden,
  ownerUserId: of('Tài khoản chủ thể', 'Producer’s account', { kind: 'ref', ref: 'user' }),
};

type UserField = Exclude<keyof CreateUserInput, 'password'> | 'status';

const USER: Record<UserField, Field> = {
  email: text('Email', 'Email'),
  fullName: text('Họ và tên', 'Full name'),
  phone: text('Điện thoại', 'Phone'),
  locale: of('Ngôn ngữ', 'Language', { kind: 'term', v: V.locale }),
  mustChangePassword: of('Phải đổi mật khẩu khi đăng nhập', 'Must change the password', { kind: 'bool' }),
  grants: of('Vai trò được giao', 'Roles granted', { kind: 'grants' }),
  status: of('Trạng thái', 'Status', { kind: 'term', v: V.userStatus }),
};

const SELF_ASSESSMENT: Record<string, Field> = {
  assessmentId: hidden,
  self_assessmentId: hidden,
  evidenceId: hidden,
  sha256: hidden,
  year: of('Năm đánh giá', 'Year', { kind: 'year' }),
  rubricVersionId: of('Bộ tiêu chí', 'Rubric version', { kind: 'ref', ref: 'rubric_version' }),
  copiedFrom: of('Dùng lại phiếu năm trước', 'Started from last year’s sheet', { kind: 'bool' }),
  answers: of('Câu trả lời', 'Answers', { kind: 'answers' }),
  comments: of('Giải trình', 'Explanations', { kind: 'comments' }),
  facts: of('Căn cứ', 'Facts', { kind: 'facts' }),
  total: of('Tổng điểm', 'Total points', { kind: 'number' }),
  stars: of('Hạng sao', 'Stars', { kind: 'stars' }),
  status: of('Trạng thái phiếu', 'Sheet status', { kind: 'term', v: V.sheetStatus }),
  reason: long('Lý do', 'Reason'),
  criterion: text('Tiêu chí', 'Criterion'),
  bytes: of('Dung lượng', 'Size', { kind: 'bytes' }),
};

const MAPPING: Record<string, Field> = {
  newUnitId: of('Đơn vị kế thừa', 'Successor unit', { kind: 'ref', ref: 'admin_unit' }),
  confidence: of('Độ tin cậy', 'Confidence', { kind: 'term', v: V.mappingConfidence }),
  notePhrases: of('Ghi chú của bước đối chiếu dữ liệu', 'Note of the data reconciliation', {
    kind: 'mappingNote',
  }),
  note: long('Ghi chú', 'Note'),
};

const ROW_COUNTS: Record<string, Words> = {
  rows: { vi: 'số dòng', en: 'rows' },
  valid: { vi: 'hợp lệ', en: 'valid' },
  invalid: { vi: 'có lỗi', en: 'with errors' },
  review: { vi: 'cần xem lại', en: 'to review' },
  duplicate: { vi: 'trùng', en: 'duplicates' },
  committed: { vi: 'đã ghi', en: 'committed' },
  skipped: { vi: 'bỏ qua', en: 'skipped' },
  existingProducers: { vi: 'chủ thể đã có trong sổ', en: 'producers already registered' },
  existingProducts: { vi: 'sản phẩm đã có trong sổ', en: 'products already registered' },
  producers: { vi: 'chủ thể', en: 'producers' },
  products: { vi: 'sản phẩm', en: 'products' },
  certificates: { vi: 'giấy chứng nhận', en: 'certificates' },
};

const IMPORT: Record<string, Field> = {
  importId: hidden,
  status: of('Trạng thái', 'Status', { kind: 'term', v: V.importStatus }),
  reason: long('Lý do', 'Reason'),
  counts: of('Số dòng', 'Rows', { kind: 'counts' }),
  created: of('Đã tạo', 'Created', { kind: 'counts' }),
  // the counts of a commit are written beside the status
  ...Object.fromEntries(
    Object.entries(ROW_COUNTS).map(([key, w]) => [
      key,
      of(`Số dòng ${w.vi}`, `Rows — ${w.en}`, { kind: 'number' }),
    ]),
  ),
  rows: of('Số dòng', 'Rows', { kind: 'number' }),
};

const RUBRIC: Record<string, Field> = {
  checksum: hidden,
  rulesId: text('Bộ quy định kèm theo', 'Rule overlay'),
  sets: of('Số bộ sản phẩm', 'Product sets', { kind: 'number' }),
  warnings: of('Số cảnh báo', 'Warnings', { kind: 'number' }),
};

const CALENDAR: Record<string, Field> = {
  verified: of('Đã đối chiếu nguồn thứ hai', 'Cross-checked with a second source', { kind: 'bool' }),
  decisions: of('Văn bản quyết định', 'Deciding instruments', { kind: 'list' }),
  nonWorkingDays: of('Ngày nghỉ', 'Days off', { kind: 'list' }),
  makeUpWorkingDays: of('Ngày làm bù', 'Make-up working days', { kind: 'list' }),
  notes: long('Ghi chú', 'Notes'),
};

const DOSSIER: Record<string, Field> = {
  status: of('Giai đoạn', 'Stage', { kind: 'term', v: V.dossierStage }),
  kind: of('Loại hồ sơ', 'Kind of dossier', { kind: 'term', v: V.dossierKind }),
  proposedStars: of('Hạng sao đề nghị', 'Stars proposed', { kind: 'stars' }),
  year: of('Năm', 'Year', { kind: 'year' }),
  roundLabel: text('Đợt đánh giá', 'Round'),
  reason: long('Lý do', 'Reason'),
  dossierId: hidden,
  reviewId: hidden,
  sha256: hidden,
  version: hidden,
  productId: of('Sản phẩm', 'Product', { kind: 'ref', ref: 'product' }),
  copiedFrom: of('Dùng lại hồ sơ trước', 'Started from the previous dossier', { kind: 'bool' }),
  fromIdea: of('Từ ý tưởng sản phẩm', 'From the product idea', { kind: 'ref', ref: 'product_idea' }),
  parts: of('Phần đã sửa', 'Parts changed', { kind: 'term', v: V.dossierItem }),
  returned: of('Mục trả lại', 'Items returned', { kind: 'term', v: V.dossierItem }),
  receivedOn: of('Ngày tiếp nhận', 'Received on', { kind: 'date' }),
  communeDueOn: of('Hạn xã kiểm tra', 'Commune check due', { kind: 'date' }),
  communeCheckedOn: of('Ngày xã kiểm tra', 'Checked by the commune on', { kind: 'date' }),
  acceptedOn: of('Ngày tỉnh tiếp nhận', 'Accepted by the province on', { kind: 'date' }),
  reviewKind: of('Nội dung xem xét', 'Review entry', { kind: 'term', v: V.dossierReviewKind }),
  on: of('Ngày', 'Date', { kind: 'date' }),
  score: of('Điểm của hội đồng', 'Council score', { kind: 'number' }),
  stars: of('Hạng sao', 'Stars', { kind: 'stars' }),
  decisionNo: text('Số quyết định', 'Decision number'),
};

const ROUND: Record<string, Field> = {
  level: of('Cấp', 'Level', { kind: 'term', v: V.roundLevel }),
  provinceId: of('Tỉnh/thành', 'Province', { kind: 'ref', ref: 'admin_unit' }),
  year: of('Năm', 'Year', { kind: 'year' }),
  no: of('Đợt số', 'Round number', { kind: 'number' }),
  kind: of('Loại đợt', 'Kind of round', { kind: 'term', v: V.roundKind }),
  proposalsBy: of('Hạn đề nghị', 'Proposals by', { kind: 'date' }),
  decideBy: of('Hạn quyết định', 'Decision by', { kind: 'date' }),
  advisoryGroup: text('Tổ tư vấn', 'Advisory group'),
  council: text('Hội đồng', 'Council'),
};

const IDEA: Record<string, Field> = {
  product_ideaId: hidden,
  status: of('Bước', 'Step', { kind: 'term', v: V.ideaStage }),
  reason: long('Lý do', 'Reason'),
  kind: of('Loại', 'Kind', { kind: 'term', v: V.ideaKind }),
  name: text('Tên sản phẩm dự kiến', 'Working product name'),
  productSetNo: of('Bộ sản phẩm', 'Product set', { kind: 'productSet' }),
  description: long('Mô tả', 'Description'),
  rawMaterials: long('Nguyên liệu', 'Raw materials'),
  localIdentity: long('Bản sắc địa phương', 'Local identity'),
  plan: text('Phương án kinh doanh', 'Business plan'),
  year: of('Năm', 'Year', { kind: 'year' }),
};

const REGISTRATION_CALL: Record<string, Field> = {
  provinceId: of('Tỉnh/thành', 'Province', { kind: 'ref', ref: 'admin_unit' }),
  year: of('Năm', 'Year', { kind: 'year' }),
  ideasDueOn: of('Hạn đăng ký ý tưởng', 'Ideas due', { kind: 'date' }),
  plansDueOn: of('Hạn nộp phương án', 'Business plans due', { kind: 'date' }),
  note: long('Ghi chú', 'Note'),
};

const COUNCIL: Record<string, Field> = {
  councilId: hidden,
  name: text('Tên hội đồng', 'Council name'),
  level: of('Cấp', 'Level', { kind: 'term', v: V.roundLevel }),
  provinceId: of('Tỉnh/thành', 'Province', { kind: 'ref', ref: 'admin_unit' }),
  total: of('Cách tính điểm hội đồng', 'How members’ totals combine', { kind: 'term', v: V.councilTotal }),
  divergencePoints: of('Chênh lệch phải chấm lại (điểm)', 'Divergence that asks for re-scoring (points)', {
    kind: 'number',
  }),
  levelGap: of('Chênh lệch mức của một tiêu chí', 'Levels apart on a criterion', { kind: 'number' }),
  markers: of('Tiêu chí có dấu sao', 'Star markers', { kind: 'term', v: V.councilMarkerRule }),
  quorum: text('Số thành viên tối thiểu có mặt', 'Quorum'),
  chairPresent: of('Phải có Chủ tịch', 'Chair required', { kind: 'bool' }),
  extraRounds: of('Cho phép đợt bổ sung', 'Extra rounds allowed', { kind: 'bool' }),
  memberId: of('Thành viên', 'Member', { kind: 'ref', ref: 'council_member' }),
  userId: of('Tài khoản', 'Account', { kind: 'ref', ref: 'user' }),
  position: of('Chức danh trong hội đồng', 'Position', { kind: 'term', v: V.memberPosition }),
  agency: text('Cơ quan', 'Agency'),
};

const SESSION: Record<string, Field> = {
  council_sessionId: hidden,
  session_itemId: hidden,
  councilId: of('Hội đồng', 'Council', { kind: 'ref', ref: 'council' }),
  title: text('Phiên họp', 'Session'),
  meetingOn: of('Ngày họp', 'Meeting day', { kind: 'date' }),
  metOn: of('Ngày họp (sau khi lấy ý kiến)', 'Met on (after written opinions)', { kind: 'date' }),
  sessionMode: of('Hình thức', 'Form', { kind: 'term', v: V.sessionMode }),
  status: of('Trạng thái', 'Status', { kind: 'term', v: V.sessionState }),
  dossierId: of('Hồ sơ', 'Dossier', { kind: 'ref', ref: 'dossier' }),
  setNo: of('Bộ sản phẩm', 'Product set', { kind: 'productSet' }),
  rubricVersionId: of('Bộ tiêu chí', 'Rubric version', { kind: 'ref', ref: 'rubric_version' }),
  present: of('Thành viên có mặt', 'Members present', { kind: 'ref', ref: 'council_member' }),
  quorum: text('Số có mặt / số chấm điểm', 'Present / scoring members'),
  memberId: of('Thành viên', 'Member', { kind: 'ref', ref: 'council_member' }),
  reason: long('Lý do', 'Reason'),
  pass: of('Lượt chấm', 'Pass', { kind: 'number' }),
  digest: hidden,
  rescored: of('Thành viên chấm lại', 'Members re-scoring', { kind: 'ref', ref: 'council_member' }),
  criteria: of('Tiêu chí chấm lại', 'Criteria re-scored', { kind: 'list' }),
  score: of('Điểm trung bình', 'Mean score', { kind: 'number' }),
  stars: of('Hạng sao', 'Stars', { kind: 'stars' }),
  total: of('Tổng điểm của phiếu', 'Sheet total', { kind: 'number' }),
};

/** a dossier before a session: its own states (being scored, re-scored, closed) */
const SESSION_ITEM: Record<string, Field> = {
  ...SESSION,
  status: of('Trạng thái', 'Status', { kind: 'term', v: V.sessionItemState }),
};

const DECISION: Record<string, Field> = {
  decisionId: hidden,
  status: of('Trạng thái', 'Status', { kind: 'term', v: V.decisionState }),
  title: text('Trích yếu', 'Subject'),
  dossiers: of('Hồ sơ', 'Dossiers', { kind: 'ref', ref: 'dossier' }),
  number: text('Số quyết định', 'Decision number'),
  signedOn: of('Ngày ký', 'Signed on', { kind: 'date' }),
  signerName: text('Người ký', 'Signed by'),
  sha256: hidden,
  publishedOn: of('Ngày công bố', 'Published on', { kind: 'date' }),
};

const COMPLAINT: Record<string, Field> = {
  dossierId: hidden,
  complaintId: hidden,
  status: of('Trạng thái', 'Status', { kind: 'term', v: V.complaintStatus }),
  lodgedOn: of('Ngày khiếu nại', 'Lodged on', { kind: 'date' }),
  answerDueOn: of('Hạn trả lời', 'Answer due', { kind: 'date' }),
  answeredOn: of('Ngày trả lời', 'Answered on', { kind: 'date' }),
};

/** The field tables, by the first word of the audit action (`product.updated` → product). */
export const AUDIT_FIELDS = {
  product: PRODUCT,
  producer: PRODUCER,
  user: USER,
  auth: USER,
  self_assessment: SELF_ASSESSMENT,
  admin_unit_mapping: MAPPING,
  import: IMPORT,
  rubric: RUBRIC,
  calendar: CALENDAR,
  dossier: DOSSIER,
  round: ROUND,
  idea: IDEA,
  registration_call: REGISTRATION_CALL,
  council: COUNCIL,
  council_session: SESSION,
  council_sheet: SESSION,
  session_item: SESSION_ITEM,
  decision: DECISION,
  complaint: COMPLAINT,
  certificate: CERTIFICATE,
  revocation: REVOCATION,
} as const satisfies Record<string, Record<string, Field>>;

/** Words of the keys inside counts (an import's rows and what it created). */
export const COUNT_LABELS: Readonly<Record<string, Words>> = ROW_COUNTS;

/** The field table of an action, or none (its fields are then named by their keys). */
export function fieldsOfAction(action: string): Record<string, Field> | null {
  const subject = action.split('.')[0];
  return (AUDIT_FIELDS as Record<string, Record<string, Field>>)[subject] ?? null;
}

/** A grant as written in a snapshot: the role and where it applies. */
export type GrantSnapshot = Partial<GrantInput>;
