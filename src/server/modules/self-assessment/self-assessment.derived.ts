// Suggested answers from the registry's data, as the version's overlay declares them:
// the local-labour share from the producer's workforce by residence. Under QĐ 26/2026
// "local" is the producer's current commune; under QĐ 148 its district, which can be
// told only for places recorded in the three-tier structure (districts ended 1/7/2025).
import type { DerivedAnswer } from '../../../domain/rubric/rules.ts';
import {
  bandedOption,
  livesLocally,
  localLabourShare,
  type LabourShare,
} from '../../../domain/scoring/derived.ts';
import type { Executor } from '../../db/client.ts';
import { workforcePlacesOf } from '../registry/registry.service.ts';

export interface Suggestion {
  criterion: string;
  position: number;
  basis: LabourShare & { level: 'commune' | 'district'; asOf: string | null };
}

export async function suggestionsFor(
  db: Executor,
  producerId: string,
  derived: readonly DerivedAnswer[],
): Promise<Suggestion[]> {
  if (!derived.length) return [];
  const rows = await workforcePlacesOf(db, producerId);
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
