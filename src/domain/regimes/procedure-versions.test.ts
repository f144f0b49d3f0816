import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  getProcedureVersion,
  PROCEDURE_FILE,
  PROCEDURE_VERSIONS,
  procedureForDossier,
  procedureVersionOn,
  rubricVersionOf,
  type DossierKind,
} from './procedure-versions.ts';
import { validateProcedureFile } from './validate-procedures.ts';

const cases: [string, string][] = [
  ['2020-06-30', 'r1048'],
  ['2023-02-23', 'r1048'],
  ['2023-02-24', 'r148'],
  ['2025-07-06', 'r148'],
  ['2025-07-07', 'r148_1489'],
  ['2026-05-21', 'r148_1489'],
  ['2026-05-22', 'r26_2026'],
  ['2030-01-01', 'r26_2026'],
  ['2015-01-01', 'r1048'],
];
for (const [date, id] of cases) it(`${date} → ${id}`, () => assert.equal(procedureVersionOn(date), id));

describe('the regime of a dossier (QĐ 26/2026 Art. 12 transition)', () => {
  const table: [string, DossierKind, string, string][] = [
    // filed and decided under QĐ 148 + 1489
    ['2026-03-01', 'first', '2026-05-10', 'r148_1489'],
    // filed before 22/5/2026: old rules within 60 days (to 20/7/2026 inclusive), then the new ones
    ['2026-05-15', 'first', '2026-07-20', 'r148_1489'],
    ['2026-05-15', 'first', '2026-07-21', 'r26_2026'],
    ['2026-05-15', 'upgrade', '2026-07-20', 'r148_1489'],
    // re-evaluation: 30 days (to 20/6/2026)
    ['2026-05-15', 'reEvaluation', '2026-06-20', 'r148_1489'],
    ['2026-05-15', 'reEvaluation', '2026-06-21', 'r26_2026'],
    // filed on or after the first day: the new rules
    ['2026-05-22', 'first', '2026-06-01', 'r26_2026'],
    // QĐ 148 and 1489 carry no transition rule: a dossier keeps its filing regime
    ['2025-07-01', 'first', '2025-12-01', 'r148'],
  ];
  for (const [filed, kind, decided, id] of table)
    it(`${kind} filed ${filed}, decided ${decided} → ${id}`, () =>
      assert.equal(procedureForDossier(filed, kind, decided), id));
  it('points each regime at its rubric version', () => {
    assert.equal(rubricVersionOf('r148_1489'), 'qd148-2023');
    assert.equal(rubricVersionOf('r26_2026'), 'qd26-2026');
  });
});

describe('the shipped procedure file', () => {
  const onDisk = JSON.parse(
    readFileSync(new URL('../../../resources/procedures/procedure-versions.json', import.meta.url), 'utf8'),
  );
  it('is the data the domain reads, key for key (nothing dropped by the contract)', () => {
    assert.deepEqual(PROCEDURE_FILE, onDisk);
    assert.deepEqual(
      PROCEDURE_VERSIONS.map((v) => v.id),
      ['r1048', 'r148', 'r148_1489', 'r26_2026'],
    );
  });
  it('holds together: versions follow one another, limits bound their own steps, sources are listed', () => {
    assert.deepEqual(validateProcedureFile(PROCEDURE_FILE), []);
  });
  it('finds a gap between versions and a limit on a step that does not exist', () => {
    const broken = structuredClone(PROCEDURE_FILE);
    broken.versions[1].from = '2023-03-01';
    broken.versions[3].limits[0].steps = ['nowhere'];
    broken.versions[3].steps[0].basis.sources = ['S99'];
    assert.deepEqual(validateProcedureFile(broken), [
      'r1048: does not end the day before r148 begins',
      'r26_2026: limit communeReview bounds no step nowhere',
      'source S99 cited but not listed',
    ]);
  });
  it('marks every version unverified until checked against an official publication', () => {
    for (const v of PROCEDURE_VERSIONS) assert.equal(v.verified, false, v.id);
  });
  it('gives QĐ 26/2026 its transition windows by dossier kind, and the older versions none', () => {
    assert.deepEqual(getProcedureVersion('r26_2026').transition?.days, {
      first: 60,
      upgrade: 60,
      reEvaluation: 30,
    });
    for (const id of ['r1048', 'r148', 'r148_1489']) assert.equal(getProcedureVersion(id).transition, null);
    assert.throws(() => getProcedureVersion('r2099'), RangeError);
  });
});
