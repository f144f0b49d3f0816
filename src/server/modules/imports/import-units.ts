// The unit resolver for imports, built once per process from the reference data
// (14,165 units of both structures and the province map: they change only when a
// new structure version is loaded).
import { buildUnitResolver, type RefUnit, type UnitResolver } from '../../../domain/import/unit-resolver.ts';
import type { Executor } from '../../db/client.ts';
import { referenceUnits } from '../admin-units/admin-units.service.ts';
import { CURRENT_STRUCTURE } from '../../../domain/admin-units/structures.ts';

let cached: { resolver: UnitResolver; byId: Map<string, RefUnit> } | null = null;

export async function getUnitResolver(db: Executor) {
  if (cached) return cached;
  const { units, provinceSuccessors } = await referenceUnits(db);
  cached = {
    resolver: buildUnitResolver(units as RefUnit[], CURRENT_STRUCTURE, provinceSuccessors),
    byId: new Map((units as RefUnit[]).map((u) => [u.id, u])),
  };
  return cached;
}
