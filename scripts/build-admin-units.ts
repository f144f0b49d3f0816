// Builds the committed administrative-unit resources from the two npm packages:
//   resources/admin-units/vn-3tier.json                       (before 1 July 2025)
//   resources/admin-units/vn-2tier-2025.json                  (from 1 July 2025)
//   resources/admin-units/map-vn-3tier-to-vn-2tier-2025.json  (old → new)
//   resources/admin-units/RECONCILIATION.md, PROVENANCE.md
// Run: node --import tsx scripts/build-admin-units.ts
// Deterministic: sorted output, no timestamps, so a rerun on the same packages
// rewrites identical files and any diff means the sources changed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reconcileCommuneMap, type ReconcileResult } from '../src/domain/admin-units/reconcile.ts';
import { compareText, findByName, buildNameIndex } from '../src/domain/admin-units/name-index.ts';
import { toNfc, unitFullKey } from '../src/domain/text/vietnamese.ts';
import {
  readThreeTier,
  readTwoTier,
  type ReadAnomaly,
  type ThreeTier,
  type TwoTier,
} from './admin-units/read-sources.ts';
import { renderProvenance, renderReconciliation } from './admin-units/render-reports.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'resources', 'admin-units');
const GENERATED_BY = 'scripts/build-admin-units.ts';

type UnitTuple = [code: string, level: string, type: string, name: string, parentCode: string | null];

/**
 * JSON with the header pretty-printed and each list item on its own line, so a
 * change to one unit shows up as a one-line diff.
 */
function formatDocument(head: Record<string, unknown>, lists: Record<string, readonly unknown[]>): string {
  const headJson = JSON.stringify(head, null, 2);
  const listJson = Object.entries(lists).map(([key, items]) => {
    const body =
      items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
    return `  ${JSON.stringify(key)}: ${body}`;
  });
  return `${headJson.slice(0, -2)},\n${listJson.join(',\n')}\n}\n`;
}

function byCode<T extends { code: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareText(a.code, b.code));
}

function buildThreeTierDocument(src: ThreeTier): string {
  const units: UnitTuple[] = [
    ...byCode(src.provinces).map((p): UnitTuple => [p.code, 'province', p.type, p.name, null]),
    ...byCode(src.districts).map((d): UnitTuple => [d.code, 'district', d.type, d.name, d.provinceCode]),
    ...byCode(src.communes).map((c): UnitTuple => [c.code, 'commune', c.type, c.name, c.districtCode]),
  ];
  return formatDocument(
    {
      id: 'vn-3tier',
      nameVi: 'Đơn vị hành chính 3 cấp (trước 01/7/2025)',
      nameEn: 'Three-tier administrative units (before 1 July 2025)',
      tiers: 3,
      effectiveFrom: null,
      effectiveTo: '2025-06-30',
      source: { ...src.info, note: 'snapshot date not stated by the package' },
      counts: {
        province: src.provinces.length,
        district: src.districts.length,
        commune: src.communes.length,
      },
    },
    { units },
  );
}

function buildTwoTierDocument(src: TwoTier): string {
  const units: UnitTuple[] = [
    ...byCode(src.provinces).map((p): UnitTuple => [p.code, 'province', p.type, p.name, null]),
    ...byCode(src.communes).map((c): UnitTuple => [c.code, 'commune', c.type, c.name, c.provinceCode]),
  ];
  return formatDocument(
    {
      id: 'vn-2tier-2025',
      nameVi: 'Đơn vị hành chính 2 cấp (từ 01/7/2025)',
      nameEn: 'Two-tier administrative units (from 1 July 2025)',
      tiers: 2,
      effectiveFrom: '2025-07-01',
      effectiveTo: null,
      source: { ...src.info, note: `data version ${src.dataVersion}; Resolution 202/2025/QH15` },
      counts: { province: src.provinces.length, commune: src.communes.length },
    },
    { units },
  );
}

function buildMapDocument(oldSrc: ThreeTier, newSrc: TwoTier, result: ReconcileResult): string {
  return formatDocument(
    {
      from: 'vn-3tier',
      to: 'vn-2tier-2025',
      source: {
        mapping: { ...newSrc.info, table: 'ward_mappings', note: `data version ${newSrc.dataVersion}` },
        from: oldSrc.info,
        to: newSrc.info,
      },
      generatedBy: GENERATED_BY,
      columns: { communes: ['oldCode', 'newCode', 'confidence', 'partial', 'note'] },
      notes:
        'a note is a list of phrases, each {"code": …, parameters}; their words in Vietnamese and English are in src/shared/mapping-notes.ts',
      counts: {
        provinces: result.provinceMap.length,
        communes: result.rows.length,
        ...result.report.countsByConfidence,
      },
    },
    {
      provinces: result.provinceMap.map((p) => [p.oldCode, p.newCode]),
      communes: result.rows.map((r) => [r.oldCode, r.newCode, r.confidence, r.partial ? 1 : 0, r.note]),
    },
  );
}

/**
 * Place names the mapping table uses that the old list does not know: they reveal
 * renames between the two packages' snapshots (a province, districts).
 */
