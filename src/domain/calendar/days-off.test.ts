// A year with no decision loaded answers the Labour Code's days: Tết is the last
// day of the lunar year and the first four of the new one; a holiday on a weekend
// gives the next working day off; from 2021 National Day has a second day.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { labourCodeYear, statutoryHolidays } from './days-off.ts';

const dates = (year: number, kind?: string) =>
  labourCodeYear(year)
    .nonWorkingDays.filter((d) => !kind || d.kind === kind)
    .map((d) => d.date);

describe('the Labour Code’s days off of an undecided year', () => {
  it('is said to be undecided and cites the Labour Code in force', () => {
    const y = labourCodeYear(2027);
    assert.equal(y.decided, false);
    assert.match(y.decisions[0].ref, /Bộ luật Lao động 2019/);
    assert.match(labourCodeYear(2020).decisions[0].ref, /Bộ luật Lao động 2012/);
  });

  it('names eleven holidays from 2021, ten before (one day for National Day), twelve from 2026 (24/11)', () => {
    assert.equal(statutoryHolidays(2020).length, 10);
    assert.equal(statutoryHolidays(2021).length, 11);
    assert.equal(statutoryHolidays(2025).length, 11);
    assert.equal(statutoryHolidays(2026).length, 12);
    assert.ok(statutoryHolidays(2027).some((d) => d.date === '2027-11-24'));
    assert.match(labourCodeYear(2027).decisions[1].ref, /Nghị quyết 28\/2026\/QH16/);
    assert.equal(statutoryHolidays(2020).filter((d) => d.date.endsWith('-09-02')).length, 1);
  });

  it('takes Tết as the lunar year’s last day and the first four of the new one', () => {
    assert.deepEqual(dates(2026, 'lunar').slice(0, 5), [
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it('gives the next working day off for each holiday on a weekend, after the Tết days themselves', () => {
    // Tết 2027: 5/2 (Fri) to 9/2 (Tue); 6/2 and 7/2 are a weekend → 10/2 and 11/2 off
    assert.deepEqual(dates(2027, 'substitute').slice(0, 2), ['2027-02-10', '2027-02-11']);
    // 1/5/2027 is a Saturday → Monday 3/5
    assert.ok(dates(2027, 'substitute').includes('2027-05-03'));
    // holidays on a weekend are listed, marked
    const may = labourCodeYear(2027).nonWorkingDays.find((d) => d.date === '2027-05-01');
    assert.equal(may?.onWeekend, true);
  });

  it('lists holidays but not ordinary weekends', () => {
    for (const year of [2024, 2027, 2031]) {
      for (const d of labourCodeYear(year).nonWorkingDays)
        if (d.onWeekend)
          assert.notEqual(d.kind, 'substitute', `${d.date} is a holiday, not an ordinary weekend`);
    }
  });
});
