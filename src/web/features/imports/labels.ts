// Words of the import screens, Vietnamese first, and the sentences that say what an
// import did: every number beside what it counts.
import type { ImportView } from '../../../shared/contracts/imports.ts';
import type { Lang } from '../../lib/i18n.tsx';

type Counts = ImportView['counts'];

/** "1 producer", "2 producers"; Vietnamese nouns do not change. */
const count = (n: number, vi: string, en: readonly [one: string, many: string], lang: Lang) =>
  `${n} ${lang === 'vi' ? vi : en[n === 1 ? 0 : 1]}`;

const list = (parts: string[]) => parts.join(', ');

export const IMPORT_LABELS = {
  vi: {
    newImport: 'Nhập tệp mới',
    listKind: 'Danh sách sản phẩm là',
    listKindNote:
      'Dòng có quyết định thu hồi, ngày họp hay đề xuất của hội đồng được nhận ra theo chính ô của dòng.',
    pastImports: 'Các lần nhập trước',
    pastImportsNote: 'Mở một lần nhập để tiếp tục từ bước đang dừng.',
    noPastImports: 'Chưa có lần nhập nào.',
    file: 'Tệp',
    kind: 'Loại danh sách',
    uploadedBy: 'Người tải lên',
    uploadedAt: 'Thời gian tải lên',
    result: 'Kết quả',
    resume: 'Tiếp tục',
    view: 'Xem',
    operatorCommand: 'Lệnh quản trị (ocop import)',
    backToList: '← Các lần nhập',
    steps: 'Các bước nhập',
    stepUpload: 'Tải tệp lên',
    stepMap: 'Ghép cột',
    stepCheck: 'Kiểm tra và sửa lỗi',
    stepCommit: 'Ghi vào sổ',
    stepDone: 'đã xong',
    remap: 'Ghép cột lại và kiểm tra lại',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    problemsOfRow: (n: number) => `Lỗi và cảnh báo của dòng ${n}`,
    gapsOfRow: (n: number) => `Thông tin còn thiếu của dòng ${n}, ghi nhận để bổ sung sau`,
    rowKind: 'Nội dung dòng',
    cancelImport: 'Hủy lần nhập này',
    cancelReason: 'Lý do hủy',
    confirmCancel: 'Xác nhận hủy',
    keep: 'Không hủy',
    correctRow: 'Sửa dòng này',
    cancelled: 'Lần nhập này đã bị hủy; không dòng nào được ghi vào sổ.',
    committing: 'Đang ghi vào sổ…',
    waitingForUploader: 'Tệp đã tải lên, chờ người tải lên ghép cột và kiểm tra dữ liệu.',
    failed: (reason: string) =>
      `Lần ghi vào sổ trước không thành công (${reason}); không có dòng nào được ghi. Kiểm tra lại dữ liệu rồi ghi lại.`,
    uploadedAtLine: (when: string) => `Tải lên lúc ${when}`,
  },
  en: {
    newImport: 'New import',
    listKind: 'The product list holds',
    listKindNote: 'A row naming a revoking decision, a council date or a proposal is told by its own cells.',
    pastImports: 'Earlier imports',
    pastImportsNote: 'Open an import to continue from the step where it stopped.',
    noPastImports: 'No imports yet.',
    file: 'File',
    kind: 'List of',
    uploadedBy: 'Uploaded by',
    uploadedAt: 'Uploaded at',
    result: 'Result',
    resume: 'Continue',
    view: 'View',
    operatorCommand: 'Operator command (ocop import)',
    backToList: '← Imports',
    steps: 'Import steps',
    stepUpload: 'Upload the file',
    stepMap: 'Map the columns',
    stepCheck: 'Check and correct',
    stepCommit: 'Write to the registry',
    stepDone: 'done',
    remap: 'Map the columns again and re-check',
    error: 'Error',
    warning: 'Warning',
    problemsOfRow: (n: number) => `Errors and warnings of row ${n}`,
    gapsOfRow: (n: number) => `Facts row ${n} lacks, recorded to complete later`,
    rowKind: 'What the row records',
    cancelImport: 'Cancel this import',
    cancelReason: 'Reason for cancelling',
    confirmCancel: 'Confirm cancellation',
    keep: 'Keep it',
    correctRow: 'Correct this row',
    cancelled: 'This import was cancelled; no row was written to the registry.',
    committing: 'Writing to the registry…',
    waitingForUploader:
      'The file is uploaded and waits for its uploader to map the columns and check the data.',
    failed: (reason: string) =>
      `The last commit failed (${reason}); nothing was written. Check the data again, then commit again.`,
    uploadedAtLine: (when: string) => `Uploaded at ${when}`,
  },
} as const;

