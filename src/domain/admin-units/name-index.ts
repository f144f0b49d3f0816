// Name lookup of administrative units within a group (a province, a district, or
// the whole country). Matching is accent- and prefix-insensitive (unitMatchKey),
// since sources differ in accents and prefixes. Folding merges real neighbours,
// though, so when several units share a key we narrow step by step: same accents
// ("Trực Hưng" vs "Trực Hùng"), then same type prefix ("Xã Tân Phú" vs "Thị trấn
// Tân Phú"), then both. If several still remain the lookup reports them all
// rather than guessing.
import { unitFullKey, unitMatchKey, unitToneKey } from '../text/vietnamese.ts';

export interface NamedUnit {
  code: string;
  name: string;
}

export type NameLookup<T> =
  | { kind: 'found'; unit: T }
  | { kind: 'ambiguous'; candidates: T[] }
  | { kind: 'missing' };

/** group → match key → units, each list sorted by code for stable reporting. */
export type NameIndex<T> = Map<string, Map<string, T[]>>;

/** Indexes units by their match key inside the group each belongs to. */
export function buildNameIndex<T extends NamedUnit>(
  units: readonly T[],
  groupOf: (unit: T) => string,
): NameIndex<T> {
  const index: NameIndex<T> = new Map();
  for (const unit of units) {
    const group = groupOf(unit);
    let byKey = index.get(group);
    if (!byKey) {
      byKey = new Map();
      index.set(group, byKey);
    }
    const key = unitMatchKey(unit.name);
    const list = byKey.get(key);
    if (list) list.push(unit);
    else byKey.set(key, [unit]);
  }
  for (const byKey of index.values()) {
    for (const list of byKey.values()) list.sort((a, b) => compareText(a.code, b.code));
  }
  return index;
}

/** Narrowing steps for several same-key candidates: accents, then type prefix, then both. */
const TIE_BREAKERS: readonly ((name: string) => string)[] = [
  (name) => unitToneKey(name),
  unitFullKey,
  (name) => unitToneKey(name, true),
];

/** Finds the one unit of a group whose name matches; never picks among equals. */
export function findByName<T extends NamedUnit>(
  index: NameIndex<T>,
  group: string,
  name: string,
): NameLookup<T> {
  const candidates = index.get(group)?.get(unitMatchKey(name)) ?? [];
  if (candidates.length === 0) return { kind: 'missing' };
  let pool = candidates;
  for (const keyOf of TIE_BREAKERS) {
    if (pool.length === 1) break;
    const key = keyOf(name);
    const narrowed = pool.filter((unit) => keyOf(unit.name) === key);
    // A tie-breaker that matches nothing (say, the source dropped the accents)
    // says nothing either: keep the pool and try the next one.
    if (narrowed.length > 0) pool = narrowed;
  }
  const [only] = pool;
  return pool.length === 1 && only ? { kind: 'found', unit: only } : { kind: 'ambiguous', candidates: pool };
}

/** Looks a name up in every group, for when the source's group name is unusable. */
export function findByNameAnywhere<T extends NamedUnit>(index: NameIndex<T>, name: string): NameLookup<T> {
  const found: T[] = [];
  for (const group of index.keys()) {
    const hit = findByName(index, group, name);
    if (hit.kind === 'found') found.push(hit.unit);
    if (hit.kind === 'ambiguous') found.push(...hit.candidates);
  }
  const [only] = found;
  if (!only) return { kind: 'missing' };
  if (found.length === 1) return { kind: 'found', unit: only };
  return { kind: 'ambiguous', candidates: found.sort((a, b) => compareText(a.code, b.code)) };
}

/** Locale-independent ordering, so generated files do not depend on the machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Left-pads a numeric code to its official width (GSO: province 2, district 3, commune 5). */
export function padCode(code: string, width: number): string {
  return /^\d+$/.test(code) ? code.padStart(width, '0') : code;
}
