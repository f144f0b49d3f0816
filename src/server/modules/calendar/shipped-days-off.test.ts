// The shipped days off agree with the published decisions, 2020–2027. Each break
// below is written from the decision's own words ("nghỉ liền từ … đến …") and
// checked against the calendar built from resources/calendar/vn-days-off.json:
// every day of the break is off, the day before and the day after are worked.
// The file's entries hold together, and the lunar days sit where the lunar
// calendar puts Tết and the Hùng Kings' day.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDaysIso } from '../../../domain/calendar/dates.ts';
import { statutoryHolidays } from '../../../domain/calendar/days-off.ts';
import { hungKingsDayOf, tetOf } from '../../../domain/calendar/lunar.ts';
import { problemsOfYear } from '../../../domain/calendar/validate-year.ts';
import { workingCalendar } from '../../../domain/calendar/working-days.ts';
import { shippedYears } from './calendar-file.ts';

const years = shippedYears();
const calendar = workingCalendar(years);

interface Break {
  from: string;
  to: string;
  /** make-up Saturdays of the same decision */
  worked?: string[];
}

/** year → [instrument, breaks it decided] */
const PUBLISHED: Record<number, [string, Break[]][]> = {
  2020: [
    [
      'Thông báo 4544/TB-LĐTBXH (25/10/2019): Tết Canh Tý 23/1–29/1',
      [{ from: '2020-01-23', to: '2020-01-29' }],
    ],
    [
      'Bộ luật Lao động 2012 Điều 115: 30/4, 1/5, 2/9',
      [
        { from: '2020-04-30', to: '2020-05-03' },
        { from: '2020-09-02', to: '2020-09-02' },
      ],
    ],
  ],
  2021: [
    [
      'Công văn 9895/VPCP-KGVX (26/11/2020): Tết Tân Sửu 10/2–16/2',
      [{ from: '2021-02-10', to: '2021-02-16' }],
    ],
    [
      'Thông báo 4875/TB-LĐTBXH: 30/4–3/5, Quốc khánh 2/9–5/9',
      [
        { from: '2021-04-30', to: '2021-05-03' },
        { from: '2021-09-02', to: '2021-09-05' },
      ],
    ],
  ],
  2022: [
    [
      'Công văn 245/VPCP-KGVX (11/01/2022): Tết Nhâm Dần 29/1–6/2',
      [{ from: '2022-01-29', to: '2022-02-06' }],
    ],
    [
      'Thông báo 119/TB-LĐTBXH: Giỗ Tổ 9/4–11/4, 30/4–3/5, Quốc khánh 1/9–4/9',
      [
        { from: '2022-04-09', to: '2022-04-11' },
        { from: '2022-04-30', to: '2022-05-03' },
        { from: '2022-09-01', to: '2022-09-04' },
      ],
    ],
  ],
  2023: [
    [
      'Công văn 8056/VPCP-KGVX (01/12/2022): Tết Quý Mão 20/1–26/1',
      [{ from: '2023-01-20', to: '2023-01-26' }],
    ],
    [
      'Thông báo 5034/TB-LĐTBXH (07/12/2022): 29/4–3/5, Quốc khánh 1/9–4/9',
      [
        { from: '2023-04-29', to: '2023-05-03' },
        { from: '2023-09-01', to: '2023-09-04' },
      ],
    ],
  ],
  2024: [
    ['Thông báo 5015/TB-LĐTBXH: Tết Giáp Thìn 8/2–14/2', [{ from: '2024-02-08', to: '2024-02-14' }]],
    [
      'Công văn 2450/VPCP-KGVX (12/4/2024): 27/4–1/5, hoán đổi 29/4 ↔ thứ Bảy 4/5',
      [{ from: '2024-04-27', to: '2024-05-01', worked: ['2024-05-04'] }],
    ],
    ['Thông báo 1570/TB-LĐTBXH: Quốc khánh 31/8–3/9', [{ from: '2024-08-31', to: '2024-09-03' }]],
  ],
  2025: [
    ['Công văn 8726/VPCP-KGVX (26/11/2024): Tết Ất Tỵ 25/1–2/2', [{ from: '2025-01-25', to: '2025-02-02' }]],
    [
      'Thông báo 6150/TB-BLĐTBXH (03/12/2024): 30/4–4/5, hoán đổi 2/5 ↔ thứ Bảy 26/4; Quốc khánh 30/8–2/9',
      [
        { from: '2025-04-30', to: '2025-05-04', worked: ['2025-04-26'] },
        { from: '2025-08-30', to: '2025-09-02' },
      ],
    ],
  ],
  2026: [
    [
      'Công văn 12729/VPCP-KGVX (25/12/2025): Tết Dương lịch 1/1–4/1, hoán đổi 2/1 ↔ thứ Bảy 10/1',
      [{ from: '2026-01-01', to: '2026-01-04', worked: ['2026-01-10'] }],
    ],
    [
      'Thông báo 9441/TB-BNV (16/10/2025): Tết Bính Ngọ 14/2–22/2; Quốc khánh 29/8–2/9, hoán đổi 31/8 ↔ thứ Bảy 22/8',
      [
        { from: '2026-02-14', to: '2026-02-22' },
        { from: '2026-08-29', to: '2026-09-02', worked: ['2026-08-22'] },
      ],
    ],
    [
      'Giỗ Tổ 26/4 (Chủ nhật) nghỉ bù 27/4; 30/4–3/5',
      [
        { from: '2026-04-25', to: '2026-04-27' },
        { from: '2026-04-30', to: '2026-05-03' },
      ],
    ],
  ],
};

