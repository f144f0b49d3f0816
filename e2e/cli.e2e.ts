// The operator command as an operator uses it: a real process on a fresh data folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { VEGETABLES } from '../test/fixtures/sheets.ts';
import { ROOT } from './support/server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'ocop-cli-'));
function ocop(...args: string[]) {
  const res = spawnSync(process.execPath, ['bin/ocop.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr, json: () => JSON.parse(res.stdout) };
}

const qd26 = JSON.parse(readFileSync(`${ROOT}resources/rubrics/qd26-2026.json`, 'utf8'));
type Option = { points: number | null; position: number };
/** Set 7 of qd26-2026 answered with the best option of every criterion. */
function bestOfSet7(): Record<string, number> {
  const best: Record<string, number> = {};
  for (const p of qd26.sets[6].parts)
    for (const s of p.sections)
      for (const c of s.criteria) {
        if (c.kind === 'group') continue;
        best[c.code] = [...c.options].sort(
          (a: Option, b: Option) => (b.points ?? 0) - (a.points ?? 0) || b.position - a.position,
        )[0].position;
      }
  return best;
}

describe('ocop', () => {
  it('--help lists every command', () => {
    const r = ocop('--help');
    assert.equal(r.code, 0);
    for (const cmd of [
      'serve',
      'migrate',
      'seed --demo',
      'seed --scale national',
      'user add',
      'audit verify',
    ])
      assert.ok(r.out.includes(cmd), cmd);
  });

  it('refuses unknown commands and options with a usage error', () => {
    assert.equal(ocop('frobnicate').code, 2);
    const r = ocop('seed', '--colour');
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown option '--colour'/);
  });

  it('migrate --json reports the engine and applied migrations', () => {
    const r = ocop('migrate', '--json');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.json().db, 'pglite');
    assert.ok(r.json().migrations >= 4);
  });

  it('user add creates an account with a temporary password, and names a bad scope', () => {
    const ok = ocop(
      'user',
      'add',
      '--email',
      'can.bo@tinh.gov.vn',
      '--name',
      'Nguyễn Thị Cán Bộ',
      '--role',
      'province_officer',
      '--unit',
      'vn-2tier-2025:38',
      '--json',
    );
    assert.equal(ok.code, 0, ok.err + ok.out);
    assert.match(ok.json().password, /.{10,}/);
    const bad = ocop(
      'user',
      'add',
      '--email',
      'x@tinh.gov.vn',
      '--name',
      'X Y',
      '--role',
      'commune_officer',
      '--unit',
      'vn-2tier-2025:38',
      '--json',
    );
    assert.equal(bad.code, 1);
    assert.equal(bad.json().error.code, 'INVALID_SCOPE');
    const again = ocop(
      'user',
      'add',
      '--email',
      'can.bo@tinh.gov.vn',
      '--name',
      'Trùng',
      '--role',
      'central_officer',
    );
    assert.equal(again.code, 1);
    assert.match(again.err, /Email đã được dùng \/ This email is already used/);
  });

  it('seed --scale national creates the national spread and refuses a second run', () => {
    const r = ocop('seed', '--scale', 'national', '--products', '2000', '--json');
    assert.equal(r.code, 0, r.err);
    const result = r.json();
    assert.equal(result.products, 2000);
    assert.ok(result.producers >= 700 && result.certificates > 1000);
    const twice = ocop('seed', '--scale', 'national', '--products', '2000', '--json');
    assert.equal(twice.code, 1);
    assert.match(twice.out, /already loaded/);
    assert.equal(ocop('seed', '--scale', 'national', '--products', 'many').code, 2);
  });

  it('import --dry-run reports rows and per-row errors; a mapping file by header names is followed; export writes xlsx', async () => {
    const file = `${ROOT}test/fixtures/imports/thanh-hoa-2023.xlsx`;
    const dry = ocop('import', 'products', file, '--unit', 'Thanh Hóa', '--dry-run', '--json');
    assert.equal(dry.code, 0, dry.err);
    const report = dry.json();
    assert.equal(report.imported, 0);
    assert.equal(report.invalid, 4);
    assert.ok(
      report.errors.some((e: { row: number; column: string }) => e.row === 15 && e.column === 'Hạng sao'),
      JSON.stringify(report.errors),
    );
    // the officer says the notes column holds nothing to import and the stars are in "Hạng sao"
    const { writeFileSync } = await import('node:fs');
    const mappingFile = join(dataDir, 'mapping.json');
    writeFileSync(mappingFile, JSON.stringify({ note: null, stars: 'Hạng sao' }));
    const real = ocop('import', 'products', file, '--unit', '38', '--mapping', mappingFile, '--json');
    assert.equal(real.code, 0, real.err);
    assert.equal(real.json().imported, 35);
    const out = join(dataDir, 'products.xlsx');
    const exported = ocop('export', 'products', '--unit', '38', '--format', 'xlsx', '--out', out, '--json');
    assert.equal(exported.code, 0, exported.err);
    // the national seed above also put products in Thanh Hóa
    assert.ok(exported.json().rows >= 35);
    assert.equal(ocop('import', 'things', file).code, 2);
  });

  it('score: a sheet scored from an answers file, bad answers named', () => {
    const file = join(dataDir, 'answers.json');
    writeFileSync(file, JSON.stringify({ answers: bestOfSet7(), facts: { knockOuts: [] } }));
    const scored = ocop('score', '--rubric', 'qd26-2026', '--set', '7', '--answers', file, '--json');
    assert.equal(scored.code, 0, scored.err);
    assert.deepEqual([scored.json().total, scored.json().stars, scored.json().certifiable], [100, 5, true]);
    writeFileSync(file, JSON.stringify({ '9.9': 1 }));
    const bad = ocop('score', '--rubric', 'qd26-2026', '--set', '7', '--answers', file, '--json');
    assert.equal(bad.code, 1);
    assert.equal(bad.json().error.code, 'UNKNOWN_CRITERION');
    assert.equal(ocop('score', '--rubric', 'qd99', '--set', '7', '--answers', file).code, 1);
  });

  it('score: a key written twice, a knock-out and a criterion without a story', () => {
    const file = join(dataDir, 'answers-rules.json');
    writeFileSync(file, '{"1.1": 2, "1.1": 3}');
    const twice = ocop('score', '--rubric', 'qd26-2026', '--set', '7', '--answers', file, '--json');
    assert.equal(twice.code, 1);
    assert.equal(twice.json().error.code, 'TWO_OPTIONS');
    writeFileSync(file, JSON.stringify({ answers: bestOfSet7(), facts: { knockOuts: ['1.1'] } }));
    const out = ocop('score', '--rubric', 'qd26-2026', '--set', '7', '--answers', file, '--json');
    assert.equal(out.code, 0, out.err);
    assert.equal(out.json().disqualified, true);
    assert.equal(out.json().certifiable, false);
    assert.ok(
      out.json().disqualifications.some((d: { rule: string }) => d.rule === 'imported-materials'),
      out.out,
    );
    writeFileSync(file, JSON.stringify({ answers: { '5.2': 1 }, facts: { hasStory: false } }));
    const story = ocop('score', '--rubric', 'qd26-2026', '--set', '7', '--answers', file, '--json');
    assert.equal(story.code, 1);
    assert.equal(story.json().error.code, 'NOT_APPLICABLE');
  });

  it('score: the hand-checked QĐ 148 sheet of set 1 is 70 points, 4★ by points, 3★ by the ★4 marker of 5.b', () => {
    const file = join(dataDir, 'vegetables.json');
    writeFileSync(file, JSON.stringify(VEGETABLES));
    const r = ocop('score', '--rubric', 'qd148-2023', '--set', '1', '--answers', file, '--json');
    assert.equal(r.code, 0, r.err);
    const j = r.json();
    assert.deepEqual([j.total, j.bandStars, j.stars, j.certifiable], [70, 4, 3, true]);
    assert.deepEqual(
      j.blockingMarkers
        .filter((m: { level: number }) => m.level === 4)
        .map((m: { criterion: string }) => m.criterion),
      ['5.b'],
    );
    const text = ocop('score', '--rubric', 'qd148-2023', '--set', '1', '--answers', file);
    assert.match(text.out, /70 điểm — A 29 \/ B 16 \/ C 25/);
    assert.match(text.out, /★4 chưa đạt ở 5\.b/);
  });

  it('rubric show --set names the rules of that set', () => {
    const r = ocop('rubric', 'show', '--rubric', 'qd26-2026', '--set', '16', '--json');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.json().no, 16);
    assert.ok(
      r.json().rules.some((rule: { id: string }) => rule.id === 'zero-sensory'),
      r.out,
    );
  });

  it('rubric import: a dry run reports warnings and a diff, --rules stores the overlay, a non-pack is refused', () => {
    const pack = structuredClone(qd26);
    pack.id = 'qd26-2026-cli';
    pack.sets[6].parts[0].sections[0].criteria[0].options[1].points = 1;
    const packFile = join(dataDir, 'qd26-2026-cli.json');
    writeFileSync(packFile, JSON.stringify(pack));
    const dry = ocop('rubric', 'import', packFile, '--dry-run', '--json');
    assert.equal(dry.code, 0, dry.err + dry.out);
    assert.equal(dry.json().previous, 'qd26-2026');
    assert.equal(dry.json().warnings.length, 10);
    assert.deepEqual(dry.json().diff, [
      { set: 7, kind: 'options_changed', criterion: '1.1', from: [1, 2, 3], to: [1, 1, 3] },
    ]);
    const rules = JSON.parse(readFileSync(`${ROOT}resources/rubrics/rules/qd26-2026.rules.json`, 'utf8'));
    const rulesFile = join(dataDir, 'qd26-2026-cli.rules.json');
    writeFileSync(
      rulesFile,
      JSON.stringify({ ...rules, id: 'qd26-2026-cli/rules-1', rubricVersionId: 'qd26-2026-cli' }),
    );
    const stored = ocop('rubric', 'import', packFile, '--rules', rulesFile, '--json');
    assert.equal(stored.code, 0, stored.err + stored.out);
    assert.deepEqual([stored.json().id, stored.json().replaced], ['qd26-2026-cli', false]);
    const notPack = join(dataDir, 'not-a-pack.json');
    writeFileSync(notPack, JSON.stringify({ hello: 'world' }));
    const refused = ocop('rubric', 'import', notPack, '--json');
    assert.equal(refused.code, 1);
    assert.equal(refused.json().error.code, 'RUBRIC_INVALID');
  });

  // listRubrics (src/server/modules/rubrics/rubrics.service.ts) renders its EXISTS subquery with a bare "id",
  // read as self_assessments.id: every `rubric list` fails with "operator does not exist: text = uuid".
  it('rubric list shows the shipped versions and the imported one', () => {
    const list = ocop('rubric', 'list', '--json');
    assert.equal(list.code, 0, list.out + list.err);
    const rows: { id: string; sets: number; rulesId: string | null; origin: string }[] = list.json();
    assert.ok(rows.some((r) => r.id === 'qd26-2026' && r.sets === 26));
    assert.ok(
      rows.some(
        (r) =>
          r.id === 'qd26-2026-cli' &&
          r.sets === 26 &&
          r.rulesId === 'qd26-2026-cli/rules-1' &&
          r.origin === 'imported',
      ),
    );
  });

  it('calendar holidays and add: a decided year with its swap, an undecided one said so, a limit counted across Tết', () => {
    const y = ocop('calendar', 'holidays', '--year', '2025', '--json');
    assert.equal(y.code, 0, y.out + y.err);
    const year = y.json();
    assert.equal(year.year, 2025);
    assert.equal(year.decided, true);
    assert.ok(
      year.nonWorkingDays.some(
        (d: { date: string; kind: string; onWeekend: boolean }) =>
          d.date === '2025-05-02' && d.kind === 'swap' && d.onWeekend === false,
      ),
    );
    assert.deepEqual(
      year.makeUpWorkingDays.map((d: { date: string }) => d.date),
      ['2025-04-26'],
    );
    const later = ocop('calendar', 'holidays', '--year', '2027', '--json').json();
    assert.equal(later.decided, false);
    const add = ocop('calendar', 'add', '--from', '2026-02-10', '--working-days', '15', '--json');
    assert.equal(add.code, 0, add.err);
    assert.equal(add.json().date, '2026-03-10');
    const human = ocop('calendar', 'add', '--from', '2026-02-10', '--days', '10');
    assert.equal(
      human.out.trim(),
      '23/02/2026',
      '10 days end on Friday 20/2, inside Tết: the next working day',
    );
    const usage = ocop('calendar', 'add', '--from', '2026-02-10');
    assert.equal(usage.code, 2);
  });

  it('audit checkpoint then verify: the chain of the above checks out', () => {
    const c = ocop('audit', 'checkpoint', '--json');
    assert.equal(c.code, 0, c.err);
    assert.equal(readdirSync(join(dataDir, 'audit-checkpoints')).length, 1);
    const v = ocop('audit', 'verify', '--json');
    assert.equal(v.code, 0, v.out + v.err);
    const report = v.json();
    assert.equal(report.ok, true);
    assert.ok(report.rows >= 2 && report.checkpoints === 1);
  });

  it('audit verify --against a head kept elsewhere: the kept head checks out; an altered one is refused', () => {
    const kept = ocop('audit', 'checkpoint', '--json').json();
    const file = join(dataDir, '..', 'kept-head.json');
    writeFileSync(file, JSON.stringify(kept));
    const v = ocop('audit', 'verify', '--against', file, '--json');
    assert.equal(v.code, 0, v.out + v.err);
    writeFileSync(file, JSON.stringify({ ...kept, lastHash: 'f'.repeat(64) }));
    const bad = ocop('audit', 'verify', '--against', file, '--json');
    assert.equal(bad.code, 1, bad.out + bad.err);
    const kinds = bad.json().problems.map((p: { kind: string }) => p.kind);
    assert.ok(
      kinds.includes('kept_head_mismatch') && kinds.includes('kept_head_bad_signature'),
      kinds.join(','),
    );
  });
});
