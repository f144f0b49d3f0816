import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { acquireDataDirLock, DataDirLockedError } from './lock.ts';

it('refuses a folder held by a live process and names it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-lock-'));
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  try {
    writeFileSync(
      join(dir, 'ocop.lock'),
      JSON.stringify({
        pid: child.pid,
        startedAt: '2026-01-01T00:00:00Z',
        host: (await import('node:os')).hostname(),
      }),
    );
    assert.throws(
      () => acquireDataDirLock(dir),
      (e: unknown) => e instanceof DataDirLockedError && e.message.includes(String(child.pid)),
    );
  } finally {
    child.kill('SIGKILL');
  }
});

it('takes over a lock left by a dead process, and releases it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-lock-'));
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('exit', r));
  writeFileSync(
    join(dir, 'ocop.lock'),
    JSON.stringify({
      pid: child.pid,
      startedAt: '2026-01-01T00:00:00Z',
      host: (await import('node:os')).hostname(),
    }),
  );
  const release = acquireDataDirLock(dir);
  assert.equal(JSON.parse(readFileSync(join(dir, 'ocop.lock'), 'utf8')).pid, process.pid);
  release();
  assert.equal(existsSync(join(dir, 'ocop.lock')), false);
});

it('a fresh folder is locked with pid and start time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-lock-'));
  const release = acquireDataDirLock(dir);
  const info = JSON.parse(readFileSync(join(dir, 'ocop.lock'), 'utf8'));
  assert.equal(info.pid, process.pid);
  assert.ok(!Number.isNaN(Date.parse(info.startedAt)));
  release();
});