describe('the shipped days off agree with the published decisions', () => {
  for (const [year, decisions] of Object.entries(PUBLISHED))
    for (const [instrument, breaks] of decisions)
      it(`${year}: ${instrument}`, () => {
        assert.equal(calendar.year(Number(year)).decided, true);
        for (const b of breaks) {
          for (let d = b.from; d <= b.to; d = addDaysIso(d, 1))
            assert.equal(calendar.isWorkingDay(d), false, `${d} is off`);
          assert.equal(calendar.isWorkingDay(addDaysIso(b.from, -1)), true, `the break starts on ${b.from}`);
          assert.equal(calendar.isWorkingDay(addDaysIso(b.to, 1)), true, `the break ends on ${b.to}`);
          for (const w of b.worked ?? []) assert.equal(calendar.isWorkingDay(w), true, `${w} is worked`);
        }
      });

  it('2027 has no decision yet: it answers the Labour Code’s days, said so', () => {
    const y = calendar.year(2027);
    assert.equal(y.decided, false);
    assert.equal(
      y.nonWorkingDays.some((d) => d.date === tetOf(2027)),
      true,
    );
  });
});

describe('the shipped file', () => {
  it('holds years 2020–2026 as decided, each consistent', () => {
    assert.deepEqual(
      years.map((y) => y.year),
      [2020, 2021, 2022, 2023, 2024, 2025, 2026],
    );
    for (const y of years) assert.deepEqual(problemsOfYear(y), [], String(y.year));
  });

  it('cites at least one instrument per year, and marks a year verified only with a second source', () => {
    for (const y of years) assert.ok(y.decisions.length >= 1, String(y.year));
  });

  it('puts five Tết days around Tết as the lunar calendar computes it, and the Hùng Kings’ day on 10/3', () => {
    for (const y of years) {
      const tet = tetOf(y.year);
      const tetDays = y.nonWorkingDays.filter(
        (d) => d.kind === 'lunar' && d.date >= addDaysIso(tet, -3) && d.date <= addDaysIso(tet, 5),
      );
      assert.equal(tetDays.length, 5, `${y.year}: five Tết days`);
      assert.ok(
        tetDays.some((d) => d.date === tet),
        `${y.year}: Tết itself`,
      );
      assert.ok(
        y.nonWorkingDays.some((d) => d.date === hungKingsDayOf(y.year) && d.kind === 'lunar'),
        `${y.year}: Hùng Kings' day`,
      );
    }
  });

  it('lists every Gregorian holiday of the Labour Code in force, even on a weekend', () => {
    for (const y of years)
      for (const h of statutoryHolidays(y.year).filter(
        (d) => d.kind === 'fixed' && !d.name.startsWith('Quốc khánh (ngày'),
      ))
        assert.ok(
          y.nonWorkingDays.some((d) => d.date === h.date),
          `${y.year}: ${h.name} ${h.date}`,
        );
  });
});
