import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCalendarDate, vietnamDateOf, vietnamYearOf } from './vietnam-date.ts';

describe('the date in Vietnam', () => {
  it('is the next UTC day from 17:00 UTC (00:00 in Hà Nội) and the same UTC day before', () => {
    assert.equal(vietnamDateOf(new Date('2026-05-21T16:59:59Z')), '2026-05-21');
    assert.equal(vietnamDateOf(new Date('2026-05-21T17:00:00Z')), '2026-05-22');
    assert.equal(vietnamDateOf(new Date('2026-05-22T06:59:59Z')), '2026-05-22');
  });
  it('turns the year at 17:00 UTC on 31 December', () => {
    assert.equal(vietnamYearOf(new Date('2026-12-31T16:59:00Z')), 2026);
    assert.equal(vietnamYearOf(new Date('2026-12-31T17:00:00Z')), 2027);
  });
  it('knows a real calendar date', () => {
    assert.equal(isCalendarDate('2028-02-29'), true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-5-22', '22/05/2026', ''])
      assert.equal(isCalendarDate(bad), false, bad);
  });
});
