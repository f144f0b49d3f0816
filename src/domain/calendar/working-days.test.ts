// Counting a time limit: the start day is not counted (Civil Code Art. 147), a
// limit in working days skips weekends and days off and counts make-up Saturdays,
// a limit in days that ends on a day off ends on the next working day (Art. 148).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DecidedYear } from './days-off.ts';
import { workingCalendar } from './working-days.ts';

// a decided year shaped like 2025's: Friday 2/5 swapped for Saturday 26/4
const swap2025: DecidedYear = {
  year: 2025,
  verified: true,
  decisions: [{ ref: 'test', date: null, issuer: 'test', about: 'test', url: null }],
  nonWorkingDays: [
    { date: '2025-04-30', name: '30/4', nameEn: '30/4', kind: 'fixed' },
    { date: '2025-05-01', name: '1/5', nameEn: '1/5', kind: 'fixed' },
    { date: '2025-05-02', name: 'hoán đổi', nameEn: 'swap', kind: 'swap' },
  ],
  makeUpWorkingDays: [{ date: '2025-04-26', name: 'làm bù', nameEn: 'make-up' }],
};

describe('counting a time limit', () => {
  const calendar = workingCalendar([swap2025]);

  it('15 working days from 10/2/2026 cross the Tết break and end on 10/3/2026', () => {
    assert.equal(workingCalendar().add('2026-02-10', 15, 'workingDays'), '2026-03-10');
  });

  it('does not count the start day: 1 working day from a Monday is the Tuesday', () => {
    assert.equal(calendar.add('2026-03-02', 1, 'workingDays'), '2026-03-03');
    assert.equal(calendar.add('2026-03-06', 1, 'workingDays'), '2026-03-09', 'Friday → Monday');
  });

  it('counts a make-up Saturday and skips a swapped Friday', () => {
    assert.equal(calendar.isWorkingDay('2025-04-26'), true);
    assert.equal(calendar.isWorkingDay('2025-05-02'), false);
    // from Friday 25/4: Saturday 26/4 is the first working day
    assert.equal(calendar.add('2025-04-25', 1, 'workingDays'), '2025-04-26');
    // from Tuesday 29/4: 30/4, 1/5, 2/5 off, the weekend → Monday 5/5
    assert.equal(calendar.add('2025-04-29', 1, 'workingDays'), '2025-05-05');
  });

  it('a limit in days that ends on a day off ends on the next working day', () => {
    // 10 days from 20/4/2025 end on 30/4, a holiday: then 1/5, 2/5 (swap), the weekend → 5/5
    assert.equal(calendar.add('2025-04-20', 10, 'calendarDays'), '2025-05-05');
    assert.equal(calendar.add('2025-04-20', 5, 'calendarDays'), '2025-04-25');
    // a Sunday end moves to Monday
    assert.equal(calendar.add('2026-03-01', 7, 'calendarDays'), '2026-03-09');
  });

  it('counts working days between two dates the same way', () => {
    assert.equal(calendar.workingDaysBetween('2026-02-10', '2026-03-10'), 15);
    assert.equal(calendar.workingDaysBetween('2026-03-10', '2026-02-10'), 0);
  });

  it('agrees with itself: the end of N working days is N working days after the start', () => {
    const c = workingCalendar();
    for (let n = 0; n < 60; n += 7)
      for (const from of ['2026-01-05', '2026-02-13', '2026-04-24', '2026-08-28', '2026-12-28'])
        assert.equal(c.workingDaysBetween(from, c.add(from, n, 'workingDays')), n, `${from} + ${n}`);
  });

  it('refuses a negative or fractional count and a year outside its range', () => {
    assert.throws(() => calendar.add('2026-01-01', -1, 'workingDays'), RangeError);
    assert.throws(() => calendar.add('2026-01-01', 1.5, 'calendarDays'), RangeError);
    assert.throws(() => calendar.isWorkingDay('2200-01-01'), RangeError);
  });
});