/** What a committed import created, each number with its noun. */
export function createdSentence(counts: Counts, kind: ImportView['kind'], lang: Lang): string {
  const c = counts.created ?? { producers: 0, products: 0, certificates: 0 };
  const parts = [count(c.producers, 'chủ thể', ['producer', 'producers'], lang)];
  if (kind === 'products')
    parts.push(
      count(c.products, 'sản phẩm', ['product', 'products'], lang),
      count(c.certificates, 'giấy chứng nhận', ['certificate', 'certificates'], lang),
    );
  return lang === 'vi' ? `Đã tạo ${list(parts)}` : `Created ${list(parts)}`;
}

/** Valid rows that found their record already in the registry (nothing new was made for them). */
export function matchedSentence(counts: Counts, kind: ImportView['kind'], lang: Lang): string | null {
  const producers = counts.existingProducers ?? 0;
  const products = counts.existingProducts ?? 0;
  if (producers === 0 && products === 0) return null;
  const rows = (n: number) => count(n, 'dòng', ['row', 'rows'], lang);
  const parts = lang === 'vi' ? [`chủ thể của ${rows(producers)}`] : [`the producer of ${rows(producers)}`];
  if (kind === 'products')
    parts.push(lang === 'vi' ? `sản phẩm của ${rows(products)}` : `the product of ${rows(products)}`);
  return lang === 'vi'
    ? `Đã có trong sổ, không tạo lại: ${list(parts)}`
    : `Already in the registry, not created again: ${list(parts)}`;
}

/** Rows left out of the commit, by why; null when every row was written. */
export function skippedSentence(counts: Counts, lang: Lang): string | null {
  const parts = [
    [counts.invalid ?? 0, 'dòng có lỗi', ['row with errors', 'rows with errors']],
    [counts.review ?? 0, 'dòng chờ rà soát', ['row awaiting review', 'rows awaiting review']],
    [
      counts.duplicate ?? 0,
      'dòng trùng trong tệp',
      ['row repeated in the file', 'rows repeated in the file'],
    ],
    [counts.skipped ?? 0, 'dòng bỏ qua', ['row skipped', 'rows skipped']],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, vi, en]) => count(n, vi, en, lang));
  if (said.length === 0) return null;
  return lang === 'vi' ? `Không ghi: ${list(said)}` : `Not written: ${list(said)}`;
}

/** Short result for the list of past imports. */
export function countsSummary(
  counts: Counts,
  kind: ImportView['kind'],
  status: ImportView['status'],
  lang: Lang,
) {
  if (status === 'committed') return createdSentence(counts, kind, lang);
  if (counts.rows === undefined) return '—';
  const rows = count(counts.rows, 'dòng', ['row', 'rows'], lang);
  const valid = lang === 'vi' ? `${counts.valid ?? 0} hợp lệ` : `${counts.valid ?? 0} valid`;
  const invalid = lang === 'vi' ? `${counts.invalid ?? 0} có lỗi` : `${counts.invalid ?? 0} with errors`;
  return `${rows}: ${valid}, ${invalid}`;
}
