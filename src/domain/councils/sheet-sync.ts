// A council member's sheet kept on the device and sent when the connection allows
// (DOMAIN.md §12.2: scoring that survives a dropped connection). Every change the
// member makes carries an id and the revision it was made on. The server applies a
// change made on its current revision, answers a change it already applied as it
// stands (a resend after a reconnect counts once), and refuses a change made on an
// older revision — another device of the same member wrote since — with its own copy,
// so the member chooses instead of one device silently overwriting the other.
import type { Answers } from '../scoring/score.ts';

export interface StoredSheetVersion {
  revision: number;
  lastChangeId: string | null;
}

export interface SheetChange {
  /** the server revision the device's copy started from */
  baseRevision: number;
  /** one id per change the device sends; a resend carries the same id */
  changeId: string;
}

export type SyncDecision = 'apply' | 'duplicate' | 'conflict';

export function syncDecision(stored: StoredSheetVersion, change: SheetChange): SyncDecision {
  if (stored.lastChangeId !== null && change.changeId === stored.lastChangeId) return 'duplicate';
  return change.baseRevision === stored.revision ? 'apply' : 'conflict';
}

/** Criteria answered differently in two copies of a sheet (an unanswered criterion reads 0). */
export function differingCriteria(a: Answers, b: Answers): string[] {
  const codes = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...codes].filter((c) => (a[c] ?? 0) !== (b[c] ?? 0)).sort();
}
