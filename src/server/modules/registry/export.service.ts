// Export of any filtered registry list the grant may see: .xlsx (streamed with
// exceljs's WorkbookWriter), .csv (UTF-8 with BOM so Excel reads the accents) or
// JSON. Spreadsheets are for people and speak Vietnamese as the screens do: enum
// values in words from src/shared/vocabulary.ts, dates as dd/mm/yyyy (real dates in
// .xlsx), nothing where a value is unknown. JSON is for programs and keeps the ids,
// ISO dates and null. Reads page by page; memory stays flat.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { registryListScope, type Grant } from '../../../domain/access/policy.ts';
import { currentCertificateOn, starsInForce } from '../../../domain/certificates/current-certificate.ts';
import { publicMeaning } from '../../../domain/certificates/public-status.ts';
import { REVOCATION_GROUNDS } from '../../../shared/enums.ts';
import { gapsOfRecord, type IncompleteFact } from '../../../domain/registry/incomplete-facts.ts';
import { formatDate } from '../../../shared/format.ts';
import { PRODUCT_SETS } from '../../../shared/registry.ts';
import { termOf, V } from '../../../shared/vocabulary.ts';
import type { AppDeps } from '../../core/deps.ts';
import { certificateFacts, type CertificateFacts } from '../certificates/certificates.service.ts';
import { openDossiers } from '../dossiers/dossiers.service.ts';
import { publicUrlOf } from './public-address.service.ts';
import * as repo from './registry.repository.ts';

export type ExportFormat = 'xlsx' | 'csv' | 'json';
type Kind = 'producers' | 'products';
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** what a spreadsheet cell holds: text, a number, a date (`YYYY-MM-DD`, shown dd/mm/yyyy) or nothing */
type Cell = { text: string } | { number: number } | { date: string } | null;

interface Column<R> {
  header: string;
  width: number;
  cell(r: R): Cell;
}

const text = (s: string | null | undefined): Cell => (s ? { text: s } : null);
const num = (n: number | null | undefined): Cell => (n == null ? null : { number: n });
const day = (iso: string | null | undefined): Cell => (iso ? { date: iso } : null);

type ProducerRow = Awaited<ReturnType<typeof repo.listProducers>>['items'][number];
type ProductRow = Awaited<ReturnType<typeof repo.listProducts>>['items'][number];

/** The place recorded, and whether it is a unit of an earlier administrative structure. */
function recordedIn(place: ProducerRow['place']): string | null {
  if (!place.unitName) return null;
  const current = place.provinceId?.split(':')[0];
  return current && current !== place.unitVersionId
    ? `${place.unitName} (đơn vị hành chính trước sắp xếp)`
    : place.unitName;
}

/** A product as exported: its row, its current certificate today and what was recorded of it, its open dossier. */
type ProductRecord = ProductRow & {
  no: number;
  current: ReturnType<typeof currentCertificateOn>;
  facts: CertificateFacts | null;
  dossier: { stage: string; proposedStars: number | null } | null;
  publicUrl: string;
  incomplete: IncompleteFact[];
  /** what the state means for a buyer, as the public page says it */
  meaning: string | null;
};

/** A ground recorded on the platform in its words; one from a published list as it came. */
const groundWords = (ground: string | null | undefined) =>
  ground && (REVOCATION_GROUNDS as readonly string[]).includes(ground)
    ? termOf(V.revocationGround, ground, 'vi')
    : ground;

/** The public page's sentence for the current certificate (the day it ended, or the revoking decision). */
function meaningOf(current: ReturnType<typeof currentCertificateOn>, facts: CertificateFacts | null) {
  if (!current) return null;
  return publicMeaning(current.state, {
    recordedEnd: facts?.endedOn ?? null,
    validUntil: current.validUntil,
    revocation: facts?.revocation ?? null,
  });
}

