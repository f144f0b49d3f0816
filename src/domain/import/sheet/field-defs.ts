// What an import can fill, and the Vietnamese headers provinces use for it.
// Synonyms are compared accent- and case-insensitively with abbreviations
// expanded (label-match.ts), so each list holds distinct wordings, not spellings.

export type FieldKind =
  | 'text'
  | 'stars'
  | 'date'
  | 'decision'
  | 'taxCode'
  | 'productSet'
  | 'legalType'
  | 'rowNo'
  | 'unitName'
  | 'phone'
  | 'email'
  | 'number';

/** Content hints for free-text fields whose values still have a recognisable shape. */
export type TextHint = 'organisation' | 'address' | 'year';

export interface FieldDef {
  key: string;
  required?: boolean;
  /** Vietnamese header wordings seen in provincial files. */
  synonyms: string[];
  kind: FieldKind;
  /** For `unitName`: which tier the values name (a district column must not take communes). */
  unitLevel?: 'commune' | 'district' | 'province';
  /** For `text`/`number`: a value shape that helps when the header says nothing. */
  hint?: TextHint;
}

const ROW_NO: FieldDef = { key: 'rowNo', kind: 'rowNo', synonyms: ['STT', 'TT', 'Số TT', 'Số thứ tự'] };

const PRODUCER_NAME: FieldDef = {
  key: 'producerName',
  kind: 'text',
  hint: 'organisation',
  required: true,
  synonyms: [
    'Tên chủ thể',
    'Chủ thể',
    'Chủ thể OCOP',
    'Tên chủ thể OCOP',
    'Đơn vị sản xuất',
    'Tên đơn vị',
    'Tên HTX/Doanh nghiệp',
    'Tên HTX, doanh nghiệp',
    'Tên doanh nghiệp',
    'Cơ sở sản xuất',
    'Tên cơ sở',
    'Chủ thể sản xuất',
    'Tổ chức, cá nhân',
  ],
};

const TAX_CODE: FieldDef = {
  key: 'taxCode',
  kind: 'taxCode',
  synonyms: [
    'Mã số thuế',
    'MST',
    'Mã số doanh nghiệp',
    'Mã số DN',
    'Số ĐKKD',
    'Giấy ĐKKD',
    'Số giấy chứng nhận đăng ký kinh doanh',
    'Mã số HTX',
  ],
};

const ADDRESS: FieldDef = {
  key: 'address',
  kind: 'text',
  hint: 'address',
  synonyms: [
    'Địa chỉ',
    'Địa chỉ chủ thể',
    'Trụ sở',
    'Địa chỉ trụ sở',
    'Trụ sở chính',
    'Địa chỉ liên hệ',
    'Địa chỉ sản xuất',
  ],
};

const COMMUNE: FieldDef = {
  key: 'commune',
  kind: 'unitName',
  unitLevel: 'commune',
  synonyms: ['Xã', 'Xã/phường', 'Xã, phường, thị trấn', 'Xã/phường/thị trấn', 'Phường', 'Đơn vị cấp xã'],
};

const DISTRICT: FieldDef = {
  key: 'district',
  kind: 'unitName',
  unitLevel: 'district',
  synonyms: [
    'Huyện',
    'Huyện/thị xã/thành phố',
    'Huyện, thị xã, thành phố',
    'Quận/huyện',
    'Đơn vị cấp huyện',
    'Địa phương',
  ],
};

const PROVINCE: FieldDef = {
  key: 'province',
  kind: 'unitName',
  unitLevel: 'province',
  synonyms: ['Tỉnh', 'Tỉnh/thành phố', 'Tỉnh, thành phố'],
};

const REPRESENTATIVE: FieldDef = {
  key: 'representativeName',
  kind: 'text',
  synonyms: [
    'Người đại diện',
    'Người đại diện theo pháp luật',
    'Chủ cơ sở',
    'Đại diện',
    'Họ và tên người đại diện',
    'Giám đốc',
    'Chủ hộ',
  ],
};

const PHONE: FieldDef = {
  key: 'phone',
  kind: 'phone',
  synonyms: ['Điện thoại', 'SĐT', 'Số điện thoại', 'ĐT liên hệ', 'Điện thoại liên hệ'],
};
const EMAIL: FieldDef = {
  key: 'email',
  kind: 'email',
  synonyms: ['Email', 'E-mail', 'Thư điện tử', 'Địa chỉ email'],
};
const NOTE: FieldDef = { key: 'note', kind: 'text', synonyms: ['Ghi chú', 'Chú thích', 'Ghi chú khác'] };

