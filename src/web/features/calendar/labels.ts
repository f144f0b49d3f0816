// Words of the working-day calendar page, Vietnamese first. The kinds of days off,
// where a year's days come from and the units of a limit take their words from
// src/shared/vocabulary.ts (dayOffKind, calendarOrigin, limitUnit).
export const WEEKDAYS = {
  vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

export const LABELS = {
  vi: {
    intro:
      'Các ngày nghỉ lễ, Tết, nghỉ bù và hoán đổi của từng năm theo văn bản đã ban hành; thời hạn tính theo ngày làm việc dựa trên lịch này.',
    year: 'Năm',
    yearOf: (y: number) => `Lịch năm ${y}`,
    decided: 'Đã có quyết định',
    notDecided: 'chưa có quyết định',
    verified: 'Đã đối chiếu với nguồn thứ hai',
    notVerified: 'Chưa đối chiếu với nguồn thứ hai',
    updatedAt: (at: string) => `Cập nhật lúc ${at}`,
    instruments: 'Văn bản quyết định',
    noInstruments: 'Chưa có văn bản nào cho năm này.',
    instrumentDate: (d: string) => `ngày ${d}`,
    noDate: 'chưa rõ ngày ban hành',
    openInstrument: 'Xem văn bản',
    openInstrumentOf: (ref: string) => `Xem văn bản: ${ref} (mở trang mới)`,
    daysOff: 'Ngày nghỉ',
    daysOffCount: (n: number) => `${n} ngày`,
    date: 'Ngày',
    weekday: 'Thứ',
    name: 'Tên',
    kind: 'Loại',
    onWeekend: 'Rơi vào cuối tuần',
    makeUpDays: 'Ngày làm bù',
    noMakeUpDays: 'Không có ngày làm bù.',
    notes: 'Ghi chú của người soạn dữ liệu (nguyên văn)',
    loadFailed: 'Không tải được lịch của năm này.',
    // the deadline tool
    tool: 'Tính thời hạn',
    toolHint:
      'Không tính ngày bắt đầu; thời hạn tính theo ngày mà ngày cuối là ngày nghỉ thì kết thúc vào ngày làm việc tiếp theo.',
    from: 'Từ ngày',
    count: 'Số ngày',
    unit: 'Tính theo',
    compute: 'Tính',
    computing: 'Đang tính…',
    lastDay: 'Ngày cuối cùng',
    counted: (n: string, unit: string, from: string) => `${n} ${unit} kể từ ${from}`,
    allDecided: 'Các năm đã tính đều có quyết định về ngày nghỉ.',
    undecided: (years: string) =>
      `Năm chưa có quyết định, tính theo ngày nghỉ của Bộ luật Lao động: ${years}. Kết quả có thể thay đổi khi có quyết định.`,
    result: (date: string) => `Ngày cuối cùng của thời hạn: ${date}`,
    needDate: 'Hãy chọn ngày bắt đầu.',
    needCount: 'Hãy nhập số ngày (số nguyên, không âm).',
  },
  en: {
    intro:
      'Each year’s public holidays, Tết, substitute and swapped days off as the instruments decided them; limits in working days are counted on this calendar.',
    year: 'Year',
    yearOf: (y: number) => `Calendar of ${y}`,
    decided: 'Decided',
    notDecided: 'not decided',
    verified: 'Cross-checked against a second source',
    notVerified: 'Not cross-checked against a second source',
    updatedAt: (at: string) => `Updated ${at}`,
    instruments: 'Instruments',
    noInstruments: 'No instrument for this year.',
    instrumentDate: (d: string) => `of ${d}`,
    noDate: 'date not known',
    openInstrument: 'Open the text',
    openInstrumentOf: (ref: string) => `Open the text: ${ref} (new tab)`,
    daysOff: 'Days off',
    daysOffCount: (n: number) => `${n} days`,
    date: 'Date',
    weekday: 'Day',
    name: 'Name',
    kind: 'Kind',
    onWeekend: 'On a weekend',
    makeUpDays: 'Make-up working days',
    noMakeUpDays: 'No make-up working day.',
    notes: 'Notes of whoever compiled the data (as written)',
    loadFailed: 'This year’s calendar could not be loaded.',
    tool: 'Count a time limit',
    toolHint:
      'The start day is not counted; a limit in days that ends on a day off ends on the next working day.',
    from: 'From',
    count: 'Number of days',
    unit: 'Counted in',
    compute: 'Count',
    computing: 'Counting…',
    lastDay: 'Last day',
    counted: (n: string, unit: string, from: string) => `${n} ${unit} from ${from}`,
    allDecided: 'Every year counted has its days off decided.',
    undecided: (years: string) =>
      `Not decided yet, counted with the Labour Code’s days off: ${years}. The result may change once a decision is made.`,
    result: (date: string) => `The limit’s last day: ${date}`,
    needDate: 'Choose the start day.',
    needCount: 'Enter the number of days (a whole number, not negative).',
  },
} as const;

/** Words of the administrators' edit form. */
export const FORM_LABELS = {
  vi: {
    edit: (y: number) => `Sửa lịch năm ${y}`,
    heading: (y: number) => `Sửa ngày nghỉ năm ${y}`,
    hint: 'Ghi đúng theo văn bản đã ban hành. Năm chưa có quyết định được điền sẵn các ngày nghỉ theo Bộ luật Lao động.',
    dayOff: (n: number) => `Ngày nghỉ ${n}`,
    makeUp: (n: number) => `Ngày làm bù ${n}`,
    instrument: (n: number) => `Văn bản ${n}`,
    nameVi: 'Tên (tiếng Việt)',
    nameEn: 'Tên (tiếng Anh)',
    addDayOff: 'Thêm ngày nghỉ',
    addMakeUp: 'Thêm ngày làm bù',
    addInstrument: 'Thêm văn bản',
    remove: 'Bỏ',
    removeWhat: (what: string) => `Bỏ ${what}`,
    ref: 'Số, ký hiệu văn bản',
    instrumentDate: 'Ngày ban hành (không bắt buộc)',
    issuer: 'Cơ quan ban hành',
    about: 'Trích yếu',
    url: 'Đường dẫn tới văn bản (không bắt buộc)',
    verified: 'Đã đối chiếu với nguồn thứ hai',
    notes: 'Ghi chú (không bắt buộc)',
    save: 'Lưu lịch năm',
    saving: 'Đang lưu…',
    cancel: 'Hủy, bỏ thay đổi',
    saved: (y: number) => `Đã lưu lịch năm ${y}`,
    refused: 'Chưa lưu được:',
    chooseKind: '— Chọn loại —',
  },
  en: {
    edit: (y: number) => `Edit the calendar of ${y}`,
    heading: (y: number) => `Days off of ${y}`,
    hint: 'Write them as the instruments decided. A year not decided yet starts with the Labour Code’s days off.',
    dayOff: (n: number) => `Day off ${n}`,
    makeUp: (n: number) => `Make-up day ${n}`,
    instrument: (n: number) => `Instrument ${n}`,
    nameVi: 'Name (Vietnamese)',
    nameEn: 'Name (English)',
    addDayOff: 'Add a day off',
    addMakeUp: 'Add a make-up day',
    addInstrument: 'Add an instrument',
    remove: 'Remove',
    removeWhat: (what: string) => `Remove ${what}`,
    ref: 'Number and kind',
    instrumentDate: 'Date issued (optional)',
    issuer: 'Issued by',
    about: 'What it decides',
    url: 'Link to the text (optional)',
    verified: 'Cross-checked against a second source',
    notes: 'Notes (optional)',
    save: 'Save the year',
    saving: 'Saving…',
    cancel: 'Cancel and drop the changes',
    saved: (y: number) => `The calendar of ${y} is saved`,
    refused: 'Not saved:',
    chooseKind: '— Choose a kind —',
  },
} as const;

/** A field of the form named as the reader sees it, from the path the API names (nonWorkingDays.2.name). */
export function fieldLabel(path: string, lang: 'vi' | 'en'): string {
  const F = FORM_LABELS[lang];
  const L = LABELS[lang];
  const [list, index, field] = path.split('.');
  const n = Number(index) + 1;
  const fields: Record<string, string> = {
    date: list === 'decisions' ? F.instrumentDate : L.date,
    name: F.nameVi,
    nameEn: F.nameEn,
    kind: L.kind,
    ref: F.ref,
    issuer: F.issuer,
    about: F.about,
    url: F.url,
  };
  const row =
    list === 'nonWorkingDays'
      ? F.dayOff
      : list === 'makeUpWorkingDays'
        ? F.makeUp
        : list === 'decisions'
          ? F.instrument
          : null;
  if (!row) return list === 'notes' ? F.notes : list === 'verified' ? F.verified : L.year;
  if (Number.isNaN(n))
    return list === 'nonWorkingDays'
      ? L.daysOff
      : list === 'makeUpWorkingDays'
        ? L.makeUpDays
        : L.instruments;
  return field ? `${row(n)} — ${fields[field] ?? field}` : row(n);
}
