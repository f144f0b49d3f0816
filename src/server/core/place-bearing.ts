// Tables that record a place keep its resolution into the current structure beside
// it (scope_province_id, scope_commune_id), so unit-scoped lists are plain filters.
// When an old unit's resolution changes (a mapping settled by hand), every such
// table refreshes the records placed there. Each owning module lists its tables
// once (src/server/place-bearing.ts gathers them; a test checks none is missing).
import type { Tx } from '../db/client.ts';

export interface PlaceBearingTable {
  table: string;
  /** re-resolve the records placed in `unitId`; returns how many changed */
  refresh(tx: Tx, unitId: string): Promise<number>;
}
