// ocop score --rubric qd26-2026 --set 7 --answers answers.json [--json]
// ocop rubric list | show --rubric ID [--set N] | diff --rubric FROM --to TO | import FILE [--rules FILE] [--dry-run]
// answers.json: {"<criterion code>": <position as printed>} or {"answers": {…}, "facts": {"knockOuts": ["1.1"], "hasStory": true}}
// Versions come from the database (shipped ones load at first start), so a score
// checked here is scored with exactly what the platform uses.
import { readFileSync } from 'node:fs';
import { diffPacks } from '../../domain/rubric/diff-packs.ts';
import { parseRubricFile } from '../../domain/rubric/pack-schema.ts';
import { rulesForSet } from '../../domain/rubric/rules.ts';
import { validatePack } from '../../domain/rubric/validate-pack.ts';
import { adviseNextStar } from '../../domain/scoring/advice.ts';
import { duplicateJsonKeys, readAnswers, readFacts } from '../../domain/scoring/answers.ts';
import { ScoringError } from '../../domain/scoring/score.ts';
import { boot } from '../../server/boot.ts';
import type { Env } from '../../server/env.ts';
import { SYSTEM_ACTOR } from '../../server/core/actor.ts';
import {
  getRubric,
  getRubricSet,
  importRubric,
  listRubrics,
} from '../../server/modules/rubrics/rubrics.service.ts';
import type { CliValues } from '../main.ts';
import { cliLogger, type Output } from '../output.ts';
import { printScore } from './score-print.ts';

const USAGE =
  'usage: ocop rubric list | show --rubric ID [--set N] | diff --rubric FROM --to TO [--set N] | import FILE [--rules FILE] [--dry-run]';

function readJson(path: string, what: string, out: Output): { text: string; json: unknown } | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    return { text, json: JSON.parse(text) };
  } catch (err) {
    out.error(`cannot read ${what} ${path}: ${(err as Error).message}`, 'BAD_FILE');
    return undefined;
  }
}

