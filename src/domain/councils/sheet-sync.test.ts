import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { differingCriteria, syncDecision } from './sheet-sync.ts';

describe('a change of a council sheet from a device', () => {
  it('is applied on the current revision, and counted once when sent again', () => {
    assert.equal(
      syncDecision({ revision: 0, lastChangeId: null }, { baseRevision: 0, changeId: 'a' }),
      'apply',
    );
    assert.equal(
      syncDecision({ revision: 1, lastChangeId: 'a' }, { baseRevision: 0, changeId: 'a' }),
      'duplicate',
    );
    assert.equal(
      syncDecision({ revision: 1, lastChangeId: 'a' }, { baseRevision: 1, changeId: 'b' }),
      'apply',
    );
  });
  it('made on an older copy is a conflict, never a silent overwrite', () => {
    assert.equal(
      syncDecision({ revision: 3, lastChangeId: 'c' }, { baseRevision: 2, changeId: 'd' }),
      'conflict',
    );
    assert.equal(
      syncDecision({ revision: 0, lastChangeId: null }, { baseRevision: 1, changeId: 'd' }),
      'conflict',
    );
  });
  it('tells the criteria two copies answer differently (none reads 0)', () => {
    assert.deepEqual(differingCriteria({ '1.1': 2, '1.2': 0 }, { '1.1': 3, '2.1': 1 }), ['1.1', '2.1']);
  });
});
