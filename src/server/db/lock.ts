// PGlite has no lock of its own: two processes on one data folder corrupt it. We
// hold DATA_DIR/ocop.lock with our PID and start time; a live holder makes a second
// start refuse, a dead holder's lock is taken over.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface LockInfo {
  pid: number;
  startedAt: string;
  host: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly holder: LockInfo,
    dir: string,
  ) {
    super(
      `Thư mục dữ liệu ${dir} đang được tiến trình PID ${holder.pid} sử dụng (từ ${holder.startedAt}).\n` +
        `The data folder ${dir} is in use by process ${holder.pid} (since ${holder.startedAt}). ` +
        'Stop that process first, or choose another DATA_DIR.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

export function acquireDataDirLock(dir: string): () => void {
  const file = join(dir, 'ocop.lock');
  const mine: LockInfo = { pid: process.pid, startedAt: new Date().toISOString(), host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      return () => release(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readLock(file);
    if (holder && holder.pid !== process.pid && holder.host === mine.host && isAlive(holder.pid)) {
      throw new DataDirLockedError(holder, dir);
    }
    // stale (dead holder or unreadable): replace atomically, then re-check who won
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, JSON.stringify(mine));
    renameSync(tmp, file);
    if (readLock(file)?.pid === process.pid) return () => release(file);
  }
  throw new Error(`could not take the lock ${file}`);
}

function release(file: string): void {
  if (readLock(file)?.pid === process.pid) rmSync(file, { force: true });
}
