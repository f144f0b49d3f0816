import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deadEnds, reachableStates, tableProblems } from './analyse.ts';
import { WORKFLOWS } from './tables.ts';
import { AUDIT_ACTIONS } from '../../shared/audit-events.ts';

/** The terminal states of each workflow, written out: a change to a table's dead ends is a decision, not an accident. */
const TERMINAL: Record<string, string[]> = {
  self_assessment: [],
  import: ['committed', 'cancelled'],
  producer: [],
  // a decided dossier reopens only on the ministry's order (orderRedo)
  dossier: ['withdrawn'],
  product_idea: ['declined', 'productRegistered', 'withdrawn'],
  council_session: ['closed', 'cancelled'],
  session_item: ['closed'],
  decision: ['published'],
};

describe('every workflow table', () => {
  it('is listed here with its terminal states', () => {
    assert.deepEqual(WORKFLOWS.map((t) => t.aggregate).sort(), Object.keys(TERMINAL).sort());
  });
  for (const table of WORKFLOWS) {
    describe(table.aggregate, () => {
      it('names only its own states and events, each transition once, each with an audit event', () => {
        assert.deepEqual(tableProblems(table), []);
      });
      it('reaches every state from the initial one', () => {
        assert.deepEqual([...reachableStates(table)].sort(), [...table.states].sort());
      });
      it('ends exactly in the terminal states written out', () => {
        assert.deepEqual(deadEnds(table).sort(), (TERMINAL[table.aggregate] ?? []).sort());
      });
      it('labels every state and event in Vietnamese and English', () => {
        for (const name of [...table.states, ...table.events]) {
          const label = (table.labels as Record<string, { vi: string; en: string }>)[name];
          assert.ok(label?.vi && label.en, `${name} has no label`);
        }
      });
    });
  }
  it('finds the mistakes a table can make', () => {
    const [sheet] = WORKFLOWS;
    const broken = {
      ...sheet,
      events: [...sheet.events, 'archive'],
      transitions: [
        ...sheet.transitions,
        sheet.transitions[0],
        { ...sheet.transitions[0], to: 'gone', roles: [] },
      ],
    };
    assert.deepEqual(tableProblems(broken), [
      'draft --finalise--> final [producer,commune_officer,province_officer]: declared twice',
      'draft --finalise--> gone []: unknown state gone',
      'draft --finalise--> gone []: nobody may trigger it',
      'event archive is never used',
    ]);
  });
});

describe('workflow audit events', () => {
  it('every transition writes an audit action the typed union knows', () => {
    for (const table of WORKFLOWS) {
      for (const t of table.transitions)
        assert.ok(AUDIT_ACTIONS.includes(t.effects.audit as never), `${table.aggregate}: ${t.effects.audit}`);
    }
  });
});
