// Answers the platform can suggest from data it already holds, declared per rubric
// version in the overlay: today the local-labour share (QĐ 26/2026: workers living
// in the producer's commune; QĐ 148: in its district), banded by the thresholds
// printed in the criterion's options. A suggestion, shown with its basis; the
// producer still chooses.
export interface WorkforceRow {
  workers: number;
  /** does the worker's residence count as local at the rule's level? null: cannot be told (e.g. a district after July 2025) */
  local: boolean | null;
}

/** A place resolved for the labour rule: its current commune and, when the place can tell it, its district. */
export interface LabourPlace {
  communeId: string | null;
  districtId: string | null;
}

/** QĐ 26/2026 counts workers living in the producer's commune; QĐ 148 in its district. null: cannot be told. */
export function livesLocally(
  level: 'commune' | 'district',
  producer: LabourPlace,
  residence: LabourPlace,
): boolean | null {
  const [a, b] =
    level === 'commune'
      ? [producer.communeId, residence.communeId]
      : [producer.districtId, residence.districtId];
  return a && b ? a === b : null;
}

export interface LabourShare {
  localWorkers: number;
  totalWorkers: number;
  unknownWorkers: number;
  percent: number | null;
}

export function localLabourShare(rows: WorkforceRow[]): LabourShare {
  let local = 0;
  let total = 0;
  let unknown = 0;
  for (const r of rows) {
    if (!Number.isFinite(r.workers) || r.workers <= 0) continue;
    total += r.workers;
    if (r.local === null) unknown += r.workers;
    else if (r.local) local += r.workers;
  }
  // a share that depends on workers whose residence cannot be placed is not given
  const percent = total > 0 && unknown === 0 ? (local * 100) / total : null;
  return { localWorkers: local, totalWorkers: total, unknownWorkers: unknown, percent };
}

/** The option whose band the percentage falls in: bands are lowest percentages, ascending; 0 below the first. */
export function bandedOption(
  percent: number,
  bands: readonly { minPercent: number; position: number }[],
): number {
  let chosen = 0;
  for (const b of bands) if (percent >= b.minPercent) chosen = b.position;
  return chosen;
}
