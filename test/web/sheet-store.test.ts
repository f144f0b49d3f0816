// A council member scores on a phone in a hall with a weak connection: no change may
// be lost, a change sent twice must count once, and a sheet written meanwhile from
// another device must be shown, not overwritten. The store runs here against a fake
// storage, a fake server that applies changes the way the API does
// (domain/councils/sheet-sync.ts) and a clock the test moves by hand.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { syncDecision } from '../../src/domain/councils/sheet-sync.ts';
import {
  type LocalSheet,
  type SaveBody,
  type ServerSheet,
  SheetStore,
  sheetKey,
} from '../../src/web/features/councils/sheet-store.ts';
import { ApiError } from '../../src/web/lib/api-error.ts';

const KEY = sheetKey('u1', 'item1', 1);

/** A server holding one sheet, applying changes as the API does; it can lose its answers or go away. */
class FakeServer {
  sheet: ServerSheet = { answers: {}, comments: {}, revision: 0, lastChangeId: null, status: 'draft' };
  received: SaveBody[] = [];
  applied = 0;
  reachable = true;
  /** the change reaches the server but the answer never comes back */
  loseAnswers = false;
  send = async (body: SaveBody): Promise<{ sheet: ServerSheet }> => {
    if (!this.reachable) throw new TypeError('Failed to fetch');
    this.received.push(body);
    const decision = syncDecision(this.sheet, body);
    if (decision === 'conflict')
      throw new ApiError(409, 'SHEET_CONFLICT', 'Phiếu đã được lưu từ thiết bị khác', {
        server: structuredClone(this.sheet),
      });
    if (decision === 'apply') {
      this.applied++;
      this.sheet = {
        ...this.sheet,
        answers: body.answers,
        comments: body.comments,
        revision: this.sheet.revision + 1,
        lastChangeId: body.changeId,
        status: body.send ? 'sent' : this.sheet.status,
      };
    }
    if (this.loseAnswers) throw new TypeError('Failed to fetch');
    return { sheet: structuredClone(this.sheet) };
  };
}

class FakeStorage {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
  kept = (): LocalSheet => JSON.parse(this.map.get(KEY)!) as LocalSheet;
}

let server: FakeServer;
let storage: FakeStorage;
let online: boolean;
let timers: { fn: () => void; ms: number; live: boolean }[];
let ids: number;

const storeOn = (sheet: ServerSheet = server.sheet, editable = true) =>
  new SheetStore(
    {
      storage,
      send: server.send,
      isOnline: () => online,
      newChangeId: () => `change-${++ids}`,
      now: () => new Date('2027-05-12T08:00:00Z'),
      schedule: (fn, ms) => {
        const t = { fn, ms, live: true };
        timers.push(t);
        return () => {
          t.live = false;
        };
      },
    },
    KEY,
    structuredClone(sheet),
    editable,
  );
/** Fire the timers due now (the debounce, a retry), as time passing would. */
async function tick(store: SheetStore) {
  const due = timers.filter((t) => t.live);
  timers = [];
  for (const t of due) t.fn();
  await store.idle();
}

beforeEach(() => {
  server = new FakeServer();
  storage = new FakeStorage();
  online = true;
  timers = [];
  ids = 0;
});

