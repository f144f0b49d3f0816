import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatDateTime, formatNumber, formatTime } from './format.ts';

describe('formatDate', () => {
  it('writes a calendar date as dd/mm/yyyy in Vietnamese and 19 Jun 2027 in English', () => {
    assert.equal(formatDate('2027-06-19', 'vi'), '19/06/2027');
    assert.equal(formatDate('2027-06-19', 'en'), '19 Jun 2027');
    assert.equal(formatDate('2027-01-05', 'vi'), '05/01/2027');
  });

  it('takes an instant on its day in Vietnam, not in UTC', () => {
    // 18:30 UTC on 21 May is 01:30 on 22 May in Hà Nội
    assert.equal(formatDate('2026-05-21T18:30:00Z', 'vi'), '22/05/2026');
    assert.equal(formatDate(new Date('2026-05-21T16:59:00Z'), 'vi'), '21/05/2026');
  });

  it('says — for no date and gives back what it cannot read', () => {
    assert.equal(formatDate(null, 'vi'), '—');
    assert.equal(formatDate('', 'en'), '—');
    assert.equal(formatDate('sometime', 'vi'), 'sometime');
  });
});

describe('formatDateTime', () => {
  it('shows the time in Vietnam', () => {
    assert.equal(formatDateTime('2026-12-02T06:05:00Z', 'vi'), '13:05 02/12/2026');
    assert.equal(formatDateTime('2026-12-02T06:05:00Z', 'en'), '2 Dec 2026, 13:05');
    assert.equal(formatTime('2026-12-02T17:30:00Z'), '00:30');
  });
});

describe('formatNumber', () => {
  it('groups thousands with dots and marks decimals with a comma in Vietnamese', () => {
    assert.equal(formatNumber(1234567, 'vi'), '1.234.567');
    assert.equal(formatNumber(1234567, 'en'), '1,234,567');
    assert.equal(formatNumber(1234.5, 'vi', 1), '1.234,5');
    assert.equal(formatNumber(1234.5, 'en', 2), '1,234.5');
    assert.equal(formatNumber(-20206, 'vi'), '-20.206');
    assert.equal(formatNumber(0.25, 'vi', 2), '0,25');
    assert.equal(formatNumber(999, 'vi'), '999');
    assert.equal(formatNumber(null, 'vi'), '—');
  });
});
