// The dossier's clock: the commune's 15 working days across Tết and a make-up
// Saturday, where a deadline stands, and QĐ 26/2026's rounds with their cut-offs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { workingCalendar } from '../calendar/working-days.ts';
import {
  communeCheckDue,
  communeDeadline,
  deadlineStanding,
  roundForProposal,
  roundLabel,
  roundWindows,
} from './dossier-clock.ts';

// the Labour Code's days only: Tết 2026 is Monday 16/2 – Friday 20/2 (the last day of the
// lunar year and the first four of the new one)
const labourCode = workingCalendar();

describe('the commune check on the clock', () => {
  it('is due 15 working days after receipt under QĐ 26/2026, Tết skipped', () => {
    assert.deepEqual(communeCheckDue('r26_2026', '2026-02-10', labourCode), {
      due: '2026-03-10',
      value: 15,
      unit: 'workingDays',
      basis: communeCheckDue('r26_2026', '2026-02-10', labourCode)?.basis,
    });
    assert.match(communeCheckDue('r26_2026', '2026-02-10', labourCode)?.basis ?? '', /^QĐ 26\/2026/);
  });

  it('counts a make-up Saturday as a working day and a swapped Friday as a day off (2025: 2/5 off, 26/4 worked)', () => {
    const decided2025 = workingCalendar([
      {
        year: 2025,
        verified: true,
        decisions: [],
        nonWorkingDays: [
          { date: '2025-04-30', kind: 'fixed', name: 'Ngày Chiến thắng', nameEn: 'Reunification Day' },
          { date: '2025-05-01', kind: 'fixed', name: 'Quốc tế Lao động', nameEn: 'Labour Day' },
          { date: '2025-05-02', kind: 'swap', name: 'Nghỉ hoán đổi', nameEn: 'Swapped day off' },
        ],
        makeUpWorkingDays: [
          { date: '2025-04-26', name: 'Làm bù cho ngày nghỉ 02/5', nameEn: 'Make-up working day for 2 May' },
        ],
      },
    ]);
    // received Monday 7/4: 8–11/4 (4), 14–18/4 (9), 21–25/4 (14), Saturday 26/4 worked (15)
    assert.equal(communeCheckDue('r26_2026', '2025-04-07', decided2025)?.due, '2025-04-26');
    // without the decision the Saturday is not worked: Monday 28/4
    assert.equal(communeCheckDue('r26_2026', '2025-04-07', labourCode)?.due, '2025-04-28');
    // received Thursday 24/4: 25/4, 26/4, 28/4, 29/4 (4), 30/4–2/5 off, 5–9/5 (9), 12–16/5 (14), 19/5 (15);
    // over the whole swap the Saturday worked and the Friday off cancel out
    assert.equal(communeCheckDue('r26_2026', '2025-04-24', decided2025)?.due, '2025-05-19');
    assert.equal(communeCheckDue('r26_2026', '2025-04-24', labourCode)?.due, '2025-05-19');
  });

  it('has no commune limit under the versions before QĐ 26/2026', () => {
    assert.equal(communeCheckDue('r148', '2024-03-01', labourCode), null);
  });

  it('says how a deadline stands: days left, due today, or days late', () => {
    assert.deepEqual(deadlineStanding('2026-03-10', '2026-02-10', labourCode), {
      kind: 'open',
      workingDaysLeft: 15,
    });
    assert.deepEqual(deadlineStanding('2026-03-10', '2026-03-10', labourCode), { kind: 'dueToday' });
    assert.deepEqual(deadlineStanding('2026-03-10', '2026-03-12', labourCode), {
      kind: 'overdue',
      workingDaysLate: 2,
    });
    // late over a weekend only: still one day late
    assert.deepEqual(deadlineStanding('2026-03-13', '2026-03-15', labourCode), {
      kind: 'overdue',
      workingDaysLate: 1,
    });
  });
});

describe('rounds and their cut-offs', () => {
  it('QĐ 26/2026: province proposals by 30/4 and 30/10, central by 30/1 and 30/7', () => {
    assert.deepEqual(
      roundWindows('r26_2026', 'province', 2026).map((w) => [w.no, w.proposalsBy, w.decideBy]),
      [
        [1, '2026-04-30', '2026-06-30'],
        [2, '2026-10-30', '2026-12-30'],
      ],
    );
    assert.deepEqual(
      roundWindows('r26_2026', 'central', 2027).map((w) => [w.proposalsBy, w.decideBy]),
      [
        ['2027-01-30', '2027-03-30'],
        ['2027-07-30', '2027-09-30'],
      ],
    );
    assert.deepEqual(roundWindows('r148', 'province', 2024), []);
  });

  it('a proposal reaches the first round whose cut-off has not passed, else next year’s first', () => {
    assert.equal(roundForProposal('r26_2026', 'province', '2026-04-30')?.proposalsBy, '2026-04-30');
    assert.equal(roundForProposal('r26_2026', 'province', '2026-05-02')?.proposalsBy, '2026-10-30');
    assert.deepEqual(roundForProposal('r26_2026', 'province', '2026-11-02'), {
      level: 'province',
      year: 2027,
      no: 1,
      proposalsBy: '2027-04-30',
      decideBy: '2027-06-30',
    });
    assert.equal(roundForProposal('r148', 'province', '2024-05-01'), null);
  });
});

describe('the commune deadline as a dossier shows it', () => {
  it('stands open, due or late only while the commune holds the dossier, and cites its basis', () => {
    const d = { receivedOn: '2026-06-01', due: '2026-06-22', versionId: 'r26_2026' };
    const held = communeDeadline({ ...d, stage: 'submitted' }, '2026-06-23', labourCode);
    assert.deepEqual([held?.standing, held?.workingDaysLate], ['overdue', 1]);
    assert.match(held?.basis ?? '', /^QĐ 26\/2026/);
    const passed = communeDeadline({ ...d, stage: 'communeChecked' }, '2026-06-23', labourCode);
    assert.deepEqual([passed?.standing, passed?.workingDaysLate], ['open', null]);
    assert.equal(communeDeadline({ ...d, due: null, stage: 'draft' }, '2026-06-23', labourCode), null);
  });
  it('names rounds by number and year, extra ones as such', () => {
    assert.equal(roundLabel({ no: 2, year: 2027, kind: 'regular' }), 'Đợt 2 năm 2027');
    assert.equal(roundLabel({ no: 3, year: 2027, kind: 'extra' }), 'Đợt 3 năm 2027 (bổ sung)');
  });
});