/** The facts the record lacks: of the product and its place, and of its newest recognition. */
const incompleteOf = (p: ProductRow, facts: CertificateFacts | null): IncompleteFact[] =>
  gapsOfRecord({
    producerPlaceholder: p.producerPlaceholder,
    unitLevel: p.place.unitLevel,
    productSet: p.productSet,
    certificate: p.certificate.id
      ? {
          stars: p.certificate.stars,
          decisionNumber: facts?.decisionNumber ?? null,
          decisionDate: facts?.decisionDate ?? null,
        }
      : null,
    recordedGaps: facts?.incompleteFacts,
  });
type ProducerRecord = ProducerRow & { no: number };

const PRODUCER_COLUMNS: Column<ProducerRecord>[] = [
  { header: 'STT', width: 6, cell: (r) => num(r.no) },
  { header: 'Tên chủ thể', width: 40, cell: (r) => text(r.name) },
  {
    header: 'Loại hình',
    width: 22,
    cell: (r) => text(r.legalType ? termOf(V.legalType, r.legalType, 'vi') : null),
  },
  { header: 'Mã số thuế', width: 16, cell: (r) => text(r.taxCode) },
  { header: 'Địa chỉ', width: 30, cell: (r) => text(r.addressLine) },
  { header: 'Xã/phường', width: 24, cell: (r) => text(r.place.communeName) },
  { header: 'Tỉnh/thành phố', width: 18, cell: (r) => text(r.place.provinceName) },
  { header: 'Ghi nhận theo đơn vị', width: 28, cell: (r) => text(recordedIn(r.place)) },
  { header: 'Trạng thái', width: 16, cell: (r) => text(termOf(V.producerStatus, r.status, 'vi')) },
  { header: 'Số sản phẩm', width: 12, cell: (r) => num(r.productCount) },
];

const PRODUCT_COLUMNS: Column<ProductRecord>[] = [
  { header: 'STT', width: 6, cell: (r) => num(r.no) },
  { header: 'Tên sản phẩm', width: 40, cell: (r) => text(r.name) },
  { header: 'Mã sản phẩm', width: 22, cell: (r) => text(r.code) },
  {
    header: 'Bộ sản phẩm',
    width: 34,
    cell: (r) => (r.productSet ? text(`${r.productSet}. ${PRODUCT_SETS[r.productSet - 1]?.vi ?? ''}`) : null),
  },
  { header: 'Tên chủ thể', width: 36, cell: (r) => text(r.producerName) },
  { header: 'Xã/phường', width: 24, cell: (r) => text(r.place.communeName ?? recordedIn(r.place)) },
  { header: 'Tỉnh/thành phố', width: 18, cell: (r) => text(r.place.provinceName) },
  { header: 'Hạng sao (còn hiệu lực)', width: 12, cell: (r) => num(starsInForce(r.current)) },
  { header: 'Hạng sao được công nhận', width: 12, cell: (r) => num(r.current?.stars) },
  { header: 'Hạng sao đề nghị', width: 12, cell: (r) => num(r.dossier?.proposedStars) },
  {
    header: 'Tình trạng giấy chứng nhận',
    width: 30,
    cell: (r) => text(termOf(V.productCertificateState, r.current?.state ?? 'none', 'vi')),
  },
  { header: 'Ý nghĩa với người mua', width: 48, cell: (r) => text(r.meaning) },
  { header: 'Số giấy chứng nhận', width: 16, cell: (r) => text(r.facts?.number) },
  { header: 'Số quyết định', width: 20, cell: (r) => text(r.facts?.decisionNumber) },
  { header: 'Ngày quyết định', width: 14, cell: (r) => day(r.facts?.decisionDate) },
  { header: 'Năm quyết định', width: 10, cell: (r) => num(r.facts?.decisionYear) },
  { header: 'Cơ quan quyết định', width: 28, cell: (r) => text(r.facts?.issuer) },
  { header: 'Hiệu lực đến', width: 14, cell: (r) => day(r.current?.validUntil) },
  { header: 'Quyết định thu hồi', width: 20, cell: (r) => text(r.facts?.revocation?.decisionNumber) },
  { header: 'Ngày thu hồi', width: 14, cell: (r) => day(r.facts?.revocation?.decisionDate) },
  { header: 'Lý do thu hồi', width: 30, cell: (r) => text(groundWords(r.facts?.revocation?.ground)) },
  {
    header: 'Hồ sơ đang xét',
    width: 26,
    cell: (r) => (r.dossier ? text(termOf(V.dossierStage, r.dossier.stage, 'vi')) : null),
  },
  {
    header: 'Thông tin còn thiếu',
    width: 34,
    cell: (r) =>
      r.incomplete.length
        ? text(r.incomplete.map((f) => termOf(V.incompleteFact, f, 'vi')).join('; '))
        : null,
  },
  { header: 'Trạng thái', width: 16, cell: (r) => text(termOf(V.productStatus, r.status, 'vi')) },
  { header: 'Địa chỉ công khai', width: 40, cell: (r) => text(r.publicUrl) },
];

