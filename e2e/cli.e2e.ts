// The operator command as an operator uses it: a real process on a fresh data folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './support/server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'ocop-cli-'));
function ocop(...args: string[]) {
  const res = spawnSync(process.execPath, ['bin/ocop.mjs', ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, encoding: 'utf8', timeout: 180_000 });
  return { code: res.status, out: res.stdout, err: res.stderr, json: () => JSON.parse(res.stdout) };
}

describe('ocop', () => {
  it('--help lists every command', () => {
    const r = ocop('--help');
    assert.equal(r.code, 0);
    for (const cmd of ['serve', 'migrate', 'seed --demo', 'seed --scale national', 'user add', 'audit verify']) assert.ok(r.out.includes(cmd), cmd);
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
    const ok = ocop('user', 'add', '--email', 'can.bo@tinh.gov.vn', '--name', 'Nguyễn Thị Cán Bộ', '--role', 'province_officer', '--unit', 'vn-2tier-2025:38', '--json');
    assert.equal(ok.code, 0, ok.err + ok.out);
    assert.match(ok.json().password, /.{10,}/);
    const bad = ocop('user', 'add', '--email', 'x@tinh.gov.vn', '--name', 'X Y', '--role', 'commune_officer', '--unit', 'vn-2tier-2025:38', '--json');
    assert.equal(bad.code, 1);
    assert.equal(bad.json().error.code, 'INVALID_SCOPE');
    const again = ocop('user', 'add', '--email', 'can.bo@tinh.gov.vn', '--name', 'Trùng', '--role', 'central_officer');
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
    assert.ok(report.errors.some((e: { row: number; column: string }) => e.row === 15 && e.column === 'Hạng sao'), JSON.stringify(report.errors));
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

  it('rubric list and score: a sheet scored from an answers file, bad answers named', async () => {
    const list = ocop('rubric', 'list', '--json');
    assert.equal(list.code, 0, list.err);
    assert.ok(list.json().some((r: { id: string; sets: number }) => r.id === 'qd26-2026' && r.sets === 26));
    const { writeFileSync, readFileSync } = await import('node:fs');
    const pack = JSON.parse(readFileSync(`${ROOT}resources/rubrics/qd26-2026.json`, 'utf8'));
    const set7 = pack.sets[6];
    const best: Record<string, number> = {};
    for (const p of set7.parts) for (const s of p.sections) for (const c of s.criteria) {
      if (c.kind === 'group') continue;
      const top = [...c.options].sort((a: { points: number | null; position: number }, b: { points: number | null; position: number }) => (b.points ?? 0) - (a.points ?? 0) || b.position - a.position)[0];
      best[c.code] = top.position;
    }
    const file = join(dataDir, 'answers.json');
    writeFileSync(file, JSON.stringify({ answers: best, facts: { knockOuts: [] } }));
    const scored = ocop('score', '--rubric', 'qd26-2026', '--set', '7', '--answers', file, '--json');
    assert.equal(scored.code, 0, scored.err);
    assert.deepEqual([scored.json().total, scored.json().stars, scored.json().certifiable], [100, 5, true]);
    writeFileSync(file, JSON.stringify({ '9.9': 1 }));
    const bad = ocop('score', '--rubric', 'qd26-2026', '--set', '7', '--answers', file, '--json');
    assert.equal(bad.code, 1);
    assert.equal(bad.json().error.code, 'UNKNOWN_CRITERION');
    assert.equal(ocop('score', '--rubric', 'qd99', '--set', '7', '--answers', file).code, 1);
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
});