export const DEFAULT_PRODUCT_FIELDS: readonly FieldDef[] = [
  ROW_NO,
  {
    key: 'productName',
    kind: 'text',
    required: true,
    synonyms: [
      'Tên sản phẩm',
      'Sản phẩm',
      'Tên SP',
      'Tên sản phẩm OCOP',
      'Sản phẩm OCOP',
      'Tên sản phẩm, dịch vụ',
    ],
  },
  {
    key: 'productSet',
    kind: 'productSet',
    synonyms: [
      'Bộ sản phẩm',
      'Nhóm sản phẩm',
      'Phân nhóm',
      'Ngành hàng',
      'Nhóm ngành',
      'Phân nhóm sản phẩm',
      'Bộ sản phẩm OCOP',
    ],
  },
  PRODUCER_NAME,
  TAX_CODE,
  ADDRESS,
  COMMUNE,
  DISTRICT,
  PROVINCE,
  {
    key: 'stars',
    kind: 'stars',
    required: true,
    synonyms: [
      'Hạng sao',
      'Số sao',
      'Xếp hạng',
      'Kết quả đánh giá',
      'Phân hạng',
      'Hạng',
      'Kết quả phân hạng',
      'Xếp hạng sao',
      'Đạt hạng',
    ],
  },
  {
    key: 'decision',
    kind: 'decision',
    synonyms: [
      'Quyết định công nhận',
      'Số quyết định',
      'QĐ công nhận',
      'Số, ngày quyết định',
      'Quyết định',
      'Số hiệu quyết định',
    ],
  },
  {
    key: 'decisionDate',
    kind: 'date',
    synonyms: ['Ngày quyết định', 'Ngày công nhận', 'Ngày cấp', 'Ngày ban hành', 'Ngày ký quyết định'],
  },
  {
    key: 'productCode',
    kind: 'text',
    synonyms: ['Mã sản phẩm', 'Mã số sản phẩm OCOP', 'Mã OCOP', 'Mã số sản phẩm'],
  },
  {
    key: 'year',
    kind: 'number',
    hint: 'year',
    synonyms: ['Năm công nhận', 'Năm', 'Năm đánh giá', 'Năm xếp hạng'],
  },
  {
    key: 'validUntil',
    kind: 'date',
    synonyms: ['Thời hạn', 'Hiệu lực đến', 'Ngày hết hạn', 'Thời hạn hiệu lực', 'Có giá trị đến'],
  },
  REPRESENTATIVE,
  PHONE,
  EMAIL,
  { key: 'gtin', kind: 'text', synonyms: ['Mã vạch', 'Mã GTIN', 'Barcode', 'GTIN', 'Mã số mã vạch'] },
  // the round a recognition belongs to ("Đợt 2 năm 2020", "Lần I"): its year when nothing else dates it
  { key: 'round', kind: 'text', synonyms: ['Đợt', 'Đợt đánh giá', 'Đợt công nhận', 'Lần', 'Lần đánh giá'] },
  // what kind of evaluation led to the row: first, re-recognition, upgrade
  {
    key: 'evaluation',
    kind: 'text',
    synonyms: [
      'Nội dung đánh giá',
      'Hình thức đánh giá',
      'Loại đánh giá',
      'Hình thức công nhận',
      'Đánh giá mới/lại',
      'Công nhận mới/lại',
      'Nâng hạng/công nhận lại',
    ],
  },
  // a provincial council's result before the decision
  {
    key: 'councilDate',
    kind: 'date',
    synonyms: ['Ngày họp Hội đồng', 'Ngày họp', 'Ngày Hội đồng đánh giá', 'Ngày đánh giá'],
  },
  {
    key: 'score',
    kind: 'number',
    synonyms: ['Điểm', 'Điểm đánh giá', 'Tổng điểm', 'Điểm trung bình', 'Số điểm'],
  },
  {
    key: 'proposal',
    kind: 'text',
    synonyms: ['Đề xuất', 'Đề nghị', 'Kiến nghị', 'Kết quả đề xuất', 'Đề xuất của Hội đồng'],
  },
  // a revocation: the revoking decision, kept apart from the recognition
  {
    key: 'revocationDecision',
    kind: 'decision',
    synonyms: ['Quyết định thu hồi', 'Số quyết định thu hồi', 'QĐ thu hồi', 'Số, ngày quyết định thu hồi'],
  },
  { key: 'revocationDate', kind: 'date', synonyms: ['Ngày thu hồi', 'Ngày quyết định thu hồi'] },
  {
    key: 'revocationReason',
    kind: 'text',
    synonyms: ['Lý do thu hồi', 'Căn cứ thu hồi', 'Lý do bị thu hồi', 'Nguyên nhân thu hồi'],
  },
  // 'Ghi chú' is a note, never a description: it belongs to `note` only.
  {
    key: 'description',
    kind: 'text',
    synonyms: ['Mô tả', 'Mô tả sản phẩm', 'Đặc điểm sản phẩm', 'Thông tin sản phẩm'],
  },
  NOTE,
];

export const DEFAULT_PRODUCER_FIELDS: readonly FieldDef[] = [
  ROW_NO,
  PRODUCER_NAME,
  {
    key: 'legalType',
    kind: 'legalType',
    synonyms: [
      'Loại hình',
      'Loại hình tổ chức',
      'Hình thức',
      'Loại hình chủ thể',
      'Hình thức tổ chức',
      'Loại hình doanh nghiệp',
    ],
  },
  TAX_CODE,
  ADDRESS,
  COMMUNE,
  DISTRICT,
  PROVINCE,
  REPRESENTATIVE,
  { key: 'representativeSex', kind: 'text', synonyms: ['Giới tính', 'Nam/Nữ', 'Giới tính người đại diện'] },
  { key: 'representativeEthnicity', kind: 'text', synonyms: ['Dân tộc', 'Dân tộc người đại diện'] },
  PHONE,
  EMAIL,
  {
    key: 'registrationDate',
    kind: 'date',
    synonyms: ['Ngày đăng ký', 'Ngày thành lập', 'Ngày cấp ĐKKD', 'Ngày đăng ký kinh doanh'],
  },
  {
    key: 'workforce',
    kind: 'number',
    synonyms: ['Số lao động', 'Lao động', 'Số lao động thường xuyên', 'Tổng số lao động'],
  },
  NOTE,
];
