// Every kind of object the audit trail names has exactly one source, given by the
// module that owns it: a type without one would show as an id, two would disagree.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { AUDIT_OBJECT_TYPES } from '../shared/enums.ts';
import { NAMED_TYPES } from '../shared/audit-fields.ts';
import { AUDIT_NAME_SOURCES } from './audit-names.ts';

it('names every kind of audited object through exactly one owning module', () => {
  assert.deepEqual(AUDIT_NAME_SOURCES.map((s) => s.type).sort(), [...NAMED_TYPES].sort());
  // the objects rows are about that have no name of their own: the registry as a whole, tests
  const unnamed = AUDIT_OBJECT_TYPES.filter((t) => !(NAMED_TYPES as readonly string[]).includes(t));
  assert.deepEqual(unnamed, ['registry', 'test']);
});
