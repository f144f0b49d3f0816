// ocop score --rubric qd26-2026 --set 7 --answers answers.json [--json]
// ocop rubric list | ocop rubric show --rubric ID [--set N]
// answers.json: {"<criterion code>": <position as printed>} or {"answers": {…}, "facts": {"knockOuts": ["1.1"], "hasStory": true}}
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RubricPack } from '../../domain/rubric/pack.ts';
import { validatePack } from '../../domain/rubric/validate-pack.ts';
import { diffPacks } from '../../domain/rubric/diff-packs.ts';
import { adviseNextStar, NON_ACTIONABLE } from '../../domain/scoring/advice.ts';
import { scoreSheet, ScoringError, type Answers, type Facts } from '../../domain/scoring/score.ts';
import type { CliValues } from '../main.ts';
import type { Output } from '../output.ts';

const DIR = fileURLToPath(new URL('../../../resources/rubrics/', import.meta.url));
const loadPack = (id: string): RubricPack | null => {
  try {
    return JSON.parse(readFileSync(`${DIR}${id}.json`, 'utf8')) as RubricPack;
  } catch {
    return null;
  }
};
const packIds = () => readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

export function runRubric(sub: string | undefined, values: CliValues, out: Output): number {
  if (sub === 'list') {
    const list = packIds().map((id) => {
      const p = loadPack(id)!;
      return { id, title: p.title, effectiveFrom: p.effectiveFrom, effectiveTo: p.effectiveTo, verified: p.verified, sets: p.sets.length, warnings: validatePack(p).length };
    });
    out.result(list, () => list.forEach((p) => out.line(`${p.id.padEnd(14)} ${p.effectiveFrom} → ${p.effectiveTo ?? '…'}  ${p.sets} sets  ${p.verified ? 'verified' : 'unverified'}  ${p.warnings} warnings  ${p.title}`)));
    return 0;
  }
  if (sub === 'show' && values.rubric) {
    const pack = loadPack(values.rubric);
    if (!pack) { out.error(`unknown rubric ${values.rubric}; one of ${packIds().join(', ')}`, 'UNKNOWN_RUBRIC'); return 1; }
    const set = values.set ? pack.sets.find((s) => s.no === Number(values.set)) : null;
    if (values.set && !set) { out.error(`set ${values.set} does not exist (1–${pack.sets.length})`, 'UNKNOWN_SET'); return 1; }
    const warnings = validatePack(pack).filter((w) => !set || w.set === set.no);
    out.result(set ?? { ...pack, sets: pack.sets.map((s) => ({ no: s.no, name: s.name })) , warnings } as unknown, () => {
      if (set) for (const p of set.parts) for (const s of p.sections) for (const c of s.criteria) out.line(`${p.code} ${c.code.padEnd(7)} ${String(c.maxPoints ?? '-').padStart(2)}  ${c.title}${c.kind === 'group' ? ' (nhóm)' : ''}`);
      else for (const s of pack.sets) out.line(`${String(s.no).padStart(2)}. ${s.name}`);
      for (const w of warnings) out.line(`  ! set ${w.set} ${w.where}: ${w.code} — ${w.message}`);
    });
    return 0;
  }
  if (sub === 'diff' && values.rubric && values.to) {
    const [from, to] = [loadPack(values.rubric), loadPack(values.to)];
    if (!from || !to) { out.error(`unknown rubric; one of ${packIds().join(', ')}`, 'UNKNOWN_RUBRIC'); return 1; }
    const changes = diffPacks(from, to).filter((d) => !values.set || d.set === Number(values.set));
    out.result(changes, () => changes.forEach((d) => out.line(`set ${String(d.set).padStart(2)} ${d.kind}${'criterion' in d ? ` ${d.criterion}` : ''}${'from' in d ? `: ${JSON.stringify(d.from)} → ${JSON.stringify(d.to)}` : ''}${'title' in d ? ` (${d.title})` : ''}`)));
    return 0;
  }
  out.error('usage: ocop rubric list | ocop rubric show --rubric ID [--set N] | ocop rubric diff --rubric FROM --to TO [--set N]', 'USAGE');
  return 2;
}

export function runScore(values: CliValues, out: Output): number {
  if (!values.rubric || !values.set || !values.answers) {
    out.error('usage: ocop score --rubric ID --set N --answers FILE [--json]', 'USAGE');
    return 2;
  }
  const pack = loadPack(values.rubric);
  if (!pack) { out.error(`unknown rubric ${values.rubric}; one of ${packIds().join(', ')}`, 'UNKNOWN_RUBRIC'); return 1; }
  const set = pack.sets.find((s) => s.no === Number(values.set));
  if (!set) { out.error(`set ${values.set} does not exist in ${pack.id} (1–${pack.sets.length})`, 'UNKNOWN_SET'); return 1; }
  let input: { answers?: Answers; facts?: Facts } & Answers;
  try {
    input = JSON.parse(readFileSync(values.answers, 'utf8'));
  } catch (err) {
    out.error(`cannot read ${values.answers}: ${(err as Error).message}`, 'BAD_ANSWERS');
    return 1;
  }
  const answers = (input.answers && typeof input.answers === 'object' ? input.answers : input) as Answers;
  try {
    const r = scoreSheet(set, answers, (input.facts ?? {}) as Facts);
    const advice = adviseNextStar(set, answers, (input.facts ?? {}) as Facts, NON_ACTIONABLE[pack.id] ?? []);
    out.result({ rubric: pack.id, set: set.no, ...r, advice: { targetStars: advice.targetStars, pointsMissing: advice.pointsMissing, reachable: advice.reachable, steps: advice.steps } }, () => {
      out.line(`${pack.id}, bộ ${set.no} (${set.name}): ${r.total} điểm — A ${r.parts.A} / B ${r.parts.B} / C ${r.parts.C}`);
      out.line(`Hạng sao / stars: ${r.stars}★ (theo điểm ${r.bandStars}★, theo dấu sao ${r.markerStars}★)${r.disqualified ? ' — BỊ LOẠI / disqualified' : ''}; ${r.certifiable ? 'đủ điều kiện công nhận / certifiable' : 'không được công nhận / not certifiable'}`);
      for (const m of r.blockingMarkers) out.line(`  ★${m.level} chưa đạt ở ${m.criterion}: cần mức ${m.required}, đã chọn ${m.chosen}`);
      if (advice.targetStars) {
        out.line(`Để đạt ${advice.targetStars}★ / to reach ${advice.targetStars}★: thiếu ${advice.pointsMissing} điểm${advice.reachable ? '' : ' (không đạt được chỉ bằng các tiêu chí có thể cải thiện)'}`);
        for (const s of advice.steps) out.line(`  ${s.reason === 'marker' ? 'dấu sao' : 'điểm'} · ${s.criterion} ${s.title}: mức ${s.from} → ${s.to} (+${s.gain})`);
      }
    });
    return 0;
  } catch (err) {
    if (err instanceof ScoringError) { out.error(`${err.code} (${err.criterion}): ${err.message}`, err.code); return 1; }
    throw err;
  }
}
