import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson, hashAuditRow } from './audit-hash.ts';
import { splitPersonal } from './personal-fields.ts';

describe('audit hashing', () => {
  it('canonical JSON does not depend on key order', () =>
    assert.equal(
      canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }),
      canonicalJson({ a: [2, { c: 4, d: 3 }], b: 1 }),
    ));
  it('any field change changes the hash; another key gives another hash', () => {
    const row = {
      id: 1,
      at: new Date('2026-01-01T00:00:00Z'),
      actorUserId: null,
      actorLabel: 'x',
      ip: null,
      requestId: null,
      action: 'a',
      objectType: 'o',
      objectId: '1',
      summary: '',
      before: null,
      after: { n: 1 },
      personalDigests: null,
      prevHash: 'genesis',
    };
    const key = Buffer.from('k'.repeat(32));
    const h = hashAuditRow(key, row);
    assert.notEqual(hashAuditRow(key, { ...row, after: { n: 2 } }), h);
    assert.notEqual(hashAuditRow(key, { ...row, prevHash: 'other' }), h);
    assert.notEqual(hashAuditRow(Buffer.from('z'.repeat(32)), row), h);
  });
  it('personal fields leave the snapshot and become digests', () => {
    const key = Buffer.from('k'.repeat(32));
    const split = splitPersonal(key, null, {
      name: 'HTX A',
      representativeEthnicity: 'Tày',
      nested: { disability: true },
    });
    assert.deepEqual(split.after, {
      name: 'HTX A',
      representativeEthnicity: { $personal: 'after.representativeEthnicity' },
      nested: { disability: { $personal: 'after.nested.disability' } },
    });
    assert.equal(split.personal?.['after.representativeEthnicity'].v, 'Tày');
    assert.equal(Object.keys(split.digests ?? {}).length, 2);
  });
});
