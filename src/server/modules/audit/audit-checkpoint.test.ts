import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, it } from 'node:test';
import { checkpointDue } from './audit-checkpoint.ts';
import { signHead, verifyHead } from './audit-hash.ts';

describe('when a checkpoint is due', () => {
  const policy = { everyRows: 100, everyMs: 60 * 60_000 };
  const last = { lastId: 500, at: '2026-05-22T03:00:00.000Z' };
  const at = (iso: string) => new Date(iso);
  it('after the first row, when there is none yet', () => {
    assert.equal(checkpointDue(policy, null, 0, at('2026-05-22T03:00:00Z')), false);
    assert.equal(checkpointDue(policy, null, 1, at('2026-05-22T03:00:00Z')), true);
  });
  it('after enough new rows, or enough time when the chain moved, and never when it did not', () => {
    assert.equal(checkpointDue(policy, last, 599, at('2026-05-22T03:10:00Z')), false);
    assert.equal(checkpointDue(policy, last, 600, at('2026-05-22T03:10:00Z')), true);
    assert.equal(checkpointDue(policy, last, 501, at('2026-05-22T03:59:59Z')), false);
    assert.equal(checkpointDue(policy, last, 501, at('2026-05-22T04:00:00Z')), true);
    assert.equal(checkpointDue(policy, last, 500, at('2026-05-23T04:00:00Z')), false);
  });
});

describe('signed heads', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');
  const sig = signHead(privateKey, 42, 'ab'.repeat(32), '2026-05-22T03:00:00.000Z');
  it('verify with the public key alone', () =>
    assert.equal(verifyHead(publicKey, 42, 'ab'.repeat(32), '2026-05-22T03:00:00.000Z', sig), true));
  it('fail on any other id, hash, time or key, and on garbage', () => {
    assert.equal(verifyHead(publicKey, 43, 'ab'.repeat(32), '2026-05-22T03:00:00.000Z', sig), false);
    assert.equal(verifyHead(publicKey, 42, 'cd'.repeat(32), '2026-05-22T03:00:00.000Z', sig), false);
    assert.equal(verifyHead(publicKey, 42, 'ab'.repeat(32), '2026-05-22T03:00:01.000Z', sig), false);
    assert.equal(verifyHead(other.publicKey, 42, 'ab'.repeat(32), '2026-05-22T03:00:00.000Z', sig), false);
    assert.equal(
      verifyHead(publicKey, 42, 'ab'.repeat(32), '2026-05-22T03:00:00.000Z', 'not base64 at all'),
      false,
    );
  });
});
