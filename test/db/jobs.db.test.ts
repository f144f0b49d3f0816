// The outbox and the queue on both engines: a job written in a transaction reaches
// its handler; a rolled-back transaction leaves no job.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { outbox } from '../../src/server/db/schema/index.ts';
import { dispatchOutbox, enqueueJob } from '../../src/server/jobs/outbox.ts';
import { startJobQueue, type JobQueue } from '../../src/server/jobs/queue.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let queue: JobQueue;
const received: Record<string, unknown>[] = [];
let resolveReceived: () => void = () => undefined;

before(async () => {
  tdb = await createTestDatabase();
  queue = await startJobQueue(
    tdb.database,
    {
      'test.echo': async (payload) => {
        received.push(payload);
        resolveReceived();
      },
    },
    { url: tdb.url ?? undefined, pollingIntervalSeconds: 0.5 },
  );
});
after(async () => {
  await queue.stop();
  await tdb.drop();
});

it(`a job written in a committed transaction reaches its handler (${ENGINE})`, async () => {
  const db = tdb.database.db;
  const id = await db.transaction((tx) => enqueueJob(tx, 'test.echo', { hello: 'xin chào' }));
  await assert.rejects(
    db.transaction(async (tx) => {
      await enqueueJob(tx, 'test.echo', { hello: 'rolled back' });
      throw new Error('abort');
    }),
  );
  const arrived = new Promise<void>((r) => {
    resolveReceived = r;
  });
  assert.equal(await dispatchOutbox(db, queue), 1);
  assert.equal(await dispatchOutbox(db, queue), 0, 'a dispatched row is not sent twice');
  await Promise.race([
    arrived,
    new Promise((_, reject) => setTimeout(() => reject(new Error('job not delivered in 15 s')), 15_000)),
  ]);
  assert.deepEqual(received, [{ hello: 'xin chào', outboxId: id }]);
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  assert.ok(row.dispatchedAt);
  assert.equal(row.attempts, 1);
});

it(`a job due later waits in the outbox (${ENGINE})`, async () => {
  const db = tdb.database.db;
  await enqueueJob(db, 'test.echo', { later: true }, new Date(Date.now() + 3_600_000));
  assert.equal(await dispatchOutbox(db, queue), 0);
});
