// The shipped days off at start-up, on both engines: loaded once; a year whose
// shipped entry changed is replaced; a year an administrator edited is kept and
// said so; the calendar counts with what is stored.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SYSTEM_ACTOR } from '../../src/server/core/actor.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { shippedYears } from '../../src/server/modules/calendar/calendar-file.ts';
import {
  loadShippedCalendar,
  saveCalendarYear,
  workingCalendarOf,
  yearCalendar,
} from '../../src/server/modules/calendar/calendar.service.ts';
import { makeDeps } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
});
after(() => tdb.drop());

describe('loading the shipped days off', () => {
  it('the template holds them already: a second load changes nothing', async () => {
    assert.deepEqual(await loadShippedCalendar(deps.database.db), { added: [], updated: [], keptEdited: [] });
  });

  it('a changed shipped entry replaces a shipped year; an edited year stays as the administrator left it', async () => {
    const years = shippedYears();
    const y2024 = years.find((y) => y.year === 2024)!;
    const y2025 = years.find((y) => y.year === 2025)!;
    // an administrator corrects 2025's notes
    await saveCalendarYear(deps, SYSTEM_ACTOR, { ...y2025, notes: 'đã đối chiếu bản gốc' });
    // a new release ships different entries for 2024 and 2025
    const changed = years.map((y) =>
      y.year === 2024 || y.year === 2025 ? { ...y, notes: `${y.notes ?? ''} (bản sau)` } : y,
    );
    assert.deepEqual(await loadShippedCalendar(deps.database.db, changed), {
      added: [],
      updated: [2024],
      keptEdited: [2025],
    });
    assert.match((await yearCalendar(deps.database.db, 2024)).notes ?? '', /\(bản sau\)$/);
    const kept = await yearCalendar(deps.database.db, 2025);
    assert.equal(kept.notes, 'đã đối chiếu bản gốc');
    assert.equal(kept.origin, 'edited');
    assert.equal(y2024.year, 2024);
  });

  it('a shipped file with an inconsistent year is refused at start, naming the date', async () => {
    const bad = shippedYears().map((y) =>
      y.year === 2023 ? { ...y, makeUpWorkingDays: [{ date: '2023-03-01', name: 'x', nameEn: 'x' }] } : y,
    );
    await assert.rejects(loadShippedCalendar(deps.database.db, bad), (e: Error & { code?: string }) => {
      assert.equal(e.code, 'CALENDAR_MAKE_UP_NOT_WEEKEND');
      return true;
    });
  });

  it('the calendar counts with the stored years', async () => {
    const calendar = await workingCalendarOf(deps.database.db);
    assert.equal(calendar.isWorkingDay('2025-04-26'), true, 'the make-up Saturday of 2025');
    assert.equal(calendar.add('2026-02-10', 15, 'workingDays'), '2026-03-10');
  });
});
