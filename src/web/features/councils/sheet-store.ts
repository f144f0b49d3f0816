// A council member's sheet kept on the device first and sent when the connection
// allows (DOMAIN.md §12.2). Every change is written to the browser's storage at once,
// keyed by user, dossier of the session and pass, as { answers, comments,
// baseRevision, changeId, savedAt, pending }, and sent a moment after the last
// change. The server applies a change made on its revision, answers a changeId it
// already applied as it stands, and refuses a change made on an older revision with
// its own copy (domain/councils/sheet-sync.ts). So a change keeps its changeId until
// acknowledged — a resend after a reconnect counts once — and takes a new one when
// edited after it was sent, because the server may already hold the old content
// under the old id. Plain TypeScript: the page subscribes; tests give fake storage,
// fake transport and a fake clock.
import { differingCriteria } from '../../../domain/councils/sheet-sync.ts';
import type { Answers } from '../../../domain/scoring/score.ts';
import { ApiError } from '../../lib/api-error.ts';
import {
  type Comments,
  isNetworkFailure,
  type LocalSheet,
  readLocal,
  type SaveBody,
  type ServerSheet,
  type SheetSnapshot,
  type SheetStoreDeps,
  type SyncState,
} from './sheet-copy.ts';

export * from './sheet-copy.ts';

export class SheetStore {
  private local: LocalSheet;
  private server: ServerSheet;
  private state: SyncState = { kind: 'saved' };
  private snap: SheetSnapshot;
  private listeners = new Set<() => void>();
  private inFlight: Promise<void> | null = null;
  private again = false;
  private cancelTimer: (() => void) | null = null;

  constructor(
    private readonly deps: SheetStoreDeps,
    private readonly key: string,
    server: ServerSheet,
    private readonly editable: boolean,
  ) {
    this.server = server;
    const fromServer = (): LocalSheet => ({
      answers: server.answers,
      comments: server.comments,
      baseRevision: server.revision,
      changeId: deps.newChangeId(),
      savedAt: server.updatedAt ?? '',
      pending: false,
      changes: 0,
      attempted: [],
    });
    const kept = editable ? readLocal(deps.storage, key) : null;
    if (!editable) this.forget();
    if (!kept?.pending) this.local = fromServer();
    else if (kept.baseRevision === server.revision) this.local = kept;
    else if (server.lastChangeId === kept.changeId) this.local = fromServer();
    else if (server.lastChangeId && kept.attempted.includes(server.lastChangeId))
      // an earlier send of this copy landed and its answer was lost: the copy holds it and more
      this.local = { ...kept, baseRevision: server.revision, changeId: deps.newChangeId() };
    else {
      this.local = kept;
      this.state = this.conflictWith(server);
    }
    this.snap = this.makeSnapshot();
  }

  /** Send what the device holds (a copy kept from an earlier visit) once the page is up. */
  start(): void {
    if (this.editable && this.local.pending && this.state.kind !== 'conflict') void this.sync();
  }

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  getSnapshot = () => this.snap;

  /** One edit: kept on the device now, sent after a pause. */
  edit(change: { answers?: Answers; comments?: Comments }): void {
    if (!this.editable) return;
    const sent = this.local.attempted.includes(this.local.changeId);
    this.local = {
      ...this.local,
      answers: change.answers ?? this.local.answers,
      comments: change.comments ?? this.local.comments,
      changeId: sent ? this.deps.newChangeId() : this.local.changeId,
      savedAt: this.deps.now().toISOString(),
      pending: true,
      changes: this.local.changes + 1,
    };
    this.persist();
    if (this.state.kind !== 'conflict') {
      this.state = this.inFlight ? this.state : { kind: 'waiting' };
      this.later(this.deps.debounceMs ?? 800);
    }
    this.emit();
  }

  /** Send the pending change now (the connection came back, the member leaves the tab). */
  sync(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    if (!this.editable || !this.local.pending || this.state.kind === 'conflict') return Promise.resolve();
    const body: SaveBody = this.bodyOf();
    const changes = this.local.changes;
    if (!this.local.attempted.includes(body.changeId))
      this.local = { ...this.local, attempted: [...this.local.attempted, body.changeId] };
    this.persist();
    this.state = { kind: 'sending' };
    this.emit();
    this.inFlight = this.deps
      .send(body)
      .then(
        (reply) => this.acknowledge(body, changes, reply.sheet),
        (err: unknown) => this.failed(err),
      )
      .finally(() => {
        this.inFlight = null;
        if (this.again) {
          this.again = false;
          if (this.local.pending && this.state.kind === 'waiting') void this.sync();
        }
        this.emit();
      });
    return this.inFlight;
  }

  /** Resolves once nothing is on its way (follow-up sends included). */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  /** The connection is back: send at once. */
  online(): void {
    if (this.state.kind === 'offline' || this.state.kind === 'retrying') void this.sync();
  }

  /** Conflict: keep the device's copy, made again on the server's revision with a new changeId. */
  keepMine(): Promise<void> {
    if (this.state.kind !== 'conflict') return Promise.resolve();
    const server = this.state.server;
    this.local = {
      ...this.local,
      baseRevision: server.revision,
      changeId: this.deps.newChangeId(),
      pending: true,
      changes: Math.max(1, this.local.changes),
      attempted: [],
    };
    this.state = { kind: 'waiting' };
    return this.sync();
  }