export async function runRubric(
  env: Env,
  sub: string | undefined,
  file: string | undefined,
  values: CliValues,
  out: Output,
): Promise<number> {
  if (
    !['list', 'show', 'diff', 'import'].includes(sub ?? '') ||
    (sub === 'show' && !values.rubric) ||
    (sub === 'diff' && (!values.rubric || !values.to)) ||
    (sub === 'import' && !file)
  ) {
    out.error(USAGE, 'USAGE');
    return 2;
  }
  const booted = await boot(env, { log: cliLogger(env) });
  const db = booted.deps.database.db;
  try {
    if (sub === 'list') {
      const list = await listRubrics(db);
      out.result(list, () =>
        list.forEach((p) =>
          out.line(
            `${p.id.padEnd(14)} ${p.effectiveFrom} → ${p.effectiveTo ?? '…'}  ${p.sets} sets  ${p.verified ? 'verified' : 'unverified'}  ${p.warnings} warnings  ${p.rulesId ?? 'no rules'}  ${p.inUse ? 'in use' : 'unused'}  ${p.title}`,
          ),
        ),
      );
      return 0;
    }
    if (sub === 'show') {
      const { pack, rules } = await getRubric(db, values.rubric!);
      const set = values.set ? pack.sets.find((s) => s.no === Number(values.set)) : null;
      if (values.set && !set) {
        out.error(`set ${values.set} does not exist (1–${pack.sets.length})`, 'UNKNOWN_SET');
        return 1;
      }
      const warnings = validatePack(pack).filter((w) => !set || w.set === set.no);
      const setRules = set ? rulesForSet(rules, set.no).rules : (rules?.rules ?? []);
      out.result(
        set
          ? { ...set, rules: setRules, warnings }
          : { ...pack, sets: pack.sets.map((s) => ({ no: s.no, name: s.name })), rules, warnings },
        () => {
          if (set)
            for (const p of set.parts)
              for (const s of p.sections)
                for (const c of s.criteria)
                  out.line(
                    `${p.code} ${c.code.padEnd(7)} ${String(c.maxPoints ?? '-').padStart(2)}  ${c.title}${c.kind === 'group' ? ' (nhóm)' : ''}`,
                  );
          else for (const s of pack.sets) out.line(`${String(s.no).padStart(2)}. ${s.name}`);
          for (const r of setRules)
            out.line(`  § ${r.kind} ${r.id}${r.criterion ? ` at ${r.criterion}` : ''}: “${r.cite.text}”`);
          for (const w of warnings) out.line(`  ! set ${w.set} ${w.where}: ${w.code} — ${w.message}`);
        },
      );
      return 0;
    }
    if (sub === 'diff') {
      const [from, to] = [await getRubric(db, values.rubric!), await getRubric(db, values.to!)];
      const changes = diffPacks(from.pack, to.pack).filter(
        (d) => !values.set || d.set === Number(values.set),
      );
      out.result(changes, () =>
        changes.forEach((d) =>
          out.line(
            `set ${String(d.set).padStart(2)} ${d.kind}${'criterion' in d ? ` ${d.criterion}` : ''}${'from' in d ? `: ${JSON.stringify(d.from)} → ${JSON.stringify(d.to)}` : ''}${'title' in d ? ` (${d.title})` : ''}`,
          ),
        ),
      );
      return 0;
    }
    const pack = readJson(file!, 'rubric file', out);
    const rules = values.rules ? readJson(values.rules, 'rules file', out) : undefined;
    if (pack === undefined || (values.rules && rules === undefined)) return 1;
    const parsed = parseRubricFile(pack.json, rules?.json);
    if (!parsed.ok) {
      out.error(`RUBRIC_INVALID: ${parsed.problems.join('; ')}`, 'RUBRIC_INVALID');
      return 1;
    }
    const report = await importRubric(
      db,
      booted.deps.auditSecret,
      { ...SYSTEM_ACTOR, label: 'cli' },
      parsed,
      { dryRun: values['dry-run'] },
    );
    out.result(report, () => {
      out.line(
        `${values['dry-run'] ? 'Kiểm tra / checked' : report.replaced ? 'Thay thế / replaced' : 'Đã nhập / imported'}: ${report.id} — ${report.warnings.length} cảnh báo / warnings`,
      );
      for (const w of report.warnings) out.line(`  ! set ${w.set} ${w.where}: ${w.code} — ${w.message}`);
      out.line(
        report.previous
          ? `So với / against ${report.previous}: ${report.diff.length} thay đổi / changes`
          : 'Không có phiên bản trước / no previous version',
      );
      for (const d of report.diff.slice(0, 200))
        out.line(
          `  set ${String(d.set).padStart(2)} ${d.kind}${'criterion' in d ? ` ${d.criterion}` : ''}${'from' in d ? `: ${JSON.stringify(d.from)} → ${JSON.stringify(d.to)}` : ''}`,
        );
    });
    return 0;
  } finally {
    await booted.close();
  }
}

export async function runScore(env: Env, values: CliValues, out: Output): Promise<number> {
  if (!values.rubric || !values.set || !values.answers) {
    out.error('usage: ocop score --rubric ID --set N --answers FILE [--json]', 'USAGE');
    return 2;
  }
  const booted = await boot(env, { log: cliLogger(env) });
  try {
    const { pack, set, rules } = await getRubricSet(
      booted.deps.database.db,
      values.rubric,
      Number(values.set),
    );
    const file = readJson(values.answers, 'answers file', out);
    if (file === undefined) return 1;
    // JSON.parse keeps the last of a key written twice: that is two options for one criterion
    const repeated = duplicateJsonKeys(file.text);
    if (repeated.length)
      throw new ScoringError(
        'TWO_OPTIONS',
        repeated[0],
        `the answers file gives criterion ${repeated.join(', ')} twice; choose one option`,
      );
    const input = file.json as Record<string, unknown>;
    const fuller = input && typeof input === 'object' && 'answers' in input;
    const answers = readAnswers(set, fuller ? input.answers : input);
    const facts = readFacts(fuller ? input.facts : undefined);
    const advice = adviseNextStar(set, answers, facts, rules);
    printScore(out, pack, set, advice);
    return 0;
  } catch (err) {
    if (err instanceof ScoringError) {
      out.error(`${err.code}${err.criterion ? ` (${err.criterion})` : ''}: ${err.message}`, err.code);
      return 1;
    }
    throw err;
  } finally {
    await booted.close();
  }
}
