// Words of the audit page, Vietnamese first; counts agree in number in English.
// Counts arrive with the reader's number format (`num`, from useI18n().w.number).
type Num = (n: number) => string;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const LABELS = {
  vi: {
    empty: 'Nhật ký chưa có dòng nào.',
    verifying: 'Đang kiểm tra…',
    intact: (rows: number, checkpoints: number, num: Num) =>
      `Chuỗi nhật ký toàn vẹn: đã kiểm tra ${num(rows)} dòng và ${num(checkpoints)} điểm kiểm tra đã ký.`,
    broken: (n: number, num: Num) => `Chuỗi nhật ký có ${num(n)} vấn đề:`,
    row: (id: number) => `dòng ${id}`,
    redacted: (n: number, num: Num) => `${num(n)} dòng đã được xóa dữ liệu cá nhân theo yêu cầu hợp pháp.`,
    withoutKey: 'Kiểm tra không có khóa của dòng: chỉ kiểm tra liên kết và chữ ký.',
    newest: 'Về các dòng mới nhất',
    older: 'Các dòng cũ hơn',
    number: 'Số',
  },
  en: {
    empty: 'The audit log has no rows yet.',
    verifying: 'Verifying…',
    intact: (rows: number, checkpoints: number, num: Num) =>
      `The chain is intact: ${num(rows)} ${plural(rows, 'row', 'rows')} and ${num(checkpoints)} signed ${plural(checkpoints, 'checkpoint', 'checkpoints')} checked.`,
    broken: (n: number, num: Num) => `The chain has ${num(n)} ${plural(n, 'problem', 'problems')}:`,
    row: (id: number) => `row ${id}`,
    redacted: (n: number, num: Num) =>
      `${num(n)} ${plural(n, 'row has', 'rows have')} had personal data erased on a lawful request.`,
    withoutKey: 'Checked without the row key: links and signatures only.',
    newest: 'Back to the newest rows',
    older: 'Older rows',
    number: 'No.',
  },
} as const;
