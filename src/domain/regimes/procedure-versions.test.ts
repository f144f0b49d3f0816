import assert from 'node:assert/strict';
import { it } from 'node:test';
import { procedureVersionOn } from './procedure-versions.ts';

const cases: [string, string][] = [
  ['2020-06-30', 'r1048'], ['2023-02-23', 'r1048'], ['2023-02-24', 'r148'], ['2025-07-06', 'r148'],
  ['2025-07-07', 'r148_1489'], ['2026-05-21', 'r148_1489'], ['2026-05-22', 'r26_2026'], ['2030-01-01', 'r26_2026'], ['2015-01-01', 'r1048'],
];
for (const [date, id] of cases) it(`${date} → ${id}`, () => assert.equal(procedureVersionOn(date), id));
