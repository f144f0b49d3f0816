// The unit resolver for imports, built once per process from the reference data
// (14,165 units of both structures and the province map: they change only when a
// new structure version is loaded).
import { eq } from 'drizzle-orm';
import { buildUnitResolver, type RefUnit, type UnitResolver } from '../../../domain/import/unit-resolver.ts';
import type { Executor } from '../../db/client.ts';
import { adminUnitMappings, adminUnits } from '../../db/schema/index.ts';
import { CURRENT_STRUCTURE } from '../../../domain/admin-units/structures.ts';

let cached: { resolver: UnitResolver; byId: Map<string, RefUnit> } | null = null;

export async function getUnitResolver(db: Executor) {
  if (cached) return cached;
  const units = (await db
    .select({
      id: adminUnits.id,
      versionId: adminUnits.versionId,
      code: adminUnits.code,
      level: adminUnits.level,
      name: adminUnits.name,
      parentId: adminUnits.parentId,
      provinceId: adminUnits.provinceId,
    })
    .from(adminUnits)) as RefUnit[];
  const provinces = await db
    .select({ o: adminUnitMappings.oldUnitId, n: adminUnitMappings.newUnitId })
    .from(adminUnitMappings)
    .where(eq(adminUnitMappings.level, 'province'));
  const map = new Map(provinces.filter((p) => p.o && p.n).map((p) => [p.o!, p.n!]));
  cached = {
    resolver: buildUnitResolver(units, CURRENT_STRUCTURE, map),
    byId: new Map(units.map((u) => [u.id, u])),
  };
  return cached;
}
