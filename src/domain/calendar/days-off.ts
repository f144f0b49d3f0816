// The days off of Vietnam's public sector (a Monday–Friday week) in a year.
// The Labour Code names the holidays (Bộ luật Lao động 2012 Art. 115 to 2020;
// 2019 Art. 112 from 2021, which added a second day to National Day); each year
// a decision of the Government (for public servants, the Ministry of Home Affairs'
// notice on the Prime Minister's approval) fixes which Tết days are off, which
// day joins 2/9, the substitute days (nghỉ bù) for holidays on a weekend and the
// swaps of a working day for a make-up Saturday. The decisions are data
// (resources/calendar, loaded by `ocop migrate`, edited by an administrator);
// a year without one answers the Labour Code's days, marked `decided: false`.
import type { DAY_OFF_KINDS } from '../../shared/enums.ts';
import { addDaysIso, weekdayOf } from './dates.ts';
import { hungKingsDayOf, tetOf } from './lunar.ts';

export type DayOffKind = (typeof DAY_OFF_KINDS)[number];

export interface DayOff {
  date: string;
  name: string;
  nameEn: string;
  kind: DayOffKind;
}

export interface MakeUpWorkingDay {
  date: string;
  name: string;
  nameEn: string;
}

/** An instrument that decided a year's days off. */
export interface CalendarDecision {
  ref: string;
  date: string | null;
  issuer: string;
  about: string;
  url: string | null;
}

/** A year as decided: every day off declared by law or decision, and the Saturdays worked instead. */
export interface DecidedYear {
  year: number;
  verified: boolean;
  decisions: CalendarDecision[];
  nonWorkingDays: DayOff[];
  makeUpWorkingDays: MakeUpWorkingDay[];
  notes?: string | null;
}

export interface YearCalendar extends DecidedYear {
  decided: boolean;
  nonWorkingDays: (DayOff & { onWeekend: boolean })[];
}

export const isWeekend = (iso: string) => {
  const d = weekdayOf(iso);
  return d === 0 || d === 6;
};

/** The National Assembly's resolution making 24/11 a paid day off (effective 1/7/2026; text not yet read). */
const CULTURE_DAY_RESOLUTION: CalendarDecision = {
  ref: 'Nghị quyết 28/2026/QH16, Điều 2',
  date: null,
  issuer: 'Quốc hội',
  about:
    'Ngày 24/11 hằng năm là Ngày Văn hóa Việt Nam, người lao động được nghỉ hưởng nguyên lương (hiệu lực 01/7/2026; theo nguồn thứ cấp, chưa đối chiếu văn bản gốc)',
  url: 'https://xaydungchinhsach.chinhphu.vn/toan-van-nghi-quyet-so-28-2026-qh16-ve-phat-trien-van-hoa-viet-nam-119260508142130402.htm',
};

/** From this year 24/11 (Vietnamese Culture Day) is a day off. */
export const CULTURE_DAY_FROM = 2026;

/** The laws in force in a year, cited on an undecided year. */
export function labourCodeOf(year: number): CalendarDecision[] {
  return year >= CULTURE_DAY_FROM ? [labourCode(year), CULTURE_DAY_RESOLUTION] : [labourCode(year)];
}

function labourCode(year: number): CalendarDecision {
  return year <= 2020
    ? {
        ref: 'Bộ luật Lao động 2012, Điều 115',
        date: '2012-06-18',
        issuer: 'Quốc hội',
        about: 'Ngày nghỉ lễ, tết (10 ngày)',
        url: null,
      }
    : {
        ref: 'Bộ luật Lao động 2019, Điều 112',
        date: '2019-11-20',
        issuer: 'Quốc hội',
        about: 'Ngày nghỉ lễ, tết (11 ngày)',
        url: null,
      };
}

const day = (date: string, kind: DayOffKind, name: string, nameEn: string): DayOff => ({
  date,
  kind,
  name,
  nameEn,
});

/** The holidays the Labour Code names for a year, before any substitute day. */
export function statutoryHolidays(year: number): DayOff[] {
  const tet = tetOf(year);
  const days: DayOff[] = [day(`${year}-01-01`, 'fixed', 'Tết Dương lịch', "New Year's Day")];
  // Tết: the last day of the old lunar year and the first four of the new one
  for (let i = -1; i < 4; i++)
    days.push(
      day(
        addDaysIso(tet, i),
        'lunar',
        i < 0 ? 'Tết Âm lịch (ngày cuối năm)' : `Tết Âm lịch (mùng ${i + 1})`,
        i < 0 ? "Lunar New Year's Eve" : `Lunar New Year (day ${i + 1})`,
      ),
    );
  days.push(
    day(hungKingsDayOf(year), 'lunar', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', "Hùng Kings' Commemoration Day"),
    day(`${year}-04-30`, 'fixed', 'Ngày Chiến thắng (30/4)', 'Reunification Day'),
    day(`${year}-05-01`, 'fixed', 'Ngày Quốc tế Lao động (1/5)', "International Workers' Day"),
    day(`${year}-09-02`, 'fixed', 'Quốc khánh (2/9)', 'National Day'),
  );
  if (year >= 2021) {
    // Art. 112: 2/9 and one day before or after it; without a decision, the one that joins a weekend
    // when 2/9 is a Tuesday (1/9, a Monday), otherwise the day after
    const before = weekdayOf(`${year}-09-02`) === 2;
    days.push(
      day(
        before ? `${year}-09-01` : `${year}-09-03`,
        'fixed',
        'Quốc khánh (ngày nghỉ thứ hai)',
        'National Day (second day)',
      ),
    );
  }
  if (year >= CULTURE_DAY_FROM)
    days.push(day(`${year}-11-24`, 'fixed', 'Ngày Văn hóa Việt Nam (24/11)', 'Vietnamese Culture Day'));
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** The Labour Code's days of a year with no decision: a holiday on a weekend gives the next working day off. */
export function labourCodeYear(year: number): YearCalendar {
  const holidays = statutoryHolidays(year);
  const off = new Set(holidays.map((d) => d.date));
  const substitutes: DayOff[] = [];
  for (const h of holidays) {
    if (!isWeekend(h.date)) continue;
    let next = addDaysIso(h.date, 1);
    while (isWeekend(next) || off.has(next)) next = addDaysIso(next, 1);
    off.add(next);
    substitutes.push(day(next, 'substitute', `Nghỉ bù ${h.name}`, `Substitute day for ${h.nameEn}`));
  }
  return withWeekends({
    year,
    decided: false,
    verified: false,
    decisions: labourCodeOf(year),
    nonWorkingDays: [...holidays, ...substitutes].sort((a, b) => a.date.localeCompare(b.date)),
    makeUpWorkingDays: [],
    notes: null,
  });
}

/** A decided year as the calendar answers it. */
export function decidedYear(decided: DecidedYear): YearCalendar {
  return withWeekends({
    ...decided,
    decided: true,
    nonWorkingDays: [...decided.nonWorkingDays].sort((a, b) => a.date.localeCompare(b.date)),
    makeUpWorkingDays: [...decided.makeUpWorkingDays].sort((a, b) => a.date.localeCompare(b.date)),
  });
}

function withWeekends(y: Omit<YearCalendar, 'nonWorkingDays'> & { nonWorkingDays: DayOff[] }): YearCalendar {
  return { ...y, nonWorkingDays: y.nonWorkingDays.map((d) => ({ ...d, onWeekend: isWeekend(d.date) })) };
}
