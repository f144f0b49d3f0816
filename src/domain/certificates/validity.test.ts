import assert from 'node:assert/strict';
import { it } from 'node:test';
import { certificateValidUntil } from './validity.ts';

const cases: [string, string][] = [
  ['2024-06-20', '2027-06-19'],
  ['2023-01-01', '2025-12-31'],
  ['2023-03-01', '2026-02-28'],
  ['2021-02-28', '2024-02-27'],
  ['2023-05-31', '2026-05-30'],
  ['2024-02-29', '2027-02-27'], // no 29 Feb in 2027: same day clamps to the 28th, validity ends the day before
];
for (const [from, until] of cases)
  it(`valid from ${from} → until ${until}`, () => assert.equal(certificateValidUntil(from), until));
