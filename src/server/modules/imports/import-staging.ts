// Sheet records → staging rows: interpret each row, place it in a unit of either
// structure, compute the natural keys, and flag repeats inside the file. A row is
// `valid`, `incomplete` (imported with its gaps recorded: no producer named, no
// decision number or date, no product set), `invalid` (refused by name), `review`
// (an officer must choose: a place that matches several units) or `duplicate`.
import {
  interpretRow,
  type InterpretedRow,
  type ListKind,
  type RowIssue,
} from '../../../domain/import/interpret-row.ts';
import type { ImportRecord } from '../../../domain/import/sheet/column-mapping.ts';
import type { RefUnit, UnitResolver } from '../../../domain/import/unit-resolver.ts';
import {
  detectColumnEncoding,
  readCellText,
  type LegacyEncoding,
} from '../../../domain/import/values/index.ts';
import { inFactOrder } from '../../../domain/registry/incomplete-facts.ts';
import { foldVietnamese } from '../../../domain/text/vietnamese.ts';

export type StagingStatus = 'valid' | 'incomplete' | 'invalid' | 'review' | 'duplicate';

export interface StagingRow {
  rowNo: number;
  raw: Record<string, unknown>;
  values: InterpretedRow & { unitId: string | null; placeNote: string | null };
  errors: RowIssue[];
  warnings: RowIssue[];
  status: StagingStatus;
  producerKey: string | null;
  productKey: string | null;
}

const TEXT_FIELDS = [
  'producerName',
  'productName',
  'address',
  'commune',
  'district',
  'province',
  'representativeName',
  'description',
  'note',
];

/** Legacy TCVN3/VNI fonts are per column: decide once from all its cells. */
export function detectEncodings(records: readonly ImportRecord[]): Record<string, LegacyEncoding | null> {
  const out: Record<string, LegacyEncoding | null> = {};
  for (const field of TEXT_FIELDS) {
    const texts = records
      .map((r) => readCellText(r.values[field]))
      .flatMap((t) => ('text' in t && t.text ? [t.text] : []));
    out[field] = texts.length ? detectColumnEncoding(texts) : null;
  }
  return out;
}

export function producerKeyOf(row: InterpretedRow, unitId: string | null): string | null {
  if (row.producer.taxCode) return `tax:${row.producer.taxCode}`;
  if (!row.producer.name || !unitId) return null;
  return `name:${foldVietnamese(row.producer.name)}|${unitId}`;
}

export function productKeyOf(row: InterpretedRow, producerKey: string | null): string | null {
  if (!row.product) return null;
  if (row.product.code) return `code:${row.product.code.replace(/\s+/g, '')}`;
  if (!producerKey || !row.product.name) return null;
  return `${producerKey}|${foldVietnamese(row.product.name)}|${row.product.productSet ?? '?'}`;
}

export function buildStagingRows(
  records: readonly ImportRecord[],
  kind: 'products' | 'producers',
  resolver: UnitResolver,
  scope: RefUnit | null,
  today?: string,
  listKind: ListKind = 'recognitions',
): StagingRow[] {
  const encodings = detectEncodings(records);
  const seen = new Set<string>();
  return records.map((record) => {
    const row = interpretRow(record, { kind, encodings, today, listKind });
    const place = resolver.resolve(row.place, scope);
    const errors = [...row.errors];
    const warnings = [...row.warnings];
    const ambiguous: RowIssue[] = [];
    let unitId: string | null = null;
    let placeNote: string | null = null;
    const gaps = [...row.gaps];
    if (place.kind === 'found') {
      unitId = place.unit.id;
      placeNote = place.note;
      // recorded at a district or the province: the commune is to be completed
      if (place.unit.level !== 'commune' && kind === 'products') gaps.push('commune');
    } else if (place.kind === 'ambiguous') {
      // an officer's choice, not a fault: kept for review
      ambiguous.push({
        field: 'commune',
        code: 'AMBIGUOUS_UNIT',
        message: {
          vi: `Địa danh khớp nhiều đơn vị: ${place.candidates
            .slice(0, 4)
            .map((c) => c.name)
            .join('; ')}`,
          en: `The place matches several units: ${place.candidates
            .slice(0, 4)
            .map((c) => c.name)
            .join('; ')}`,
        },
      });
    } else if (row.producer.name) {
      errors.push({
        field: 'commune',
        code: 'UNKNOWN_UNIT',
        message: place.searched
          ? {
              vi: `Không tìm thấy đơn vị hành chính “${place.searched}” trong cả hai cấu trúc`,
              en: `No administrative unit “${place.searched}” in either structure`,
            }
          : {
              vi: 'Dòng không ghi xã, huyện hay tỉnh, và tệp không gắn với đơn vị nào',
              en: 'The row names no commune, district or province, and the file names no unit',
            },
      });
    }
    const producerKey = producerKeyOf(row, unitId);
    const productKey = productKeyOf(row, producerKey);
    const dedupeKey = kind === 'products' ? productKey : producerKey;
    let status: StagingStatus = errors.length
      ? 'invalid'
      : ambiguous.length
        ? 'review'
        : gaps.length
          ? 'incomplete'
          : 'valid';
    warnings.push(...ambiguous);
    if ((status === 'valid' || status === 'incomplete') && dedupeKey) {
      if (seen.has(dedupeKey)) {
        status = 'duplicate';
        warnings.push({
          field: kind === 'products' ? 'productName' : 'producerName',
          code: 'DUPLICATE_IN_FILE',
          message: {
            vi: 'Trùng với một dòng phía trên trong cùng tệp',
            en: 'Repeats a row above in the same file',
          },
        });
      }
      seen.add(dedupeKey);
    }
    const raw = Object.fromEntries(
      Object.entries(record.values).map(([k, v]) => [
        k,
        v instanceof Date ? v.toISOString().slice(0, 10) : v,
      ]),
    );
    return {
      rowNo: record.row,
      raw,
      values: { ...row, gaps: inFactOrder(gaps), unitId, placeNote },
      errors,
      warnings,
      status,
      producerKey,
      productKey,
    };
  });
}
