// What the contract of the procedure file cannot say alone: the versions follow one
// another without gap or overlap, ids are unique, a limit bounds steps of its own
// version, every source cited is listed, councils score at their own level and only
// the last level forwards nothing, bands and authorities fit together.
import type { ProcedureFile } from '../../shared/contracts/procedures.ts';
import { ACTOR_LEVEL } from './procedure-rules.ts';

const nextDay = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

/** The source ids a version (or any part of one) cites: in `sources` lists and as "[S18]" in notes. */
export function citedSources(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const m of value.matchAll(/\[(S\d+[a-z]?)\]/g)) found.add(m[1]);
  else if (Array.isArray(value)) for (const v of value) citedSources(v, found);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(v)) for (const s of v) found.add(String(s));
      else citedSources(v, found);
    }
  return found;
}

/** Every inconsistency of a parsed procedure file, in words; empty when it holds together. */
export function validateProcedureFile(file: ProcedureFile): string[] {
  const problems: string[] = [];
  const { versions } = file;
  for (const id of duplicates(versions.map((v) => v.id))) problems.push(`version ${id} listed twice`);
  versions.forEach((v, i) => {
    const at = `${v.id}:`;
    const next = versions[i + 1];
    if (v.to !== null && v.to < v.from) problems.push(`${at} ends before it begins`);
    if (next && (v.to === null || nextDay(v.to) !== next.from))
      problems.push(`${at} does not end the day before ${next.id} begins`);
    if (!next && v.to !== null) problems.push(`${at} the last version has an end`);
    const stepIds = v.steps.map((s) => s.id);
    for (const id of duplicates(stepIds)) problems.push(`${at} step ${id} listed twice`);
    for (const id of duplicates(v.limits.map((l) => l.id))) problems.push(`${at} limit ${id} listed twice`);
    for (const l of v.limits)
      for (const s of l.steps)
        if (!stepIds.includes(s)) problems.push(`${at} limit ${l.id} bounds no step ${s}`);
    v.scoringLevels.forEach((l, k) => {
      if (ACTOR_LEVEL[l.council] !== l.level)
        problems.push(`${at} the ${l.council} does not sit at the ${l.level} level`);
      const last = k === v.scoringLevels.length - 1;
      if (last !== (l.forwardsFrom === null))
        problems.push(`${at} only the last scoring level forwards nothing (${l.level})`);
    });
    const bands = v.starBands.map((b) => b.min);
    if (bands.some((min, k) => k > 0 && min >= bands[k - 1]))
      problems.push(`${at} star bands not highest first`);
    if (v.starBands.at(-1)?.min !== 0) problems.push(`${at} the lowest star band does not start at 0`);
    for (const s of duplicates(v.authorities.map((a) => String(a.stars))))
      problems.push(`${at} two authorities for ${s} stars`);
    for (const a of v.authorities)
      if (!v.starBands.some((b) => b.stars === a.stars)) problems.push(`${at} no band for ${a.stars} stars`);
  });
  for (const s of citedSources(versions))
    if (!(s in file.sources)) problems.push(`source ${s} cited but not listed`);
  return problems;
}
