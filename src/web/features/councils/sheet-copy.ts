// The device's copy of a council member's sheet and the words the sync speaks: the
// copy kept in the browser's storage ({ answers, comments, baseRevision, changeId,
// savedAt, pending } and what the sync needs besides), the server's copy, one save,
// where the sync stands, and reading a kept copy back (a damaged one is ignored).
import type { Answers } from '../../../domain/scoring/score.ts';
import { ApiError } from '../../lib/api-error.ts';

export type Comments = Record<string, string>;

/** What the device keeps between visits (and across a closed tab). */
export interface LocalSheet {
  answers: Answers;
  comments: Comments;
  /** the server revision the copy was made on */
  baseRevision: number;
  /** the id the pending change goes with; kept until acknowledged */
  changeId: string;
  savedAt: string;
  /** changes not yet acknowledged by the server */
  pending: boolean;
  /** how many edits are waiting */
  changes: number;
  /** changeIds sent but not acknowledged: one of them may have reached the server */
  attempted: string[];
}

/** The server's copy as the API sends it (my-sheet's `sheet`, or a conflict's `details.server`). */
export interface ServerSheet {
  answers: Answers;
  comments: Comments;
  revision: number;
  lastChangeId: string | null;
  status: 'draft' | 'sent' | 'locked';
  sentAt?: string | null;
  updatedAt?: string | null;
}

export interface SaveBody {
  answers: Answers;
  comments: Comments;
  baseRevision: number;
  changeId: string;
  device?: string;
  send?: boolean;
}

export type SyncState =
  | { kind: 'saved' }
  | { kind: 'waiting' }
  | { kind: 'sending' }
  | { kind: 'offline' }
  | { kind: 'retrying'; message: string }
  | { kind: 'conflict'; server: ServerSheet; differing: string[] }
  | { kind: 'refused'; code: string; message: string };

export interface SheetSnapshot {
  answers: Answers;
  comments: Comments;
  /** edits not yet acknowledged */
  changes: number;
  state: SyncState;
  /** the server's copy as last acknowledged */
  server: ServerSheet;
  savedAt: string | null;
}

export interface SheetStoreDeps {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** PUT my-sheet: resolves with the server's sheet, throws ApiError or a network TypeError */
  send(body: SaveBody): Promise<{ sheet: ServerSheet }>;
  isOnline(): boolean;
  newChangeId(): string;
  now(): Date;
  /** a timer; returns its cancel */
  schedule(fn: () => void, ms: number): () => void;
  device?: string;
  debounceMs?: number;
  retryMs?: number;
}

export const sheetKey = (userId: string, itemId: string, pass: number) =>
  `ocop.councilSheet:${userId}:${itemId}:${pass}`;

/** A failure of the connection, not a refusal: the browser is offline or fetch itself threw. */
export const isNetworkFailure = (err: unknown, online: boolean) =>
  err instanceof TypeError || (!online && !(err instanceof ApiError));

export function readLocal(storage: SheetStoreDeps['storage'], key: string): LocalSheet | null {
  try {
    const raw = storage.getItem(key);
    const v = raw ? (JSON.parse(raw) as Partial<LocalSheet>) : null;
    if (!v || typeof v.baseRevision !== 'number' || typeof v.changeId !== 'string' || !v.answers) return null;
    return {
      comments: {},
      changes: v.pending ? 1 : 0,
      attempted: [],
      savedAt: '',
      pending: false,
      ...v,
    } as LocalSheet;
  } catch {
    return null;
  }
}
