// The policy's list scope as SQL. Every table that records a place carries the
// resolved scope columns (scope_province_id, scope_commune_id: see admin_unit_scopes),
// so a unit-scoped list is a plain indexed filter; producers' own records are
// found by their producer id. Shared by every repository that lists such records.
import { eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ListScope } from '../../domain/access/policy.ts';

export interface ScopedTable {
  scopeProvinceId: PgColumn;
  scopeCommuneId: PgColumn;
}

/** The policy's list scope as SQL over a table's resolved place columns. */
export function scopeSql(scope: ListScope, t: ScopedTable, producerIdCol: PgColumn): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'province':
      return eq(t.scopeProvinceId, scope.unitId);
    case 'commune':
      return eq(t.scopeCommuneId, scope.unitId);
    case 'producer':
      return sql`${producerIdCol} = ${scope.producerId}`;
    case 'none':
      return sql`false`;
  }
}
