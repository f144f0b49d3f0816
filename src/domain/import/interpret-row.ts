// One mapped spreadsheet row → what it says about a producer, a product and a past
// recognition, with every problem named by field. A province's published lists are
// incomplete: what a row lacks becomes a recorded gap, never an invented value — a
// recognition without its decision number or date keeps its decision year and
// nulls; a row without a producer gets a stand-in producer of its own ("Chưa rõ
// chủ thể (product)"), never merged with another. Rows OCOP cannot hold (0–2 stars,
// a decision in the future) are refused by name.
import type { ImportRecord } from './sheet/column-mapping.ts';
import type { InterpretedRow, InterpretOptions, RowIssue } from './interpreted-row.ts';
import { dayMonthYear, evaluationOf, kindOf, readDecision, recognitionOf, yearIn } from './row-facts.ts';
import { inFactOrder } from '../registry/incomplete-facts.ts';
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
  type Message,
  type ParseResult,
} from './values/index.ts';

export type { InterpretedRow, InterpretOptions, ListKind, RowIssue, RowKind } from './interpreted-row.ts';
export { LIST_KINDS } from './interpreted-row.ts';

const msg = (vi: string, en: string): Message => ({ vi, en });

/** The name of the stand-in producer of a row that names none: one per product, never merged. */
export const placeholderProducerName = (productName: string) => `Chưa rõ chủ thể (${productName})`;

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
    return {
      kind: 'recognition',
      evaluation: null,
      dossier: null,
      revocation: null,
      producer,
      product: null,
      certificate: null,
      place,
      gaps: [],
      errors,
      warnings,
    };
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
      yearIn(text('round')) ??
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
  const proposal = text('proposal');
  const kind = kindOf(v, proposal, opts.listKind ?? 'recognitions');
  let certificate: InterpretedRow['certificate'] = null;
  let dossier: InterpretedRow['dossier'] = null;
  let revocation: InterpretedRow['revocation'] = null;
  if (stars && !stars.certifiable) {
    // OCOP recognises 3 stars and up: a row of 1–2 stars cannot be a recognition, a result or a revocation
    errors.push({
      field: 'stars',
      code: 'NOT_CERTIFIABLE',
      message: msg(
        `${stars.stars} sao: OCOP chỉ công nhận sản phẩm từ 3 sao`,
        `${stars.stars} stars: OCOP recognises products of 3 stars and up`,
      ),
    });
  } else if (kind === 'councilResult' || kind === 'proposalToCentre') {
    // no decision yet: a dossier awaiting it, its stars the ones proposed (unknown when not given)
    const score =
      'score' in v && v.score !== null && v.score !== '' ? Number(String(v.score).replace(',', '.')) : null;
    if (score !== null && !(Number.isFinite(score) && score >= 0 && score <= 100))
      errors.push({
        field: 'score',
        code: 'SCORE_INVALID',
        message: msg(
          `Điểm “${String(v.score)}” không hợp lệ (0–100)`,
          `The score “${String(v.score)}” is not valid (0–100)`,
        ),
      });
    const councilDate = 'councilDate' in v ? take('councilDate', parseDate(v.councilDate)) : null;
    dossier = {
      stage: kind === 'proposalToCentre' ? 'forwardedToCentre' : 'awaitingDecision',
      proposedStars: stars?.stars ?? (kind === 'proposalToCentre' ? 5 : null),
      score: score !== null && Number.isFinite(score) ? score : null,
      councilDate,
      year: councilDate ? Number(councilDate.slice(0, 4)) : decisionYear,
    };
  } else if (kind === 'revocation') {
    const revoking =
      'revocationDecision' in v ? take('revocationDecision', parseDecision(v.revocationDecision)) : null;
    const revokedOn =
      ('revocationDate' in v ? take('revocationDate', parseDate(v.revocationDate)) : null) ??
      revoking?.date ??
      null;
    revocation = {
      decisionNo: revoking?.number ?? null,
      decisionDate: revokedOn,
      ground: text('revocationReason'),
    };
    // a cell that could not be read has said so already
    if (!revocation.decisionNo && !errors.some((e) => e.field === 'revocationDecision'))
      errors.push({
        field: 'revocationDecision',
        code: 'REVOCATION_NO_DECISION',
        message: msg(
          'Dòng thu hồi không ghi quyết định thu hồi',
          'The revocation row names no revoking decision',
        ),
      });
    else if (revokedOn && opts.today && revokedOn > opts.today)
      errors.push({
        field: 'revocationDecision',
        code: 'DATE_IN_FUTURE',
        message: msg(
          `Ngày thu hồi ${dayMonthYear(revokedOn)} chưa tới`,
          `The revocation date ${dayMonthYear(revokedOn)} has not come yet`,
        ),
      });
    // the recognition it revokes, as far as the row knows it (its stars may be unknown)
    certificate = recognitionOf(stars?.stars ?? null, decision, decisionDate, decisionYear, null);
  } else if (stars) {
    const given = 'validUntil' in v ? take('validUntil', parseDate(v.validUntil)) : null;
    certificate = recognitionOf(stars.stars, decision, decisionDate, decisionYear, given);
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
  if (certificate && certificate.stars === null) gaps.push('stars');
  const ordered = inFactOrder(gaps);
  const product = {
    name: productName,
    productSet,
    code: text('productCode'),
    gtin: text('gtin'),
    description: text('description'),
  };
  return {
    kind,
    evaluation: evaluationOf(text('evaluation') ?? proposal),
    dossier,
    revocation,
    producer,
    product,
    certificate,
    place,
    gaps: ordered,
    errors,
    warnings,
  };
}
