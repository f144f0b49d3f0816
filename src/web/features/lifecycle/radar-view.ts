// Pure helpers of the expiry radar's screens: the spreadsheet's address, the communes
// shown before "see all", the day a row is about, and the indicator rows as charts
// take them. No I/O: tested in test/web/radar-view.test.ts.
import type { LifecycleIndicators, Radar, RadarGroup, RadarItem, RadarScope } from './api.ts';

/** Where the radar's spreadsheet is downloaded: one group (or all) of the scope. */
export function radarExportUrl(scope: RadarScope & { group?: RadarGroup | null }): string {
  const q = new URLSearchParams();
  if (scope.group) q.set('group', scope.group);
  if (scope.provinceId) q.set('provinceId', scope.provinceId);
  if (scope.communeId) q.set('communeId', scope.communeId);
  const s = q.toString();
  return `/api/lifecycle/radar/export${s ? `?${s}` : ''}`;
}

/** The group shown before one is chosen: the first with certificates in it, or the first of all. */
export function defaultGroup(radar: Radar | undefined): RadarGroup {
  return radar?.groups.find((g) => g.total > 0)?.group ?? 'windowOpen';
}

/** The communes shown: the first `limit` (the server sends the busiest first), or all. */
export function communesShown(rows: Radar['byCommune'], all: boolean, limit = 20) {
  return { rows: all ? rows : rows.slice(0, limit), hidden: all ? 0 : Math.max(0, rows.length - limit) };
}

/**
 * What a radar row says of its time: the days left before the last valid day, or the
 * day it ended (expired or lapsed this month); past expiry without an end day (in
 * grace), the days since.
 */
export type RadarDay =
  | { kind: 'left'; days: number }
  | { kind: 'ended'; on: string }
  | { kind: 'past'; days: number };

export function radarDayOf(i: Pick<RadarItem, 'daysLeft' | 'endedOn'>): RadarDay {
  if (i.endedOn) return { kind: 'ended', on: i.endedOn };
  if (i.daysLeft < 0) return { kind: 'past', days: -i.daysLeft };
  return { kind: 'left', days: i.daysLeft };
}

/** A group's total, its 3★/4★/5★ split (certificates without known stars counted apart) and its unreachable holders. */
export function groupSummary(radar: Radar | undefined, group: RadarGroup) {
  const g = radar?.groups.find((x) => x.group === group);
  return {
    total: g?.total ?? 0,
    s3: g?.byStars['3'] ?? 0,
    s4: g?.byStars['4'] ?? 0,
    s5: g?.byStars['5'] ?? 0,
    unknown: g?.byStars.unknown ?? 0,
    /** holders with neither phone nor e-mail: told only in their inbox */
    unreachable: g?.unreachable ?? 0,
  };
}

/** The renewal rows with something to say (a year no certificate reached its end says nothing), oldest first. */
export function renewalBars(rows: LifecycleIndicators['renewals']) {
  return rows
    .filter((r) => r.reachedEnd > 0)
    .sort((a, b) => a.year - b.year)
    .map((r) => ({ year: String(r.year), rate: r.rate ?? 0, renewed: r.renewed, reachedEnd: r.reachedEnd }));
}

/** The cohorts with recognitions, oldest first, survival as a percentage (0 when none recognised). */
export function survivalBars(rows: LifecycleIndicators['cohorts']) {
  return rows
    .filter((c) => c.recognised > 0)
    .sort((a, b) => a.year - b.year)
    .map((c) => ({
      year: String(c.year),
      survival: c.survival ?? 0,
      inForce: c.inForce,
      recognised: c.recognised,
    }));
}

/**
 * Expired-unrenewed certificates as a table: a row per stars (3★ to 5★, then unknown),
 * a column per state the API names (expired, lapsed), and each row's total.
 */
export function unrenewedTable(rows: LifecycleIndicators['expiredUnrenewed']) {
  const states = [...new Set(rows.map((r) => r.state))].sort();
  const by = new Map<number | null, Record<string, number>>();
  for (const r of rows) {
    const k = r.stars === 3 || r.stars === 4 || r.stars === 5 ? r.stars : null;
    const counts = by.get(k) ?? {};
    counts[r.state] = (counts[r.state] ?? 0) + r.n;
    by.set(k, counts);
  }
  const table = [3, 4, 5, null]
    .filter((k) => by.has(k))
    .map((stars) => {
      const counts = by.get(stars) ?? {};
      return { stars, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
    });
  return { states, rows: table };
}