function findUnknownOldPlaces(oldSrc: ThreeTier, newSrc: TwoTier, anomalies: ReadAnomaly[]): void {
  const provinceIndex = buildNameIndex(oldSrc.provinces, () => '');
  const districtIndex = buildNameIndex(oldSrc.districts, (d) => d.provinceCode);
  const seen = new Set<string>();
  for (const row of newSrc.mappingRows) {
    const provinceName = row.oldProvinceName ?? '';
    const districtName = row.oldDistrictName ?? '';
    if (!provinceName || seen.has(`${provinceName}|${districtName}`)) continue;
    seen.add(`${provinceName}|${districtName}`);
    const province = findByName(provinceIndex, '', provinceName);
    if (province.kind !== 'found') {
      if (!seen.has(provinceName)) {
        seen.add(provinceName);
        anomalies.push({
          source: newSrc.info.package,
          kind: 'old province name unknown to the old list',
          detail: `"${provinceName}"`,
        });
      }
      continue;
    }
    if (!districtName) continue;
    const district = findByName(districtIndex, province.unit.code, districtName);
    if (district.kind === 'missing') {
      anomalies.push({
        source: newSrc.info.package,
        kind: 'old district name unknown to the old list',
        detail: `"${districtName}" (${provinceName})`,
      });
    } else if (district.kind === 'found' && unitFullKey(district.unit.name) !== unitFullKey(districtName)) {
      anomalies.push({
        source: newSrc.info.package,
        kind: 'old district named differently from the old list (matched by name without its type)',
        detail: `"${districtName}" = ${district.unit.code} "${district.unit.name}" (${provinceName})`,
      });
    }
  }
}

/** Oddities of the lists themselves that the reconciliation does not see. */
function findListAnomalies(oldSrc: ThreeTier, newSrc: TwoTier, anomalies: ReadAnomaly[]): void {
  const withCommunes = new Set(oldSrc.communes.map((c) => c.districtCode));
  for (const d of byCode(oldSrc.districts)) {
    if (!withCommunes.has(d.code)) {
      anomalies.push({
        source: oldSrc.info.package,
        kind: 'district without communes',
        detail: `${d.code} ${d.name} (province ${d.provinceCode})`,
      });
    }
  }
  for (const p of byCode(newSrc.provinces)) {
    if (p.type === 'tinh' && !p.name.startsWith('Tỉnh ')) {
      anomalies.push({
        source: newSrc.info.package,
        kind: 'province name without its "Tỉnh" prefix (kept as given)',
        detail: `${p.code} ${p.name}`,
      });
    }
  }
  const missingRows = newSrc.mappingRows.filter((r) => !(r.oldCode ?? '').trim()).length;
  anomalies.push({
    source: newSrc.info.package,
    kind: 'mapping rows without an old code',
    detail: `${missingRows} of ${newSrc.mappingRows.length} rows`,
  });
  const notNfc = newSrc.mappingRows.filter((r) =>
    Object.values(r).some((v) => typeof v === 'string' && v !== toNfc(v)),
  );
  anomalies.push({
    source: newSrc.info.package,
    kind: 'mapping rows with text not in NFC (normalised before matching)',
    detail: `${notNfc.length} rows${notNfc.length ? `: ${notNfc.map((r) => r.ref).join(', ')}` : ''}`,
  });
}

async function main(): Promise<void> {
  const anomalies: ReadAnomaly[] = [];
  const oldSrc = await readThreeTier(anomalies);
  const newSrc = readTwoTier(anomalies);
  findListAnomalies(oldSrc, newSrc, anomalies);
  findUnknownOldPlaces(oldSrc, newSrc, anomalies);

  const result = reconcileCommuneMap({
    oldProvinces: oldSrc.provinces,
    oldDistricts: oldSrc.districts,
    oldCommunes: oldSrc.communes,
    newProvinces: newSrc.provinces,
    newCommunes: newSrc.communes,
    mappingRows: newSrc.mappingRows,
  });

  mkdirSync(OUT_DIR, { recursive: true });
  const files: Record<string, string> = {
    'vn-3tier.json': buildThreeTierDocument(oldSrc),
    'vn-2tier-2025.json': buildTwoTierDocument(newSrc),
    'map-vn-3tier-to-vn-2tier-2025.json': buildMapDocument(oldSrc, newSrc, result),
    'RECONCILIATION.md': renderReconciliation({ oldSrc, newSrc, result, anomalies }),
    'PROVENANCE.md': renderProvenance({ oldSrc, newSrc, generatedBy: GENERATED_BY }),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(OUT_DIR, name), text);

  const counts = result.report.countsByConfidence;
  console.log(
    `vn-3tier: ${oldSrc.provinces.length} provinces, ${oldSrc.districts.length} districts, ${oldSrc.communes.length} communes`,
  );
  console.log(`vn-2tier-2025: ${newSrc.provinces.length} provinces, ${newSrc.communes.length} communes`);
  console.log(
    `map: ${result.rows.length} rows from ${newSrc.mappingRows.length} source rows; ${JSON.stringify(counts)}; partial ${result.report.partialRows}`,
  );
  console.log(`province conflicts: ${result.report.provinceConflicts.length}; files written to ${OUT_DIR}`);
}

await main();
