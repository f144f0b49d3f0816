// Suggested answers from the registry's data, as the version's overlay declares them:
// the local-labour share from the producer's workforce by residence. Under QĐ 26/2026
// "local" is the producer's current commune; under QĐ 148 its district, which can be
// told only for places recorded in the three-tier structure (districts ended 1/7/2025).
import { sql, type SQL } from 'drizzle-orm';
import type { DerivedAnswer } from '../../../domain/rubric/rules.ts';
import {
  bandedOption,
  livesLocally,
  localLabourShare,
  type LabourShare,
} from '../../../domain/scoring/derived.ts';
import { queryRows, type Executor } from '../../db/client.ts';

export interface Suggestion {
  criterion: string;
  position: number;
  basis: LabourShare & { level: 'commune' | 'district'; asOf: string | null };
}

interface PlacedRow {
  workers: number;
  asOf: string;
  communeId: string | null;
  districtId: string | null;
}

/** The district of a unit: itself, or the parent of a three-tier commune; null for units of the two-tier structure. */
const districtOf = (
  unit: SQL,
) => sql`(SELECT CASE WHEN u.level = 'district' THEN u.id WHEN u.level = 'commune' AND p.level = 'district' THEN p.id END
  FROM admin_units u LEFT JOIN admin_units p ON p.id = u.parent_id WHERE u.id = ${unit})`;

export async function suggestionsFor(
  db: Executor,
  producerId: string,
  derived: readonly DerivedAnswer[],
): Promise<Suggestion[]> {
  if (!derived.length) return [];
  // one statement: each worker row placed, beside the producer's own commune and district
  const rows = await queryRows<PlacedRow & { homeCommuneId: string | null; homeDistrictId: string | null }>(
    db,
    sql`
    SELECT w.workers, w.as_of::text AS "asOf", s.current_commune_id AS "communeId", ${districtOf(sql`w.unit_id`)} AS "districtId",
      pr.scope_commune_id AS "homeCommuneId", ${districtOf(sql`pr.unit_id`)} AS "homeDistrictId"
    FROM producer_workforce w JOIN producers pr ON pr.id = w.producer_id LEFT JOIN admin_unit_scopes s ON s.unit_id = w.unit_id
    WHERE w.producer_id = ${producerId}`,
  );
  if (!rows.length) return [];
  const home = { communeId: rows[0].homeCommuneId, districtId: rows[0].homeDistrictId };
  const asOf =
    rows
      .map((r) => r.asOf)
      .sort()
      .at(-1) ?? null;
  return derived
    .map((d) => {
      const share = localLabourShare(
        rows.map((r) => ({ workers: r.workers, local: livesLocally(d.level, home, r) })),
      );
      return {
        criterion: d.criterion,
        position: share.percent === null ? 0 : bandedOption(share.percent, d.bands),
        basis: { ...share, level: d.level, asOf },
      };
    })
    .filter((s) => s.basis.percent !== null);
}