  /** Conflict: drop the device's copy and take the server's. */
  takeServer(): void {
    if (this.state.kind !== 'conflict') return;
    this.adopt(this.state.server);
  }

  /**
   * Send the sheet to the council (every criterion answered). Pending changes go
   * first; then one change carrying `send`, with a fresh changeId so it never reads
   * as a resend of a plain save. Resolves with the refusal, if any.
   */
  async submit(): Promise<ApiError | TypeError | null> {
    await this.sync();
    await this.idle();
    if (this.local.pending || this.state.kind === 'conflict')
      return this.state.kind === 'refused'
        ? new ApiError(0, this.state.code, this.state.message)
        : new TypeError('offline');
    const body = { ...this.bodyOf(), changeId: this.deps.newChangeId(), send: true };
    try {
      const reply = await this.deps.send(body);
      this.adopt(reply.sheet);
      return null;
    } catch (err) {
      if (err instanceof ApiError) {
        if (err.code === 'SHEET_CONFLICT') {
          this.failed(err);
          this.emit();
        }
        return err;
      }
      return err instanceof TypeError ? err : new TypeError(String(err));
    }
  }

  /** The page closes: no more timers; a change still waiting for its pause goes now (it stays kept if that fails). */
  dispose(): void {
    this.clearTimer();
    if (this.local.pending && this.state.kind === 'waiting') void this.sync();
  }

  private bodyOf(): SaveBody {
    const { answers, comments, baseRevision, changeId } = this.local;
    return {
      answers,
      comments,
      baseRevision,
      changeId,
      ...(this.deps.device ? { device: this.deps.device } : {}),
    };
  }

  private acknowledge(body: SaveBody, changes: number, sheet: ServerSheet): void {
    this.server = sheet;
    const same = this.local.changeId === body.changeId;
    this.local = {
      ...this.local,
      baseRevision: sheet.revision,
      pending: !same,
      changes: same ? 0 : Math.max(1, this.local.changes - changes),
      // every id sent before this acknowledgement is either in this revision or superseded
      attempted: [],
    };
    this.persist();
    this.state = same ? { kind: 'saved' } : { kind: 'waiting' };
    if (!same) this.again = true;
  }

  private failed(err: unknown): void {
    if (err instanceof ApiError && err.code === 'SHEET_CONFLICT') {
      const server = (err.details as { server?: ServerSheet } | undefined)?.server;
      if (server?.lastChangeId && this.local.attempted.includes(server.lastChangeId)) {
        // our own earlier send landed: go on from its revision with what was added since
        this.server = server;
        this.local = { ...this.local, baseRevision: server.revision, changeId: this.deps.newChangeId() };
        this.persist();
        this.state = { kind: 'waiting' };
        this.again = true;
        return;
      }
      if (server) {
        this.state = this.conflictWith(server);
        return;
      }
    }
    if (isNetworkFailure(err, this.deps.isOnline())) {
      this.state = { kind: 'offline' };
      this.later(this.deps.retryMs ?? 10_000);
    } else if (err instanceof ApiError && err.status >= 500) {
      this.state = { kind: 'retrying', message: err.message };
      this.later(this.deps.retryMs ?? 10_000);
    } else {
      const api = err instanceof ApiError ? err : null;
      this.state = { kind: 'refused', code: api?.code ?? 'INTERNAL', message: api?.message ?? String(err) };
    }
  }

  private conflictWith(server: ServerSheet): SyncState {
    return { kind: 'conflict', server, differing: differingCriteria(this.local.answers, server.answers) };
  }

  private adopt(sheet: ServerSheet): void {
    this.server = sheet;
    this.local = {
      answers: sheet.answers,
      comments: sheet.comments,
      baseRevision: sheet.revision,
      changeId: this.deps.newChangeId(),
      savedAt: this.deps.now().toISOString(),
      pending: false,
      changes: 0,
      attempted: [],
    };
    this.persist();
    this.state = { kind: 'saved' };
    this.emit();
  }

  private later(ms: number): void {
    this.clearTimer();
    this.cancelTimer = this.deps.schedule(() => {
      this.cancelTimer = null;
      void this.sync();
    }, ms);
  }

  private clearTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private persist(): void {
    try {
      this.deps.storage.setItem(this.key, JSON.stringify(this.local));
    } catch {
      // storage full or refused (private mode): the copy in memory still syncs
    }
  }

  private forget(): void {
    try {
      this.deps.storage.removeItem(this.key);
    } catch {
      // nothing kept
    }
  }

  private makeSnapshot(): SheetSnapshot {
    return {
      answers: this.local.answers,
      comments: this.local.comments,
      changes: this.local.pending ? this.local.changes : 0,
      state: this.state,
      server: this.server,
      savedAt: this.local.savedAt || null,
    };
  }

  private emit(): void {
    this.snap = this.makeSnapshot();
    for (const fn of this.listeners) fn();
  }
}