/** A producer for programs: ids, ISO dates, null for what is not known. */
const producerJson = (r: ProducerRecord): Record<string, Json> => ({
  no: r.no,
  id: r.id,
  name: r.name,
  legalType: r.legalType,
  taxCode: r.taxCode,
  addressLine: r.addressLine,
  communeId: r.place.communeId,
  commune: r.place.communeName,
  provinceId: r.place.provinceId,
  province: r.place.provinceName,
  unitId: r.place.unitId,
  unitVersionId: r.place.unitVersionId,
  unit: r.place.unitName,
  status: r.status,
  productCount: r.productCount,
});

const productJson = (r: ProductRecord): Record<string, Json> => ({
  no: r.no,
  id: r.id,
  name: r.name,
  code: r.code,
  productSet: r.productSet,
  producerId: r.producerId,
  producerName: r.producerName,
  communeId: r.place.communeId,
  commune: r.place.communeName,
  provinceId: r.place.provinceId,
  province: r.place.provinceName,
  unitId: r.place.unitId,
  stars: starsInForce(r.current),
  recordedStars: r.current?.stars ?? null,
  proposedStars: r.dossier?.proposedStars ?? null,
  certificateState: r.current?.state ?? 'none',
  validUntil: r.current?.validUntil ?? null,
  mayCarryMark: r.current?.mayCarryMark ?? false,
  certificate:
    r.current && r.facts
      ? {
          number: r.facts.number,
          decisionNumber: r.facts.decisionNumber,
          decisionDate: r.facts.decisionDate,
          decisionYear: r.facts.decisionYear,
          issuer: r.facts.issuer,
          validUntil: r.current.validUntil,
          state: r.current.state,
          revocation: r.facts.revocation,
          endedOn: r.facts.endedOn,
          meaning: r.meaning,
        }
      : null,
  stage: r.dossier?.stage ?? null,
  incomplete: r.incomplete,
  status: r.status,
  publicUrl: r.publicUrl,
});

const PAGE = 1000;

async function* producerRecords(deps: AppDeps, grant: Grant, filter: repo.ProducerFilter, sort: string) {
  const scope = registryListScope(grant);
  let no = 0;
  for (let page = 1; ; page++) {
    const { items } = await repo.listProducers(deps.database.db, scope, filter, sort, page, PAGE);
    for (const p of items) yield { ...p, no: ++no };
    if (items.length < PAGE) return;
  }
}

