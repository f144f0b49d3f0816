import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { gatedPglite, TurnGate } from './turn-gate.ts';

/** Busy work on the thread, as PGlite's statements are. */
function spin(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('TurnGate', () => {
  it('a lone caller starts at once, without waiting for a turn of the loop', async () => {
    const gate = new TurnGate();
    let immediateRan = false;
    setImmediate(() => {
      immediateRan = true;
    });
    await gate.run(async () => {
      assert.equal(immediateRan, false);
    });
  });

  it('serves waiting work first come, first served, one piece per turn of the loop', async () => {
    const gate = new TurnGate();
    const order: string[] = [];
    // each caller does two pieces of work, as a request does two statements
    const caller = async (name: string) => {
      await gate.run(async () => order.push(`${name}1`));
      await gate.run(async () => order.push(`${name}2`));
    };
    await Promise.all([caller('a'), caller('b'), caller('c')]);
    assert.deepEqual(order, ['a1', 'b1', 'c1', 'a2', 'b2', 'c2']);
    assert.equal(gate.queued, 0);
  });

  it('lets I/O in between the turns: timers and immediates queued meanwhile run before the last piece', async () => {
    const gate = new TurnGate();
    const seen: string[] = [];
    const work = Array.from({ length: 5 }, (_, i) =>
      gate.run(async () => {
        spin(2);
        seen.push(`work ${i}`);
        if (i === 0) setImmediate(() => seen.push('other'));
      }),
    );
    await Promise.all(work);
    // without turns, all five would run before anything else was looked at
    assert.deepEqual(seen, ['work 0', 'other', 'work 1', 'work 2', 'work 3', 'work 4']);
  });

  it('passes the turn on when work fails', async () => {
    const gate = new TurnGate();
    const failing = gate.run(async () => {
      throw new Error('boom');
    });
    const next = gate.run(async () => 'next');
    await assert.rejects(failing, /boom/);
    assert.equal(await next, 'next');
  });
});

describe('gatedPglite', () => {
  it('answers like the engine, keeps transactions whole, and passes other members through', async () => {
    const raw = await PGlite.create();
    const gate = new TurnGate();
    const db = gatedPglite(raw, gate);
    try {
      await db.exec('CREATE TABLE t (n int)');
      const inserts = Array.from({ length: 10 }, (_, i) => db.query('INSERT INTO t VALUES ($1)', [i]));
      // a transaction holds the turn: statements queued behind it wait for its end
      const tx = db.transaction(async (t) => {
        await t.query('INSERT INTO t VALUES (100)');
        const { rows } = await t.query<{ n: number }>('SELECT count(*)::int AS n FROM t');
        return rows[0].n;
      });
      const after = db.query<{ n: number }>('SELECT count(*)::int AS n FROM t');
      await Promise.all(inserts);
      assert.equal(await tx, 11);
      assert.equal((await after).rows[0].n, 11);
      assert.equal(db.closed, false);
      assert.equal(gate.queued, 0);
    } finally {
      await db.close();
    }
    assert.equal(raw.closed, true);
  });
});
