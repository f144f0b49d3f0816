// The rule overlay of a rubric version: knock-outs, stop rules, eligibility and
// "applies only if" read by hand from the printed notes, each citing the words it
// comes from, plus the categorical criteria (legal type, legal representative).
// The pack stays as printed; the overlay is what makes the notes act.
import type { RubricCriterion, RubricPack, RubricSet } from './pack.ts';

export type RuleKind = 'knockOut' | 'stopRule' | 'eligibility' | 'appliesIf';
export type RuleEffect = 'productExcluded' | 'evaluationStopped' | 'dossierRejected' | 'notEvaluated';

export interface RuleCite {
  field: 'notes' | 'title' | 'option' | 'disqualification';
  text: string;
}

export interface OverlayRule {
  id: string;
  kind: RuleKind;
  /** absent for set-wide rules (the dossier rule) */
  criterion?: string;
  sets: number[] | 'all';
  effect?: RuleEffect;
  /** appliesIf: the fact that must be true */
  fact?: 'hasStory';
  /** stop rules that act by themselves: any of these criteria answered with 0 points */
  whenZeroIn?: string[];
  cite: RuleCite;
  reading: string;
}

/** An answer the platform can suggest from data it holds (derived.ts), banded by printed thresholds. */
export interface DerivedAnswer {
  criterion: string;
  sets: number[] | 'all';
  source: 'localLabourShare';
  level: 'commune' | 'district';
  bands: { minPercent: number; position: number }[];
  cite: RuleCite;
}

export interface RulesOverlay {
  id: string;
  rubricVersionId: string;
  verified: boolean;
  curation: string;
  categorical: { criterion: string; sets: number[] | 'all'; why: string }[];
  rules: OverlayRule[];
  derived?: DerivedAnswer[];
}

/** The rules of one set, ready for scoring. */
export interface SetRules {
  overlayId: string | null;
  rules: OverlayRule[];
  categorical: ReadonlySet<string>;
  derived?: DerivedAnswer[];
}

export const NO_RULES: SetRules = { overlayId: null, rules: [], categorical: new Set() };

const inSet = (sets: number[] | 'all', no: number) => sets === 'all' || sets.includes(no);

export function rulesForSet(overlay: RulesOverlay | null | undefined, setNo: number): SetRules {
  if (!overlay) return NO_RULES;
  return {
    overlayId: overlay.id,
    rules: overlay.rules.filter((r) => inSet(r.sets, setNo)),
    categorical: new Set(overlay.categorical.filter((c) => inSet(c.sets, setNo)).map((c) => c.criterion)),
    derived: (overlay.derived ?? []).filter((d) => inSet(d.sets, setNo)),
  };
}

export interface OverlayProblem {
  set: number | null;
  rule: string;
  message: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function citedText(set: RubricSet, c: RubricCriterion | undefined, field: RuleCite['field']): string[] {
  if (field === 'disqualification') return [set.disqualification ?? ''];
  if (!c) return [];
  if (field === 'notes') return c.notes;
  if (field === 'title') return [c.title];
  return c.options.map((o) => o.text);
}

/** Every way an overlay does not fit its pack: unknown sets or criteria, citations not printed where they point. */
export function validateOverlay(pack: RubricPack, overlay: RulesOverlay): OverlayProblem[] {
  const out: OverlayProblem[] = [];
  if (overlay.rubricVersionId !== pack.id)
    out.push({
      set: null,
      rule: overlay.id,
      message: `the overlay is for ${overlay.rubricVersionId}, not ${pack.id}`,
    });
  const setNos = new Set(pack.sets.map((s) => s.no));
  const criteriaOf = (set: RubricSet) =>
    new Map(set.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria)).map((c) => [c.code, c]));
  const setsOf = (sets: number[] | 'all') => (sets === 'all' ? pack.sets.map((s) => s.no) : sets);
  for (const cat of overlay.categorical) {
    for (const no of setsOf(cat.sets)) {
      const set = pack.sets.find((s) => s.no === no);
      if (!set)
        out.push({ set: no, rule: `categorical ${cat.criterion}`, message: `set ${no} does not exist` });
      else if (!criteriaOf(set).has(cat.criterion))
        out.push({
          set: no,
          rule: `categorical ${cat.criterion}`,
          message: `criterion ${cat.criterion} does not exist in set ${no}`,
        });
    }
  }
  for (const d of overlay.derived ?? []) {
    for (const no of setsOf(d.sets)) {
      const set = pack.sets.find((x) => x.no === no);
      const c = set ? criteriaOf(set).get(d.criterion) : undefined;
      const where = `derived ${d.criterion}`;
      if (!set || !c) {
        out.push({ set: no, rule: where, message: `criterion ${d.criterion} does not exist in set ${no}` });
        continue;
      }
      if (d.bands.some((b) => !c.options.some((o) => o.position === b.position)))
        out.push({
          set: no,
          rule: where,
          message: `a band of ${d.criterion} names an option that set ${no} does not print`,
        });
      if (!c.options.some((o) => squash(o.text).includes(squash(d.cite.text))))
        out.push({
          set: no,
          rule: where,
          message: `"${d.cite.text}" is not printed in the options of ${d.criterion} in set ${no}`,
        });
    }
  }
  for (const rule of overlay.rules) {
    if (rule.kind === 'appliesIf' && !rule.fact)
      out.push({ set: null, rule: rule.id, message: 'an appliesIf rule names no fact' });
    if (rule.kind !== 'eligibility' && !rule.criterion)
      out.push({ set: null, rule: rule.id, message: `a ${rule.kind} rule names no criterion` });
    for (const no of setsOf(rule.sets)) {
      if (!setNos.has(no)) {
        out.push({ set: no, rule: rule.id, message: `set ${no} does not exist` });
        continue;
      }
      const set = pack.sets.find((s) => s.no === no)!;
      const criteria = criteriaOf(set);
      const c = rule.criterion ? criteria.get(rule.criterion) : undefined;
      if (rule.criterion && !c) {
        out.push({
          set: no,
          rule: rule.id,
          message: `criterion ${rule.criterion} does not exist in set ${no}`,
        });
        continue;
      }
      for (const code of rule.whenZeroIn ?? []) {
        if (!criteria.has(code))
          out.push({
            set: no,
            rule: rule.id,
            message: `criterion ${code} (whenZeroIn) does not exist in set ${no}`,
          });
        else if (criteria.get(code)!.kind === 'group')
          out.push({
            set: no,
            rule: rule.id,
            message: `criterion ${code} (whenZeroIn) is a group heading in set ${no}; name its sub-criteria`,
          });
      }
      const wanted = squash(rule.cite.text);
      if (!citedText(set, c, rule.cite.field).some((t) => squash(t).includes(wanted))) {
        out.push({
          set: no,
          rule: rule.id,
          message: `"${rule.cite.text}" is not printed in the ${rule.cite.field} of ${rule.criterion ?? 'the set'} in set ${no}`,
        });
      }
    }
  }
  return out;
}
