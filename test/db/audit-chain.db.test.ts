// The audit chain cannot be rewritten silently. With only the defaults (row key and
// signing key in the data folder) a superuser who disables the triggers, edits a row
// and recomputes every later hash with the key passes a plain verification; what
// catches it is a head kept elsewhere (`--against`) and the signed checkpoints taken
// every N rows — and those verify with the public key alone, without the row key.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { keyIdOf } from '../../src/server/audit-signing.ts';
import { SYSTEM_ACTOR } from '../../src/server/core/actor.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { auditLog } from '../../src/server/db/schema/index.ts';
import { parseEnv } from '../../src/server/env.ts';
import { runCheckpointIfDue } from '../../src/server/jobs/audit-checkpoint.job.ts';
import { signedHead } from '../../src/server/modules/audit/audit-checkpoint.ts';
import { hashAuditRow } from '../../src/server/modules/audit/audit-hash.ts';
import { appendAudit } from '../../src/server/modules/audit/audit.service.ts';
import { verifyAuditChain } from '../../src/server/modules/audit/audit-verify.ts';
import { makeDeps } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
before(async () => {
  tdb = await createTestDatabase();
  const base = makeDeps(tdb.database, mkdtempSync(join(tmpdir(), 'ocop-audit-chain-')));
  deps = {
    ...base,
    env: parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', AUDIT_CHECKPOINT_EVERY_ROWS: '5' }),
  };
});
after(() => tdb.drop());

const append = (n: number) =>
  deps.database.db.transaction((tx) =>
    appendAudit(tx, deps.auditSecret, SYSTEM_ACTOR, {
      action: 'test.changed',
      objectType: 'test',
      objectId: String(n),
      after: { n },
    }),
  );
const keys = () => ({ secret: deps.auditSecret, signing: deps.auditSigning });
const kinds = (r: { problems: { kind: string }[] }) => [...new Set(r.problems.map((p) => p.kind))].sort();

/** Edits row `id` and recomputes every later hash with the real key, as an attacker with the key file would. */
async function rewriteFrom(id: number) {
  await deps.database.db.transaction(async (tx) => {
    await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await tx.execute(sql`UPDATE audit_log SET summary = 'đã sửa lại' WHERE id = ${id}`);
    const rows = await tx
      .select()
      .from(auditLog)
      .where(sql`id >= ${id - 1}`)
      .orderBy(auditLog.id);
    let prev = rows[0].hash;
    for (const r of rows.slice(1)) {
      const { hash: _h, ...fields } = r;
      const hash = hashAuditRow(deps.auditSecret, { ...fields, prevHash: prev });
      await tx.execute(sql`UPDATE audit_log SET prev_hash = ${prev}, hash = ${hash} WHERE id = ${r.id}`);
      prev = hash;
    }
    await tx.execute(sql`UPDATE audit_head SET last_hash = ${prev}`);
    await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  });
}

describe(`an audit chain that cannot be rewritten silently (${ENGINE})`, () => {
  it('a checkpoint is written after every N rows, signed with Ed25519, and verifies with the public key alone', async () => {
    for (let i = 0; i < 4; i++) await append(i);
    const first = await runCheckpointIfDue(deps);
    assert.ok(first, 'the first rows get a checkpoint');
    assert.equal(await runCheckpointIfDue(deps), null, 'not again before N new rows');
    for (let i = 0; i < 5; i++) await append(10 + i);
    assert.ok(await runCheckpointIfDue(deps), 'after N new rows');
    const withoutRowKey = await verifyAuditChain(
      deps.database.db,
      { secret: null, signing: deps.auditSigning },
      deps.checkpointDir,
    );
    assert.equal(withoutRowKey.ok, true, JSON.stringify(withoutRowKey.problems));
    assert.equal(withoutRowKey.hashesChecked, false);
    assert.equal(withoutRowKey.checkpoints, 2);
  });

  it('a checkpoint signed by another key is refused', async () => {
    const other = generateKeyPairSync('ed25519');
    const stranger = { publicKey: other.publicKey, keyId: keyIdOf(other.publicKey) };
    const report = await verifyAuditChain(
      deps.database.db,
      { secret: deps.auditSecret, signing: stranger },
      deps.checkpointDir,
    );
    assert.deepEqual(kinds(report), ['checkpoint_bad_signature']);
  });

  it('a chain recomputed with the key passes a plain check, and is caught by a kept head and by the checkpoints', async () => {
    const kept = await signedHead(deps.database.db, deps.auditSigning);
    for (let i = 0; i < 3; i++) await append(100 + i);
    await rewriteFrom(3);
    const noWitness = await verifyAuditChain(
      deps.database.db,
      keys(),
      mkdtempSync(join(tmpdir(), 'ocop-no-checkpoints-')),
    );
    assert.equal(
      noWitness.ok,
      true,
      'without anything kept elsewhere the rewrite is consistent: the hole the witnesses close',
    );
    const against = await verifyAuditChain(
      deps.database.db,
      keys(),
      mkdtempSync(join(tmpdir(), 'ocop-no-checkpoints-')),
      kept,
    );
    assert.deepEqual(kinds(against), ['kept_head_mismatch']);
    const withCheckpoints = await verifyAuditChain(deps.database.db, keys(), deps.checkpointDir);
    assert.deepEqual(kinds(withCheckpoints), ['checkpoint_mismatch']);
  });

  it('a kept head beyond the end of the chain shows a cut tail; an unsigned kept id and hash are enough', async () => {
    const head = await signedHead(deps.database.db, deps.auditSigning);
    const report = await verifyAuditChain(
      deps.database.db,
      keys(),
      mkdtempSync(join(tmpdir(), 'ocop-none-')),
      {
        lastId: head.lastId + 10,
        lastHash: 'ab'.repeat(32),
      },
    );
    assert.deepEqual(kinds(report), ['kept_head_missing_row']);
  });
});
