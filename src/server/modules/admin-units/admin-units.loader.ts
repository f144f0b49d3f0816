// Loads the shipped admin-structure versions (resources/admin-units) into the
// database on first start, with the reconciled old→new map, then resolves every
// unit of every version into the current structure (admin_unit_scopes).
import { readFile } from 'node:fs/promises';
import { CURRENT_STRUCTURE } from '../../../domain/admin-units/structures.ts';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { insertAll, type ColumnSpec } from '../../db/bulk-insert.ts';
import { adminStructureVersions } from '../../db/schema/index.ts';

export const RESOURCE_DIR = fileURLToPath(new URL('../../../../resources/admin-units/', import.meta.url));
export const STRUCTURE_FILES = ['vn-3tier.json', 'vn-2tier-2025.json'];
export const MAP_FILE = 'map-vn-3tier-to-vn-2tier-2025.json';

type UnitTuple = [
  code: string,
  level: 'province' | 'district' | 'commune',
  type: string,
  name: string,
  parentCode: string | null,
];

interface StructureFile {
  id: string;
  nameVi: string;
  nameEn: string;
  tiers: number;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  source: unknown;
  counts: unknown;
  units: UnitTuple[];
}

interface MapFile {
  from: string;
  to: string;
  provinces: [string, string][];
  communes: [
    string | null,
    string | null,
    'exact_code' | 'padded_code' | 'by_name' | 'unresolved',
    0 | 1,
    string,
  ][];
}

export const unitId = (versionId: string, code: string) => `${versionId}:${code}`;

type UnitRow = {
  id: string;
  versionId: string;
  code: string;
  level: string;
  type: string;
  name: string;
  parentId: string | null;
  provinceId: string;
};
const UNIT_COLUMNS: ColumnSpec<UnitRow> = [
  ['id', 'id', 'text'],
  ['version_id', 'versionId', 'text'],
  ['code', 'code', 'text'],
  ['level', 'level', 'text'],
  ['type', 'type', 'text'],
  ['name', 'name', 'text'],
  ['parent_id', 'parentId', 'text'],
  ['province_id', 'provinceId', 'text'],
];
type MappingRow = {
  fromVersionId: string;
  toVersionId: string;
  level: string;
  confidence: string;
  oldUnitId: string | null;
  newUnitId: string | null;
  partial: boolean;
  note: string;
};
const MAPPING_COLUMNS: ColumnSpec<MappingRow> = [
  ['from_version_id', 'fromVersionId', 'text'],
  ['to_version_id', 'toVersionId', 'text'],
  ['level', 'level', 'text'],
  ['confidence', 'confidence', 'text'],
  ['old_unit_id', 'oldUnitId', 'text'],
  ['new_unit_id', 'newUnitId', 'text'],
  ['partial', 'partial', 'boolean'],
  ['note', 'note', 'text'],
];

async function readJson<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(RESOURCE_DIR + name, 'utf8')) as T;
}

export async function isAdminDataLoaded(db: Executor): Promise<boolean> {
  const rows = await db.select({ id: adminStructureVersions.id }).from(adminStructureVersions).limit(1);
  return rows.length > 0;
}

export async function loadAdminStructures(db: Executor): Promise<{ units: number; mappings: number }> {
  let units = 0;
  for (const name of STRUCTURE_FILES) {
    const file = await readJson<StructureFile>(name);
    await db.insert(adminStructureVersions).values({
      id: file.id,
      nameVi: file.nameVi,
      nameEn: file.nameEn,
      tiers: file.tiers,
      effectiveFrom: file.effectiveFrom,
      effectiveTo: file.effectiveTo,
      source: file.source,
      counts: file.counts,
    });
    const parentOf = new Map(file.units.map((u) => [u[0], u[4]]));
    const levelOf = new Map(file.units.map((u) => [u[0], u[1]]));
    const provinceOf = (code: string): string => {
      let c: string | null = code;
      while (c && levelOf.get(c) !== 'province') c = parentOf.get(c) ?? null;
      return c ?? code;
    };
    const rows = file.units.map(([code, level, type, unitName, parent]) => ({
      id: unitId(file.id, code),
      versionId: file.id,
      code,
      level,
      type,
      name: unitName.normalize('NFC'),
      parentId: parent ? unitId(file.id, parent) : null,
      provinceId: unitId(file.id, provinceOf(code)),
    }));
    await insertAll(db, 'admin_units', UNIT_COLUMNS, rows, 5000, () => undefined);
    units += rows.length;
  }
  const map = await readJson<MapFile>(MAP_FILE);
  const mappingRows = [
    ...map.provinces.map(([o, n]) => ({
      fromVersionId: map.from,
      toVersionId: map.to,
      level: 'province' as const,
      confidence: 'exact_code' as const,
      oldUnitId: unitId(map.from, o),
      newUnitId: unitId(map.to, n),
      partial: false,
      note: 'province merged whole (NQ 202/2025/QH15)',
    })),
    ...map.communes.map(([o, n, confidence, partial, note]) => ({
      fromVersionId: map.from,
      toVersionId: map.to,
      level: 'commune' as const,
      confidence,
      oldUnitId: o ? unitId(map.from, o) : null,
      newUnitId: n ? unitId(map.to, n) : null,
      partial: partial === 1,
      note,
    })),
  ];
  await insertAll(db, 'admin_unit_mappings', MAPPING_COLUMNS, mappingRows, 5000, () => undefined);
  await rebuildUnitScopes(db);
  return { units, mappings: mappingRows.length };
}

/**
 * Current-structure scope of every unit. Current units are their own scope. An old
 * commune takes its successor commune when exactly one confident, non-partial
 * mapping exists; otherwise only its (new) province — so ambiguous records are
 * visible at province level and nowhere below.
 */
export async function rebuildUnitScopes(db: Executor, onlyUnitId?: string): Promise<void> {
  const filter = onlyUnitId ? sql`WHERE u.id = ${onlyUnitId}` : sql``;
  await db.execute(sql`
    INSERT INTO admin_unit_scopes (unit_id, current_province_id, current_commune_id)
    SELECT u.id,
      CASE WHEN u.version_id = ${CURRENT_STRUCTURE} THEN u.province_id ELSE pm.new_unit_id END,
      CASE WHEN u.version_id = ${CURRENT_STRUCTURE} THEN (CASE WHEN u.level = 'commune' THEN u.id END)
           WHEN u.level = 'commune' THEN cm.new_unit_id END
    FROM admin_units u
    LEFT JOIN admin_unit_mappings pm ON pm.level = 'province' AND pm.old_unit_id = u.province_id
    LEFT JOIN LATERAL (
      SELECT CASE WHEN count(*) = 1 AND bool_and(NOT m.partial) THEN min(m.new_unit_id) END AS new_unit_id
      FROM admin_unit_mappings m
      WHERE m.level = 'commune' AND m.old_unit_id = u.id AND m.confidence <> 'unresolved' AND m.new_unit_id IS NOT NULL
    ) cm ON true
    ${filter}
    ON CONFLICT (unit_id) DO UPDATE
      SET current_province_id = excluded.current_province_id, current_commune_id = excluded.current_commune_id
  `);
}
