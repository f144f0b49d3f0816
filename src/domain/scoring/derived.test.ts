import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandedOption, livesLocally, localLabourShare } from './derived.ts';

const QD26 = [
  { minPercent: 25, position: 1 },
  { minPercent: 50, position: 2 },
  { minPercent: 75, position: 3 },
];
const QD148 = [
  { minPercent: 50, position: 1 },
  { minPercent: 75, position: 2 },
];

describe('local-labour share', () => {
  it('counts workers living in the unit against all workers', () => {
    assert.deepEqual(
      localLabourShare([
        { workers: 12, local: true },
        { workers: 3, local: false },
        { workers: 5, local: true },
      ]),
      { localWorkers: 17, totalWorkers: 20, unknownWorkers: 0, percent: 85 },
    );
  });
  it('gives no share when some residences cannot be placed, or no workers are recorded', () => {
    assert.equal(
      localLabourShare([
        { workers: 12, local: true },
        { workers: 3, local: null },
      ]).percent,
      null,
    );
    assert.equal(localLabourShare([]).percent, null);
    assert.equal(localLabourShare([{ workers: 0, local: true }]).percent, null);
  });
  it('bands the share by the printed thresholds, edges included', () => {
    assert.deepEqual(
      [0, 24.9, 25, 49.99, 50, 74.9, 75, 100].map((p) => bandedOption(p, QD26)),
      [0, 0, 1, 1, 2, 2, 3, 3],
    );
    assert.deepEqual(
      [49, 50, 75].map((p) => bandedOption(p, QD148)),
      [0, 1, 2],
    );
  });
  it('is local by commune under QĐ 26/2026, by district under QĐ 148, unknown when a place cannot tell', () => {
    const home = { communeId: 'c1', districtId: 'd1' };
    assert.deepEqual(
      [
        livesLocally('commune', home, { communeId: 'c1', districtId: null }),
        livesLocally('commune', home, { communeId: 'c2', districtId: 'd1' }),
        livesLocally('commune', home, { communeId: null, districtId: 'd1' }),
      ],
      [true, false, null],
    );
    assert.deepEqual(
      [
        livesLocally('district', home, { communeId: 'c9', districtId: 'd1' }),
        livesLocally('district', home, { communeId: 'c1', districtId: null }),
      ],
      [true, null],
    );
  });
});
