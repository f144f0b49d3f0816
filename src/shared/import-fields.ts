// The fields an import fills, as a reader names them (Vietnamese first): the row
// table and the row editor name a problem's field in words, never by its key. The
// Vietnamese words are the first header wording of each field
// (src/domain/import/sheet/field-defs.ts); a test keeps the two lists together.
import type { Lang } from './vocabulary.ts';

export const IMPORT_FIELD_LABELS: Readonly<Record<string, { vi: string; en: string }>> = {
  rowNo: { vi: 'STT', en: 'No.' },
  producerName: { vi: 'Tên chủ thể', en: 'Producer' },
  legalType: { vi: 'Loại hình', en: 'Legal type' },
  taxCode: { vi: 'Mã số thuế', en: 'Tax code' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  commune: { vi: 'Xã', en: 'Commune' },
  district: { vi: 'Huyện', en: 'District' },
  province: { vi: 'Tỉnh', en: 'Province' },
  representativeName: { vi: 'Người đại diện', en: 'Representative' },
  representativeSex: { vi: 'Giới tính', en: 'Sex' },
  representativeEthnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Email', en: 'Email' },
  registrationDate: { vi: 'Ngày đăng ký', en: 'Registration date' },
  workforce: { vi: 'Số lao động', en: 'Workforce' },
  note: { vi: 'Ghi chú', en: 'Note' },
  productName: { vi: 'Tên sản phẩm', en: 'Product' },
  productSet: { vi: 'Bộ sản phẩm', en: 'Product set' },
  stars: { vi: 'Hạng sao', en: 'Stars' },
  decision: { vi: 'Quyết định công nhận', en: 'Recognition decision' },
  decisionDate: { vi: 'Ngày quyết định', en: 'Decision date' },
  productCode: { vi: 'Mã sản phẩm', en: 'Product code' },
  year: { vi: 'Năm công nhận', en: 'Year of recognition' },
  validUntil: { vi: 'Thời hạn', en: 'Valid until' },
  gtin: { vi: 'Mã vạch', en: 'Barcode (GTIN)' },
  round: { vi: 'Đợt', en: 'Round' },
  evaluation: { vi: 'Nội dung đánh giá', en: 'Kind of evaluation' },
  councilDate: { vi: 'Ngày họp Hội đồng', en: 'Council meeting date' },
  score: { vi: 'Điểm', en: 'Score' },
  proposal: { vi: 'Đề xuất', en: 'Proposal' },
  revocationDecision: { vi: 'Quyết định thu hồi', en: 'Revocation decision' },
  revocationDate: { vi: 'Ngày thu hồi', en: 'Revocation date' },
  revocationReason: { vi: 'Lý do thu hồi', en: 'Reason for revocation' },
  description: { vi: 'Mô tả', en: 'Description' },
  scopeUnitId: { vi: 'Đơn vị của tệp', en: 'The file’s unit' },
};

/** A field's words in the reader's language; an unknown key as it is. */
export function importFieldLabel(key: string, lang: Lang): string {
  return IMPORT_FIELD_LABELS[key]?.[lang] ?? key;
}
