// One mapped spreadsheet row → what it says about a producer, a product and a past
// recognition, with every problem named by field. A province's published lists are
// incomplete: what a row lacks becomes a recorded gap, never an invented value — a
// recognition without its decision number or date keeps its decision year and
// nulls; a row without a producer gets a stand-in producer of its own ("Chưa rõ
// chủ thể (product)"), never merged with another. Rows OCOP cannot hold (0–2 stars,
// a decision in the future) are refused by name.
import { certificateValidUntil } from '../certificates/validity.ts';
import { procedureVersionOn } from '../regimes/procedure-versions.ts';
import type { ImportRecord } from './sheet/column-mapping.ts';
import type { PlaceText } from './unit-resolver.ts';
import {
  convertLegacy,
  inferLegalTypeFromName,
  parseDate,
  parseDecision,
  parseEthnicity,
  parseLegalType,
  parseProductSet,
  parseSex,
  parseStars,
  parseTaxCode,
  readCellText,
  type LegacyEncoding,
  type Message,
  type ParseResult,
} from './values/index.ts';

export interface RowIssue {
  field: string;
  code: string;
  message: Message;
}

export interface InterpretedRow {
  producer: {
    name: string | null;
    /** the list named no producer: `name` is a stand-in for this row's product */
    placeholder: boolean;
    legalType: string | null;
    taxCode: string | null;
    registrationNo: string | null;
    addressLine: string | null;
    representativeName: string | null;
    representativeSex: string | null;
    representativeEthnicity: string | null;
    phone: string | null;
    email: string | null;
    registrationDate: string | null;
  };
  product: {
    name: string | null;
    productSet: number | null;
    code: string | null;
    gtin: string | null;
    description: string | null;
  } | null;
  certificate: {
    stars: number;
    decisionNo: string | null;
    decisionDate: string | null;
    /** from the date, or given alone (a "Năm" column, "Đợt 2 năm 2020", a section row) */
    decisionYear: number | null;
    validUntil: string | null;
    issuer: string | null;
    procedureVersionId: string | null;
    incompleteFacts: ('decisionNumber' | 'decisionDate')[];
  } | null;
  place: PlaceText;
  /** facts the row lacks, recorded for the data-quality worklist */
  gaps: ('producer' | 'commune' | 'productSet' | 'decisionNumber' | 'decisionDate')[];
  errors: RowIssue[];
  warnings: RowIssue[];
}

export interface InterpretOptions {
  kind: 'products' | 'producers';
  /** the day in Vietnam: a decision after it is refused */
  today?: string;
  /** legacy font of each text column, detected once for the whole column */
  encodings?: Record<string, LegacyEncoding | null>;
}

const msg = (vi: string, en: string): Message => ({ vi, en });

/** Who signs "QĐ-<code>" recognitions; the level (province or district) is not in the number. */
const ISSUERS: Record<string, string> = {
  UBND: 'Chủ tịch Ủy ban nhân dân',
  BNNMT: 'Bộ trưởng Bộ Nông nghiệp và Môi trường',
  BNN: 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn',
  'BNN-VPĐP': 'Bộ Nông nghiệp và Phát triển nông thôn',
};

const dayMonthYear = (iso: string) => iso.split('-').reverse().join('/');

/** The name of the stand-in producer of a row that names none: one per product, never merged. */
export const placeholderProducerName = (productName: string) => `Chưa rõ chủ thể (${productName})`;

/** A year a decision may carry: a round label, a section row or a note ("Đợt 2 năm 2020", "Năm 2021"). */
function yearIn(text: string | null | undefined): number | null {
  const m = text ? /(?:năm|nam|year)\s*(\d{4})\b/i.exec(text) : null;
  const year = m ? Number(m[1]) : null;
  return year && year >= 2000 && year <= 2100 ? year : null;
}

/**
 * The recognition decision and its date. Lists give the date inside the number
 * cell ("123/QĐ-UBND ngày 05/6/2023") or in a column of its own; the number cell's
 * "no signature date" note is about that cell alone, so it is kept only when the
 * date column gives no date either. When both give a date and they differ, the
 * date column is used and the difference is named.
 */
