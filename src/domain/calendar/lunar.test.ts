// The lunar calendar in Vietnam's time zone: Tết and the Hùng Kings' day of the
// years the platform counts in, and the years where Vietnam's calendar (UTC+7)
// and China's (UTC+8) part by a day because a new moon falls near midnight.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hungKingsDayOf, isoOfJulianDay, julianDay, lunarOf, solarOf, tetOf } from './lunar.ts';

describe('the Vietnamese lunar calendar', () => {
  it('puts Tết where Vietnam celebrated it, 2020–2027', () => {
    const tet = {
      2020: '2020-01-25',
      2021: '2021-02-12',
      2022: '2022-02-01',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
    };
    for (const [year, date] of Object.entries(tet)) assert.equal(tetOf(Number(year)), date, year);
  });

  it('puts the Hùng Kings’ day (10/3) where the decisions did, 2020–2027', () => {
    const hung = {
      2020: '2020-04-02',
      2021: '2021-04-21',
      2022: '2022-04-10',
      2023: '2023-04-29',
      2024: '2024-04-18',
      2025: '2025-04-07',
      2026: '2026-04-26',
      2027: '2027-04-16',
    };
    for (const [year, date] of Object.entries(hung)) assert.equal(hungKingsDayOf(Number(year)), date, year);
  });

  it('differs from China’s calendar where it must: Tết 2007 on 17/2, Hùng Kings 2009 on 4/4, Tết 2030 on 2/2', () => {
    assert.equal(tetOf(2007), '2007-02-17');
    assert.equal(tetOf(2007, 8), '2007-02-18');
    assert.equal(hungKingsDayOf(2009), '2009-04-04');
    assert.equal(hungKingsDayOf(2009, 8), '2009-04-05');
    assert.equal(tetOf(2030), '2030-02-02');
    assert.equal(tetOf(2030, 8), '2030-02-03');
  });

  it('knows the leap month: 2023 had a second month 2 from 22/3', () => {
    assert.deepEqual(lunarOf('2023-03-22'), { day: 1, month: 2, year: 2023, leap: true });
    assert.deepEqual(lunarOf('2023-04-20'), { day: 1, month: 3, year: 2023, leap: false });
    assert.equal(solarOf({ day: 1, month: 2, year: 2023, leap: true }), '2023-03-22');
    assert.equal(solarOf({ day: 1, month: 5, year: 2023, leap: true }), null, 'no leap fifth month in 2023');
    assert.equal(solarOf({ day: 1, month: 2, year: 2024, leap: true }), null, '2024 has no leap month');
  });

  it('the eve of Tết is the last day of the old lunar year (29 or 30 of month 12)', () => {
    assert.deepEqual(lunarOf('2025-01-28'), { day: 29, month: 12, year: 2024, leap: false });
    assert.deepEqual(lunarOf('2026-02-16'), { day: 29, month: 12, year: 2025, leap: false });
  });

  it('turns every day of 1990–2100 into a lunar date and back', () => {
    for (let jd = julianDay(1, 1, 1990); jd <= julianDay(31, 12, 2100); jd += 7) {
      const iso = isoOfJulianDay(jd);
      const lunar = lunarOf(iso);
      assert.ok(lunar.day >= 1 && lunar.day <= 30 && lunar.month >= 1 && lunar.month <= 12, iso);
      assert.equal(solarOf(lunar), iso, iso);
    }
  });
});
