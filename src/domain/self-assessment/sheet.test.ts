import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { carriedOver, sheetActions } from './sheet.ts';

const producer = { role: 'producer', scopeKind: 'producer' } as const;
const inspector = { role: 'inspector', scopeKind: 'unit' } as const;

describe('self-assessment sheet', () => {
  it('offers editing and finalising on a draft, reopening on a final sheet, viewing only to others', () => {
    assert.deepEqual(sheetActions('draft', producer, true), ['view', 'edit', 'finalise']);
    assert.deepEqual(sheetActions('final', producer, true), ['view', 'reopen']);
    assert.deepEqual(sheetActions('draft', producer, false), ['view']);
    assert.deepEqual(sheetActions('final', inspector, true), ['view']);
  });
  it('carries answers and notes over only within the same rubric version and set, for the criteria kept', () => {
    const previous = {
      rubricVersionId: 'qd26-2026',
      setNo: 7,
      answers: { '1.1': 2, '5.2': 3 },
      comments: { '1.1': 'sổ thu mua' },
    };
    assert.deepEqual(
      carriedOver(previous, 'qd26-2026', 7, (code) => code !== '5.2'),
      { answers: { '1.1': 2 }, comments: { '1.1': 'sổ thu mua' } },
    );
    assert.deepEqual(
      carriedOver(previous, 'qd26-2027', 7, () => true),
      { answers: {}, comments: {} },
    );
    assert.deepEqual(
      carriedOver(previous, 'qd26-2026', 8, () => true),
      { answers: {}, comments: {} },
    );
    assert.deepEqual(
      carriedOver(undefined, 'qd26-2026', 7, () => true),
      { answers: {}, comments: {} },
    );
  });
});
