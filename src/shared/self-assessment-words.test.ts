import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PREDICTION_WORDS } from './self-assessment-words.ts';

const { vi, en } = PREDICTION_WORDS;
const needs = [
  { level: 4, position: 3 },
  { level: 5, position: 4 },
];

describe('the words of a sheet prediction', () => {
  it('a shortfall says points, markers or both, never "0 points"', () => {
    assert.equal(vi.shortfall(4, 12, []), 'Để đạt 4 sao: còn thiếu 12 điểm');
    assert.equal(
      vi.shortfall(3, 0, ['5.3']),
      'Để đạt 3 sao: đã đủ điểm, nhưng tiêu chí 5.3 chưa đạt mức tối thiểu',
    );
    assert.equal(
      vi.shortfall(3, 34, ['2.2', '4.1']),
      'Để đạt 3 sao: còn thiếu 34 điểm và tiêu chí 2.2, 4.1 chưa đạt mức tối thiểu',
    );
    assert.equal(en.shortfall(4, 12, []), 'To reach 4 stars: 12 points missing');
    assert.equal(
      en.shortfall(3, 0, ['5.3']),
      'To reach 3 stars: the points suffice, but criterion 5.3 is below the minimum level',
    );
    assert.equal(
      en.shortfall(3, 34, ['2.2', '4.1']),
      'To reach 3 stars: 34 points missing, and criteria 2.2, 4.1 are below the minimum level',
    );
  });
  it('a blocked criterion says each level it needs once, with what is chosen when asked', () => {
    assert.equal(vi.needs(needs), 'cần mức 3 cho 4 sao, mức 4 cho 5 sao');
    assert.equal(vi.needs(needs, 1), 'cần mức 3 cho 4 sao, mức 4 cho 5 sao (đang chọn mức 1)');
    assert.equal(vi.needs(needs, 0), 'cần mức 3 cho 4 sao, mức 4 cho 5 sao (đang: chưa đáp ứng mức nào)');
    assert.equal(vi.needs(needs, null), 'cần mức 3 cho 4 sao, mức 4 cho 5 sao (chưa trả lời)');
    assert.equal(en.needs(needs, null), 'needs level 3 for 4 stars, level 4 for 5 stars (not answered)');
    assert.equal(en.needs(needs, 2), 'needs level 3 for 4 stars, level 4 for 5 stars (now: level 2)');
  });
  it('both languages have the same words', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(vi).sort());
    assert.equal(vi.answered(3, 32), 'Đã trả lời 3/32 tiêu chí');
    assert.equal(en.answered(3, 32), '3 of 32 criteria answered');
  });
});
