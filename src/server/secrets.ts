// The audit HMAC key. From AUDIT_SECRET when set (required in production); on a
// development machine it is generated once into DATA_DIR/audit.key (mode 0600).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from './env.ts';
import { EnvError } from './env.ts';

export function resolveAuditSecret(env: Env, dataDir: string): { secret: Buffer; generated: boolean } {
  if (env.AUDIT_SECRET) return { secret: Buffer.from(env.AUDIT_SECRET, 'utf8'), generated: false };
  if (env.NODE_ENV === 'production')
    throw new EnvError('AUDIT_SECRET is required in production (at least 32 characters).');
  const file = join(dataDir, 'audit.key');
  if (existsSync(file))
    return { secret: Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'), generated: false };
  const value = randomBytes(32).toString('base64url');
  writeFileSync(file, `${value}\n`, { mode: 0o600, flag: 'wx' });
  return { secret: Buffer.from(value, 'utf8'), generated: true };
}
