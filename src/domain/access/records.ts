// The actions a grant has on a producer or product row, from the row's resolved
// place: one helper so every service asks the policy the same way.
import { allowedActions, type Action, type Grant, type Place } from './policy.ts';

interface Placed {
  scopeProvinceId: string | null;
  scopeCommuneId: string | null;
}

export const placeOf = (row: Placed): Place => ({
  provinceId: row.scopeProvinceId,
  communeId: row.scopeCommuneId,
});

export function productActions(
  grant: Grant,
  row: (Placed & { producerId: string }) | null | undefined,
): Action[] {
  return row
    ? allowedActions(grant, { kind: 'product', place: placeOf(row), producerId: row.producerId })
    : [];
}

export function producerActions(grant: Grant, row: (Placed & { id: string }) | null | undefined): Action[] {
  return row ? allowedActions(grant, { kind: 'producer', place: placeOf(row), producerId: row.id }) : [];
}
