// ocop calendar: a year's days off as the law and the decisions give them, the last
// day of a time limit, and an operator's load of a decided year from a file.
import { readFileSync } from 'node:fs';
import { decidedYearSchema } from '../../shared/contracts/calendar.ts';
import { formatDate } from '../../shared/format.ts';
import { boot } from '../../server/boot.ts';
import { SYSTEM_ACTOR } from '../../server/core/actor.ts';
import { AppError } from '../../server/core/app-error.ts';
import { addToDate, saveCalendarYear, yearCalendar } from '../../server/modules/calendar/calendar.service.ts';
import type { Env } from '../../server/env.ts';
import type { CliValues } from '../main.ts';
import { cliLogger, type Output } from '../output.ts';

export const CALENDAR_USAGE =
  'usage: ocop calendar holidays --year Y | calendar add --from YYYY-MM-DD (--working-days N | --days N) | calendar set FILE';

const WHOLE = /^\d{1,5}$/;

export async function runCalendar(
  env: Env,
  sub: string | undefined,
  file: string | undefined,
  values: CliValues,
  out: Output,
): Promise<number> {
  const working = values['working-days'];
  const days = values.days;
  const usable =
    (sub === 'holidays' && !!values.year && WHOLE.test(values.year)) ||
    (sub === 'add' &&
      !!values.from &&
      (working === undefined) !== (days === undefined) &&
      WHOLE.test(String(working ?? days))) ||
    (sub === 'set' && !!file);
  if (!usable) {
    out.error(CALENDAR_USAGE, 'USAGE');
    return 2;
  }
  const booted = await boot(env, { log: cliLogger(env) });
  const db = booted.deps.database.db;
  try {
    if (sub === 'holidays') {
      const year = await yearCalendar(db, Number(values.year));
      out.result(year, () => {
        out.line(
          `Năm ${year.year}: ${year.decided ? 'theo quyết định' : 'chưa có quyết định — theo Bộ luật Lao động'} / ${year.decided ? 'as decided' : 'no decision loaded — the Labour Code’s days'}`,
        );
        for (const d of year.decisions)
          out.line(`  ${d.ref}${d.date ? ` (${formatDate(d.date, 'vi')})` : ''} — ${d.issuer}`);
        out.line('Ngày nghỉ / days off:');
        for (const d of year.nonWorkingDays)
          out.line(`  ${formatDate(d.date, 'vi')}  ${d.name}${d.onWeekend ? ' (cuối tuần / weekend)' : ''}`);
        if (year.makeUpWorkingDays.length) out.line('Ngày làm bù / make-up working days:');
        for (const d of year.makeUpWorkingDays) out.line(`  ${formatDate(d.date, 'vi')}  ${d.name}`);
      });
      return 0;
    }
    if (sub === 'add') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(values.from ?? ''))
        throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'from', message: 'YYYY-MM-DD' }] });
      const result = await addToDate(
        db,
        values.from!,
        Number(working ?? days),
        working !== undefined ? 'workingDays' : 'calendarDays',
      );
      out.result(result, () => {
        out.line(formatDate(result.date, 'vi'));
        if (result.undecidedYears.length)
          out.line(
            `(năm ${result.undecidedYears.join(', ')} chưa có quyết định ngày nghỉ: tính theo Bộ luật Lao động / no decision loaded for ${result.undecidedYears.join(', ')}: counted by the Labour Code)`,
          );
      });
      return 0;
    }
    const parsed = decidedYearSchema.safeParse(JSON.parse(readFileSync(file!, 'utf8')));
    if (!parsed.success)
      throw new AppError(
        'VALIDATION_FAILED',
        {},
        {
          issues: parsed.error.issues
            .slice(0, 10)
            .map((i) => ({ path: i.path.join('.'), message: i.message })),
        },
      );
    const saved = await saveCalendarYear(booted.deps, { ...SYSTEM_ACTOR, label: 'cli' }, parsed.data);
    out.result(saved, () =>
      out.line(`Đã lưu lịch ngày nghỉ năm ${saved.year} / saved the days off of ${saved.year}`),
    );
    return 0;
  } finally {
    await booted.close();
  }
}