async function* productRecords(deps: AppDeps, grant: Grant, filter: repo.ProductFilter, sort: string) {
  const scope = registryListScope(grant);
  // one day for the whole file, the same the filter counts states on
  const today = deps.clock.today();
  let no = 0;
  for (let page = 1; ; page++) {
    const { items } = await repo.listProducts(
      deps.database.db,
      scope,
      { ...filter, today },
      sort,
      page,
      PAGE,
    );
    // a page's certificates and open dossiers in one query each
    const certificateIds = items.flatMap((p) => (p.certificate.id ? [p.certificate.id] : []));
    const [facts, dossiers] = await Promise.all([
      certificateFacts(deps.database.db, certificateIds),
      openDossiers(
        deps.database.db,
        items.map((p) => p.id),
      ),
    ]);
    for (const p of items) {
      const recorded = p.certificate.id ? (facts.get(p.certificate.id) ?? null) : null;
      const dossier = dossiers.get(p.id);
      const current = currentCertificateOn(p.certificate, today);
      yield {
        ...p,
        no: ++no,
        current,
        facts: recorded,
        meaning: meaningOf(current, recorded),
        dossier: dossier ? { stage: dossier.stage, proposedStars: dossier.proposedStars } : null,
        publicUrl: publicUrlOf(deps, p.publicId),
        incomplete: incompleteOf(p, recorded),
      };
    }
    if (items.length < PAGE) return;
  }
}

const csvText = (c: Cell): string =>
  c === null ? '' : 'text' in c ? c.text : 'number' in c ? String(c.number) : formatDate(c.date, 'vi');

const csvCell = (c: Cell) => {
  const s = csvText(c);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const xlsxValue = (c: Cell): string | number | Date | null => {
  if (c === null) return null;
  if ('text' in c) return c.text;
  if ('number' in c) return c.number;
  const [y, m, d] = c.date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

interface Sheet<R> {
  name: string;
  columns: Column<R>[];
  json(r: R): Record<string, Json>;
  records: AsyncGenerator<R>;
}

function sheetOf(
  deps: AppDeps,
  grant: Grant,
  kind: Kind,
  filter: Record<string, unknown>,
  sort: string,
): Sheet<ProducerRecord> | Sheet<ProductRecord> {
  return kind === 'producers'
    ? {
        name: 'Chủ thể OCOP',
        columns: PRODUCER_COLUMNS,
        json: producerJson,
        records: producerRecords(deps, grant, filter as repo.ProducerFilter, sort),
      }
    : {
        name: 'Sản phẩm OCOP',
        columns: PRODUCT_COLUMNS,
        json: productJson,
        records: productRecords(deps, grant, filter as repo.ProductFilter, sort),
      };
}

export async function exportRegistry(
  deps: AppDeps,
  grant: Grant,
  kind: Kind,
  filter: Record<string, unknown>,
  sort: string,
  format: ExportFormat,
): Promise<{ body: Uint8Array; mime: string; extension: string; rows: number }> {
  return write(sheetOf(deps, grant, kind, filter, sort) as Sheet<unknown>, format);
}

async function write<R>(sheet: Sheet<R>, format: ExportFormat) {
  if (format === 'json') {
    const rows: Record<string, Json>[] = [];
    for await (const r of sheet.records) rows.push(sheet.json(r));
    return {
      body: new TextEncoder().encode(JSON.stringify(rows)),
      mime: 'application/json',
      extension: 'json',
      rows: rows.length,
    };
  }
  if (format === 'csv') {
    const lines = [sheet.columns.map((c) => csvCell({ text: c.header })).join(',')];
    for await (const r of sheet.records) lines.push(sheet.columns.map((c) => csvCell(c.cell(r))).join(','));
    return {
      body: new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`),
      mime: 'text/csv; charset=utf-8',
      extension: 'csv',
      rows: lines.length - 1,
    };
  }
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  ws.getRow(1).font = { bold: true };
  let n = 0;
  for await (const r of sheet.records) {
    const row = ws.addRow(sheet.columns.map((c) => xlsxValue(c.cell(r))));
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
    row.commit();
    n++;
  }
  ws.commit();
  await workbook.commit();
  return {
    body: new Uint8Array(Buffer.concat(chunks)),
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    rows: n,
  };
}
