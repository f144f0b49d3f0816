// Export of any filtered registry list the grant may see: .xlsx (streamed with
// exceljs's WorkbookWriter, Vietnamese headers), .csv (UTF-8 with BOM so Excel
// reads the accents) or JSON. Reads page by page; memory stays flat.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { registryListScope, type Grant } from '../../../domain/access/policy.ts';
import { LEGAL_TYPE_LABELS, PRODUCT_SETS } from '../../../shared/registry.ts';
import type { AppDeps } from '../../core/deps.ts';
import * as repo from './registry.repository.ts';

export type ExportFormat = 'xlsx' | 'csv' | 'json';
type Column = { header: string; key: string; width: number };

const PRODUCER_COLUMNS: Column[] = [
  { header: 'STT', key: 'no', width: 6 },
  { header: 'Tên chủ thể', key: 'name', width: 40 },
  { header: 'Loại hình', key: 'legalType', width: 22 },
  { header: 'Mã số thuế', key: 'taxCode', width: 16 },
  { header: 'Địa chỉ', key: 'addressLine', width: 30 },
  { header: 'Xã/phường', key: 'commune', width: 24 },
  { header: 'Tỉnh/thành phố', key: 'province', width: 18 },
  { header: 'Ghi nhận theo đơn vị', key: 'unit', width: 28 },
  { header: 'Số sản phẩm', key: 'productCount', width: 12 },
];
const PRODUCT_COLUMNS: Column[] = [
  { header: 'STT', key: 'no', width: 6 },
  { header: 'Tên sản phẩm', key: 'name', width: 40 },
  { header: 'Mã sản phẩm', key: 'code', width: 22 },
  { header: 'Bộ sản phẩm', key: 'productSet', width: 34 },
  { header: 'Tên chủ thể', key: 'producerName', width: 36 },
  { header: 'Xã/phường', key: 'commune', width: 24 },
  { header: 'Tỉnh/thành phố', key: 'province', width: 18 },
  { header: 'Hạng sao', key: 'stars', width: 10 },
  { header: 'Trạng thái', key: 'status', width: 12 },
];

const PAGE = 1000;

async function* rowsOf(
  deps: AppDeps,
  grant: Grant,
  kind: 'producers' | 'products',
  filter: Record<string, unknown>,
  sort: string,
) {
  const scope = registryListScope(grant);
  let no = 0;
  for (let page = 1; ; page++) {
    if (kind === 'producers') {
      const { items } = await repo.listProducers(deps.database.db, scope, filter, sort, page, PAGE);
      for (const p of items) {
        yield {
          no: ++no,
          name: p.name,
          legalType: LEGAL_TYPE_LABELS[p.legalType].vi,
          taxCode: p.taxCode ?? '',
          addressLine: p.addressLine ?? '',
          commune: p.place.communeName ?? '',
          province: p.place.provinceName ?? '',
          unit: `${p.place.unitName ?? ''} (${p.place.unitVersionId})`,
          productCount: p.productCount,
        };
      }
      if (items.length < PAGE) return;
    } else {
      const { items } = await repo.listProducts(deps.database.db, scope, filter, sort, page, PAGE);
      for (const p of items) {
        yield {
          no: ++no,
          name: p.name,
          code: p.code ?? '',
          productSet: p.productSet ? `${p.productSet}. ${PRODUCT_SETS[p.productSet - 1]?.vi ?? ''}` : '',
          producerName: p.producerName,
          commune: p.place.communeName ?? p.place.unitName ?? '',
          province: p.place.provinceName ?? '',
          stars: p.currentStars ?? '',
          status: p.status,
        };
      }
      if (items.length < PAGE) return;
    }
  }
}

const csvCell = (v: unknown) => {
  const s = String(v ?? '');
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export async function exportRegistry(
  deps: AppDeps,
  grant: Grant,
  kind: 'producers' | 'products',
  filter: Record<string, unknown>,
  sort: string,
  format: ExportFormat,
): Promise<{ body: Uint8Array; mime: string; extension: string; rows: number }> {
  const columns = kind === 'producers' ? PRODUCER_COLUMNS : PRODUCT_COLUMNS;
  const rows: Record<string, unknown>[] = [];
  if (format !== 'xlsx') {
    for await (const r of rowsOf(deps, grant, kind, filter, sort)) rows.push(r);
    if (format === 'json')
      return {
        body: new TextEncoder().encode(JSON.stringify(rows)),
        mime: 'application/json',
        extension: 'json',
        rows: rows.length,
      };
    const lines = [
      columns.map((c) => csvCell(c.header)).join(','),
      ...rows.map((r) => columns.map((c) => csvCell(r[c.key])).join(',')),
    ];
    return {
      body: new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`),
      mime: 'text/csv; charset=utf-8',
      extension: 'csv',
      rows: rows.length,
    };
  }
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = workbook.addWorksheet(kind === 'producers' ? 'Chủ thể OCOP' : 'Sản phẩm OCOP', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  let n = 0;
  for await (const r of rowsOf(deps, grant, kind, filter, sort)) {
    sheet.addRow(r).commit();
    n++;
  }
  sheet.commit();
  await workbook.commit();
  return {
    body: new Uint8Array(Buffer.concat(chunks)),
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    rows: n,
  };
}