function readDecision(
  v: ImportRecord['values'],
  take: <T>(field: string, result: ParseResult<T>) => T | null,
  warnings: RowIssue[],
) {
  const cell = 'decision' in v ? parseDecision(v.decision) : null;
  const columnDate = 'decisionDate' in v ? take('decisionDate', parseDate(v.decisionDate)) : null;
  const undatedNumber = cell?.ok && cell.value !== null && cell.value.date === null;
  const decision = cell
    ? take('decision', undatedNumber && columnDate ? { ok: true as const, value: cell.value } : cell)
    : null;
  if (decision?.date && columnDate && decision.date !== columnDate)
    warnings.push({
      field: 'decisionDate',
      code: 'DATE_CONFLICT',
      message: msg(
        `Ô quyết định ghi ngày ${dayMonthYear(decision.date)}, cột ngày quyết định ghi ${dayMonthYear(columnDate)}: dùng ngày ở cột ngày quyết định`,
        `The decision cell gives ${dayMonthYear(decision.date)} and the decision-date column ${dayMonthYear(columnDate)}: the date column is used`,
      ),
    });
  return { decision, decisionDate: columnDate ?? decision?.date ?? null };
}

export function interpretRow(record: ImportRecord, opts: InterpretOptions): InterpretedRow {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const v = record.values;
  const take = <T>(field: string, result: ParseResult<T>): T | null => {
    if (!result.ok) {
      errors.push({ field, code: result.code, message: result.message });
      return null;
    }
    if (result.note) warnings.push({ field, code: 'NOTE', message: result.note });
    return result.value;
  };
  const text = (field: string): string | null => {
    if (!(field in v)) return null;
    const read = readCellText(v[field]);
    if ('ok' in read) {
      errors.push({ field, code: read.code, message: read.message });
      return null;
    }
    const enc = opts.encodings?.[field];
    return read.text && enc ? convertLegacy(read.text, enc) : read.text;
  };
  for (const field of record.formulaFields ?? []) {
    warnings.push({
      field,
      code: 'FORMULA',
      message: msg(
        'Ô chứa công thức: dùng giá trị đã tính trong tệp',
        'The cell holds a formula: its cached value is used',
      ),
    });
  }

  const producerName = text('producerName');
  const identifier = 'taxCode' in v ? take('taxCode', parseTaxCode(v.taxCode)) : null;
  const typed = 'legalType' in v ? take('legalType', parseLegalType(v.legalType)) : null;
  const inferred = !typed && producerName ? inferLegalTypeFromName(producerName) : null;
  const legalType = typed ?? (inferred?.ok ? inferred.value : null);
  if (!legalType && producerName)
    warnings.push({
      field: 'legalType',
      code: 'UNKNOWN',
      message: msg('Không xác định được loại hình chủ thể', 'The legal type could not be told'),
    });
  const producer = {
    name: producerName,
    placeholder: false,
    legalType,
    taxCode: identifier && identifier.kind !== 'household_registration' ? identifier.value : null,
    registrationNo: identifier?.kind === 'household_registration' ? identifier.value : null,
    addressLine: text('address'),
    representativeName: text('representativeName'),
    representativeSex:
      'representativeSex' in v ? take('representativeSex', parseSex(v.representativeSex)) : null,
    representativeEthnicity:
      'representativeEthnicity' in v
        ? (take('representativeEthnicity', parseEthnicity(v.representativeEthnicity))?.name ?? null)
        : null,
    phone: text('phone'),
    email: text('email'),
    registrationDate:
      'registrationDate' in v ? take('registrationDate', parseDate(v.registrationDate)) : null,
  };
  const place: PlaceText = {
    commune: text('commune'),
    district: text('district'),
    province: text('province'),
    address: producer.addressLine,
    context: record.context ?? null,
  };

  if (opts.kind === 'producers') {
    if (!producerName)
      errors.push({
        field: 'producerName',
        code: 'REQUIRED',
        message: msg('Thiếu tên chủ thể', 'The producer name is missing'),
      });
    return { producer, product: null, certificate: null, place, gaps: [], errors, warnings };
  }

  const productName = text('productName');
  if (!productName)
    errors.push({
      field: 'productName',
      code: 'REQUIRED',
      message: msg('Thiếu tên sản phẩm', 'The product name is missing'),
    });
  // many lists give only the group ("Thực phẩm"): the product is kept, its set to be completed
  const set = 'productSet' in v ? parseProductSet(v.productSet) : null;
  if (set && !set.ok) warnings.push({ field: 'productSet', code: set.code, message: set.message });
  const productSet = set?.ok ? (set.value?.set ?? null) : null;
  if (!productSet && !(set && !set.ok))
    warnings.push({
      field: 'productSet',
      code: 'SET_UNKNOWN',
      message: msg(
        'Chưa xác định bộ sản phẩm: cần bổ sung sau khi nhập',
        'The product set is not known: complete it after the import',
      ),
    });

  const stars = 'stars' in v ? take('stars', parseStars(v.stars)) : null;
  const { decision, decisionDate } = readDecision(v, take, warnings);
  const yearCell = 'year' in v && v.year !== null && v.year !== '' ? Number(String(v.year).trim()) : null;
  if (yearCell !== null && !(Number.isInteger(yearCell) && yearCell >= 2000 && yearCell <= 2100))
    errors.push({
      field: 'year',
      code: 'YEAR_INVALID',
      message: msg(`Năm “${String(v.year)}” không hợp lệ`, `The year “${String(v.year)}” is not valid`),
    });
  const decisionYear = decisionDate
    ? Number(decisionDate.slice(0, 4))
    : ((yearCell !== null && Number.isInteger(yearCell) ? yearCell : null) ??
      yearIn(typeof v.decision === 'string' ? v.decision : null) ??
      yearIn(text('note')) ??
      yearIn(record.context));
  const thisYear = opts.today ? Number(opts.today.slice(0, 4)) : null;
  if (decisionDate && opts.today && decisionDate > opts.today)
    errors.push({
      field: 'decisionDate',
      code: 'DATE_IN_FUTURE',
      message: msg(
        `Ngày quyết định ${dayMonthYear(decisionDate)} chưa tới`,
        `The decision date ${dayMonthYear(decisionDate)} has not come yet`,
      ),
    });
  else if (decisionYear && thisYear && decisionYear > thisYear)
    errors.push({
      field: 'year',
      code: 'YEAR_IN_FUTURE',
      message: msg(
        `Năm quyết định ${decisionYear} chưa tới`,
        `The decision year ${decisionYear} has not come yet`,
      ),
    });
  let certificate: InterpretedRow['certificate'] = null;
  if (stars && !stars.certifiable) {
    // OCOP recognises 3 stars and up: a row of 1–2 stars cannot be a recognition
    errors.push({
      field: 'stars',
      code: 'NOT_CERTIFIABLE',
      message: msg(
        `${stars.stars} sao: OCOP chỉ công nhận sản phẩm từ 3 sao`,
        `${stars.stars} stars: OCOP recognises products of 3 stars and up`,
      ),
    });
  } else if (stars) {
    const given = 'validUntil' in v ? take('validUntil', parseDate(v.validUntil)) : null;
    const incompleteFacts: ('decisionNumber' | 'decisionDate')[] = [];
    if (!decision) incompleteFacts.push('decisionNumber');
    if (!decisionDate) incompleteFacts.push('decisionDate');
    certificate = {
      stars: stars.stars,
      decisionNo: decision?.number ?? null,
      decisionDate,
      decisionYear,
      // lists rarely give the end date: 36 months from the decision (QĐ 148, QĐ 26/2026); unknown without a date
      validUntil: given ?? (decisionDate ? certificateValidUntil(decisionDate) : null),
      issuer: decision ? (ISSUERS[decision.issuerCode] ?? `Cơ quan ban hành ${decision.issuerCode}`) : null,
      procedureVersionId: decisionDate ? procedureVersionOn(decisionDate) : null,
      incompleteFacts,
    };
  }
  const gaps: InterpretedRow['gaps'] = [];
  // a row without a producer: a stand-in of its own, in the row's place, to be completed
  if (!producerName && productName) {
    producer.name = placeholderProducerName(productName);
    producer.placeholder = true;
    gaps.push('producer');
  }
  if (!productSet) gaps.push('productSet');
  if (certificate) gaps.push(...certificate.incompleteFacts);
  const product = {
    name: productName,
    productSet,
    code: text('productCode'),
    gtin: text('gtin'),
    description: text('description'),
  };
  return { producer, product, certificate, place, gaps, errors, warnings };
}
