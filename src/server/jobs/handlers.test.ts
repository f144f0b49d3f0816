// Every job topic the platform queues has its handler, and every workflow whose
// transitions name people to notify has someone to word those notices.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WORKFLOWS } from '../../domain/workflow/tables.ts';
import type { AppDeps } from '../core/deps.ts';
import { jobHandlers, MOVE_NOTICES, SCHEDULES, TOPICS } from './handlers.ts';

describe('the job handlers', () => {
  it('handle every topic and every schedule', () => {
    const handlers = jobHandlers({} as AppDeps);
    for (const topic of Object.values(TOPICS)) assert.ok(handlers[topic], topic);
    for (const topic of Object.keys(SCHEDULES)) assert.ok(handlers[topic], topic);
  });
  it('word the notices of every workflow whose moves notify someone', () => {
    for (const table of WORKFLOWS) {
      const notifies = table.transitions.some((t) => (t.effects.notify ?? []).length > 0);
      if (notifies)
        assert.ok(MOVE_NOTICES[table.aggregate], `${table.aggregate} notifies but nobody words it`);
    }
  });
});
