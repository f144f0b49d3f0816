// Why a spreadsheet upload cannot be read, in both languages the platform speaks.
// Readers throw only this error, so the import service can show `vi`/`en` to the
// officer as is and keep `code` for the audit row.

export type SheetReadErrorCode =
  | 'FILE_TOO_LARGE'
  | 'FILE_TOO_LARGE_UNCOMPRESSED'
  | 'XLS_NOT_SUPPORTED'
  | 'NOT_A_SPREADSHEET'
  | 'EMPTY_FILE'
  | 'INVALID_XLSX'
  | 'SHEET_NOT_FOUND'
  | 'TOO_MANY_ROWS'
  | 'TOO_MANY_COLUMNS';

type Params = Record<string, string | number>;

const MESSAGES: Record<SheetReadErrorCode, { vi: string; en: string }> = {
  FILE_TOO_LARGE: {
    vi: 'Tệp quá lớn ({size} byte); tối đa {limit} byte.',
    en: 'The file is too large ({size} bytes); at most {limit} bytes are accepted.',
  },
  FILE_TOO_LARGE_UNCOMPRESSED: {
    vi: 'Tệp Excel khi giải nén vượt quá {limit} byte; hãy chia nhỏ danh sách.',
    en: 'The Excel file expands beyond {limit} bytes when unpacked; split the list into smaller files.',
  },
  XLS_NOT_SUPPORTED: {
    vi: 'Tệp có định dạng Excel cũ (.xls) hoặc được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu nếu có và chọn Lưu thành "Excel Workbook (.xlsx)".',
    en: 'This is an old-format Excel file (.xls) or a password-protected workbook. Open it in Excel, remove any password and use Save As "Excel Workbook (.xlsx)".',
  },
  NOT_A_SPREADSHEET: {
    vi: 'Tệp không phải bảng tính Excel (.xlsx) hoặc CSV.',
    en: 'The file is not an Excel (.xlsx) or CSV spreadsheet.',
  },
  EMPTY_FILE: { vi: 'Tệp rỗng.', en: 'The file is empty.' },
  INVALID_XLSX: {
    vi: 'Tệp Excel bị hỏng hoặc không đọc được ({detail}). Hãy mở và lưu lại bằng Excel.',
    en: 'The Excel file is damaged or unreadable ({detail}). Open it and save it again in Excel.',
  },
  SHEET_NOT_FOUND: {
    vi: 'Không có trang tính "{sheet}". Các trang có trong tệp: {available}.',
    en: 'There is no worksheet "{sheet}". Worksheets in the file: {available}.',
  },
  TOO_MANY_ROWS: {
    vi: 'Trang tính có quá nhiều dòng (tối đa {limit}).',
    en: 'The worksheet has too many rows (at most {limit}).',
  },
  TOO_MANY_COLUMNS: {
    vi: 'Trang tính có dữ liệu ở quá nhiều cột (tối đa {limit}).',
    en: 'The worksheet has data in too many columns (at most {limit}).',
  },
};

function fillTemplate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => (key in params ? String(params[key]) : slot));
}

export class SheetReadError extends Error {
  readonly code: SheetReadErrorCode;
  readonly vi: string;
  readonly en: string;
  readonly params: Params;

  constructor(code: SheetReadErrorCode, params: Params = {}, options?: { cause?: unknown }) {
    const en = fillTemplate(MESSAGES[code].en, params);
    super(en, options);
    this.name = 'SheetReadError';
    this.code = code;
    this.vi = fillTemplate(MESSAGES[code].vi, params);
    this.en = en;
    this.params = params;
  }
}
