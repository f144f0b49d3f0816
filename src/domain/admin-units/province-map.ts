// Old province → new province. Provinces were merged whole on 1 July 2025 (never
// split), so each old province has exactly one successor; we read it off the
// commune rows by majority and report any old province whose rows disagree.
import { compareText, findByName } from './name-index.ts';
import type { MappingNotePhrase } from '../../shared/mapping-notes.ts';
import type { Catalog } from './catalog.ts';
import type { Side } from './resolve-sides.ts';
import type {
  NewCommune,
  NewProvince,
  OldCommune,
  ProvinceMapping,
  ReconcileInput,
  SourceMappingRow,
} from './reconcile-types.ts';

/** A source row after the first pass (codes, and the old side's name fallback). */
export interface WorkRow {
  ref: string;
  row: SourceMappingRow;
  old: Side<OldCommune>;
  /** set when the new code was accepted; otherwise the name pass decides */
  neu: Side<NewCommune> | null;
  statedProvince: NewProvince | null;
  newNotes: MappingNotePhrase[];
}

type Tally = Map<string, Map<string, number>>;

/**
 * Votes come first from rows whose new commune was found by code (the most
 * reliable evidence), then from the new province a row names, then from the
 * province's own name; the basis is recorded so the report can say which.
 */
export function deriveProvinceMap(
  input: ReconcileInput,
  cat: Catalog,
  work: readonly WorkRow[],
): ProvinceMapping[] {
  const byCommune: Tally = new Map();
  const byStated: Tally = new Map();
  for (const w of work) {
    if (!w.old.unit) continue;
    if (w.neu?.unit) addVote(byCommune, w.old.unit.provinceCode, w.neu.unit.provinceCode);
    if (w.statedProvince) addVote(byStated, w.old.unit.provinceCode, w.statedProvince.code);
  }
  return input.oldProvinces
    .map((p): ProvinceMapping => {
      const fromCommunes = byCommune.get(p.code);
      if (fromCommunes) return decide(p.code, fromCommunes, 'communes');
      const fromStated = byStated.get(p.code);
      if (fromStated) return decide(p.code, fromStated, 'stated_province');
      const byName = findByName(cat.newProvinceIndex, '', p.name);
      if (byName.kind === 'found') return decide(p.code, new Map([[byName.unit.code, 0]]), 'name');
      return { oldCode: p.code, newCode: null, votes: {}, basis: 'none', conflict: true };
    })
    .sort((a, b) => compareText(a.oldCode, b.oldCode));
}

function addVote(tally: Tally, oldCode: string, newCode: string): void {
  let votes = tally.get(oldCode);
  if (!votes) {
    votes = new Map();
    tally.set(oldCode, votes);
  }
  votes.set(newCode, (votes.get(newCode) ?? 0) + 1);
}

/** Most votes wins; a tie goes to the lower code so reruns agree, and is a conflict anyway. */
function decide(
  oldCode: string,
  votes: Map<string, number>,
  basis: ProvinceMapping['basis'],
): ProvinceMapping {
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  return {
    oldCode,
    newCode: ranked[0]?.[0] ?? null,
    votes: Object.fromEntries(ranked),
    basis,
    conflict: ranked.length !== 1,
  };
}
