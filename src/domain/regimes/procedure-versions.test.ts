import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  procedureForDossier,
  procedureVersionOn,
  rubricVersionOf,
  type DossierKind,
} from './procedure-versions.ts';

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
    ['2026-05-15', 'reevaluation', '2026-06-20', 'r148_1489'],
    ['2026-05-15', 'reevaluation', '2026-06-21', 'r26_2026'],
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
