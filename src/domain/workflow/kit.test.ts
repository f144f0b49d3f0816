import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ROLES } from '../../shared/roles.ts';
import {
  allowedEvents,
  decide,
  type WorkflowActor,
  type WorkflowContext,
  type WorkflowTable,
} from './kit.ts';
import { WORKFLOWS } from './tables.ts';

interface DoorContext extends WorkflowContext {
  hasKey: boolean;
}
const door: WorkflowTable<'open' | 'shut' | 'locked', 'close' | 'lock' | 'unlock' | 'open', DoorContext> = {
  aggregate: 'door',
  title: { vi: 'Cửa', en: 'Door' },
  states: ['open', 'shut', 'locked'],
  initial: 'open',
  events: ['close', 'lock', 'unlock', 'open'],
  labels: {
    open: { vi: 'mở', en: 'open' },
    shut: { vi: 'đóng', en: 'shut' },
    locked: { vi: 'khóa', en: 'locked' },
    close: { vi: 'đóng', en: 'close' },
    lock: { vi: 'khóa', en: 'lock' },
    unlock: { vi: 'mở khóa', en: 'unlock' },
  },
  transitions: [
    {
      from: 'open',
      event: 'close',
      to: 'shut',
      roles: ['producer', 'inspector'],
      effects: { audit: 'door.closed' },
    },
    { from: 'shut', event: 'open', to: 'open', roles: ['producer'], effects: { audit: 'door.opened' } },
    {
      from: 'shut',
      event: 'lock',
      to: 'locked',
      roles: ['producer'],
      guards: [
        { name: 'hasKey', check: (c) => (c.hasKey ? null : 'FORBIDDEN') },
        { name: 'never', check: () => 'CONFLICT' },
      ],
      effects: { audit: 'door.locked' },
    },
    {
      from: 'shut',
      event: 'lock',
      to: 'locked',
      roles: ['inspector'],
      scopeKinds: ['nation'],
      effects: { audit: 'door.locked' },
    },
    { from: 'locked', event: 'unlock', to: 'shut', roles: ['system'], effects: { audit: 'door.unlocked' } },
  ],
} as WorkflowTable<'open' | 'shut' | 'locked', 'close' | 'lock' | 'unlock' | 'open', DoorContext>;

const producer: WorkflowActor = { role: 'producer', scopeKind: 'producer' };
const unitInspector: WorkflowActor = { role: 'inspector', scopeKind: 'unit' };
const nationInspector: WorkflowActor = { role: 'inspector', scopeKind: 'nation' };

describe('workflow kit: decide and allowedEvents', () => {
  it('moves along the table and names the transition it used', () => {
    const d = decide(door, 'open', 'close', { actor: producer, hasKey: false });
    assert.ok(d.ok);
    assert.equal(d.to, 'shut');
    assert.equal(d.transition.effects.audit, 'door.closed');
  });
  it('refuses a move the table does not have, with the table’s wrong-state code', () => {
    assert.deepEqual(decide(door, 'open', 'lock', { actor: producer, hasKey: true }), {
      ok: false,
      reason: 'WORKFLOW_NO_TRANSITION',
    });
    assert.deepEqual(
      decide({ ...door, wrongStateCode: 'IMPORT_STATE' }, 'locked', 'close', {
        actor: producer,
        hasKey: true,
      }),
      { ok: false, reason: 'IMPORT_STATE' },
    );
  });
  it('refuses an actor whose role or scope kind is not listed', () => {
    assert.deepEqual(decide(door, 'shut', 'open', { actor: unitInspector, hasKey: true }), {
      ok: false,
      reason: 'FORBIDDEN',
    });
    assert.deepEqual(decide(door, 'shut', 'lock', { actor: unitInspector, hasKey: true }), {
      ok: false,
      reason: 'FORBIDDEN',
    });
    assert.ok(decide(door, 'shut', 'lock', { actor: nationInspector, hasKey: false }).ok);
  });
  it('answers the first failing guard’s reason and name', () => {
    assert.deepEqual(decide(door, 'shut', 'lock', { actor: producer, hasKey: false }), {
      ok: false,
      reason: 'FORBIDDEN',
      guard: 'hasKey',
    });
    assert.deepEqual(decide(door, 'shut', 'lock', { actor: producer, hasKey: true }), {
      ok: false,
      reason: 'CONFLICT',
      guard: 'never',
    });
  });
  it('lists the events an actor may trigger now, in the table’s order', () => {
    assert.deepEqual(allowedEvents(door, 'shut', { actor: producer, hasKey: true }), ['open']);
    assert.deepEqual(allowedEvents(door, 'shut', { actor: nationInspector, hasKey: true }), ['lock']);
    assert.deepEqual(allowedEvents(door, 'locked', { actor: producer, hasKey: true }), []);
    assert.deepEqual(
      allowedEvents(door, 'locked', { actor: { role: 'system', scopeKind: 'system' }, hasKey: false }),
      ['unlock'],
    );
  });
});

describe('workflow kit: no transition outside the table (property)', () => {
  const actorArb = fc.record({
    role: fc.constantFrom(...ROLES, 'system' as const),
    scopeKind: fc.constantFrom('unit', 'producer', 'council', 'round', 'nation', 'system' as const),
  });
  for (const table of WORKFLOWS) {
    it(`${table.aggregate}: every accepted step is a row of the table, from any state, by anyone, with any facts`, () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.tuple(
              fc.constantFrom(...table.events),
              actorArb,
              fc.boolean(),
              fc.boolean(),
              fc.option(fc.constantFrom('', '  ', 'Sai xã')),
            ),
            { maxLength: 30 },
          ),
          (steps) => {
            let state = table.initial;
            for (const [event, actor, a, b, reason] of steps) {
              // every table's facts, drawn at random: each table reads its own
              const ctx = {
                actor,
                canEditProduct: a,
                isOwner: b,
                coversPlace: a,
                ownRecord: b,
                reason,
              } as WorkflowContext;
              const d = decide(table, state, event, ctx);
              if (!d.ok) {
                assert.ok(typeof d.reason === 'string' && d.reason.length > 0);
                continue;
              }
              assert.ok(
                table.transitions.some(
                  (t) =>
                    t.from === state && t.event === event && t.to === d.to && t.roles.includes(actor.role),
                ),
              );
              assert.ok(table.states.includes(d.to));
              assert.equal(allowedEvents(table, state, ctx).includes(event), true);
              state = d.to;
            }
          },
        ),
        { seed: 8, numRuns: 400 },
      );
    });
  }
});