describe('the council sheet kept on the device', () => {
  it('keeps each change on the device at once and sends it after a pause', async () => {
    const store = storeOn();
    store.edit({ answers: { '1.1': 2 } });
    assert.equal(storage.kept().pending, true);
    assert.deepEqual(storage.kept().answers, { '1.1': 2 });
    assert.equal(server.received.length, 0, 'nothing sent before the pause');
    assert.equal(timers[0].ms, 800);
    await tick(store);
    assert.equal(server.sheet.revision, 1);
    assert.equal(store.getSnapshot().state.kind, 'saved');
    assert.equal(storage.kept().pending, false);
    assert.equal(storage.kept().baseRevision, 1);
  });

  it('offline: the change stays pending and counted, retried every 10 s and when the browser is online', async () => {
    const store = storeOn();
    server.reachable = false;
    online = false;
    store.edit({ answers: { '1.1': 2 } });
    store.edit({ answers: { '1.1': 3 } });
    await tick(store);
    const s = store.getSnapshot();
    assert.equal(s.state.kind, 'offline');
    assert.equal(s.changes, 2);
    assert.equal(storage.kept().pending, true);
    assert.deepEqual(storage.kept().answers, { '1.1': 3 });
    assert.equal(timers.find((t) => t.live)?.ms, 10_000, 'a retry is planned');
    server.reachable = true;
    online = true;
    store.online();
    await store.idle();
    assert.equal(store.getSnapshot().state.kind, 'saved');
    assert.equal(store.getSnapshot().changes, 0);
    assert.equal(server.applied, 1);
    assert.deepEqual(server.sheet.answers, { '1.1': 3 });
  });

  it('a change that reached the server whose answer was lost is sent again with the same changeId and counts once', async () => {
    const store = storeOn();
    server.loseAnswers = true;
    store.edit({ answers: { '1.1': 2 } });
    await tick(store);
    assert.equal(store.getSnapshot().state.kind, 'offline');
    assert.equal(server.applied, 1);
    server.loseAnswers = false;
    await tick(store);
    assert.equal(server.received.length, 2);
    assert.equal(server.received[0].changeId, server.received[1].changeId, 'the same changeId');
    assert.equal(server.applied, 1, 'counted once');
    assert.equal(server.sheet.revision, 1);
    assert.equal(store.getSnapshot().state.kind, 'saved');
  });

  it('a change made after a lost answer takes a new changeId and goes on from the revision its first send made', async () => {
    const store = storeOn();
    server.loseAnswers = true;
    store.edit({ answers: { '1.1': 2 } });
    await tick(store);
    server.loseAnswers = false;
    store.edit({ answers: { '1.1': 2, '1.2': 1 } });
    await tick(store);
    assert.notEqual(server.received[1].changeId, server.received[0].changeId);
    assert.equal(store.getSnapshot().state.kind, 'saved', 'not shown as a conflict with itself');
    assert.deepEqual(server.sheet.answers, { '1.1': 2, '1.2': 1 });
    assert.equal(server.sheet.revision, 2);
  });

  it('a reload with a pending copy made on the server revision sends it', async () => {
    storage.setItem(
      KEY,
      JSON.stringify({
        answers: { '1.1': 4 },
        comments: {},
        baseRevision: 0,
        changeId: 'kept-1',
        savedAt: '2027-05-12T07:59:00Z',
        pending: true,
        changes: 1,
        attempted: [],
      }),
    );
    const store = storeOn();
    assert.deepEqual(store.getSnapshot().answers, { '1.1': 4 }, 'the device copy is shown');
    store.start();
    await store.idle();
    assert.equal(server.received[0].changeId, 'kept-1');
    assert.deepEqual(server.sheet.answers, { '1.1': 4 });
  });

  it('another device wrote meanwhile: the conflict is reported with the server copy and the differing criteria', async () => {
    const store = storeOn();
    server.sheet = {
      ...server.sheet,
      answers: { '1.1': 1, '2.1': 3 },
      revision: 1,
      lastChangeId: 'tablet-1',
    };
    store.edit({ answers: { '1.1': 2, '2.1': 3 } });
    await tick(store);
    const s = store.getSnapshot();
    assert.equal(s.state.kind, 'conflict');
    if (s.state.kind !== 'conflict') return;
    assert.deepEqual(s.state.server.answers, { '1.1': 1, '2.1': 3 });
    assert.deepEqual(s.state.differing, ['1.1']);
    assert.equal(storage.kept().pending, true, 'the member’s copy is not dropped');
    // keeping mine: made again on the server's revision with a new changeId
    await store.keepMine();
    await store.idle();
    const last = server.received.at(-1)!;
    assert.equal(last.baseRevision, 1);
    assert.notEqual(last.changeId, server.received[0].changeId);
    assert.deepEqual(server.sheet.answers, { '1.1': 2, '2.1': 3 });
    assert.equal(store.getSnapshot().state.kind, 'saved');
  });

  it('taking the server copy drops the device copy', async () => {
    const store = storeOn();
    server.sheet = { ...server.sheet, answers: { '1.1': 1 }, revision: 1, lastChangeId: 'tablet-1' };
    store.edit({ answers: { '1.1': 2 } });
    await tick(store);
    store.takeServer();
    assert.deepEqual(store.getSnapshot().answers, { '1.1': 1 });
    assert.equal(storage.kept().pending, false);
    assert.equal(server.applied, 0);
  });

  it('sends the sheet to the council with send, after the pending changes', async () => {
    const store = storeOn();
    store.edit({ answers: { '1.1': 2 } });
    assert.equal(await store.submit(), null);
    assert.equal(server.sheet.status, 'sent');
    assert.equal(server.received.at(-1)?.send, true);
    assert.equal(store.getSnapshot().server.status, 'sent');
  });

  it('a read-only sheet (the dossier closed) neither keeps nor sends', async () => {
    storage.setItem(
      KEY,
      JSON.stringify({ answers: { '1.1': 4 }, baseRevision: 0, changeId: 'x', pending: true }),
    );
    const store = storeOn(server.sheet, false);
    store.edit({ answers: { '1.1': 1 } });
    store.start();
    await store.idle();
    assert.equal(server.received.length, 0);
    assert.equal(storage.map.has(KEY), false);
  });
});
