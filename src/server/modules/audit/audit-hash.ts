// Canonical form and keyed hashes of audit rows. A row's hash covers every column
// but itself, so editing any field, deleting a row or reordering rows breaks the
// chain; only a holder of the secret could recompute it, and the exported
// checkpoints catch even that.
import { createHmac, type KeyObject, randomBytes, sign, timingSafeEqual, verify } from 'node:crypto';

export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface HashedFields {
  id: number;
  at: Date;
  actorUserId: string | null;
  actorLabel: string;
  ip: string | null;
  requestId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  personalDigests: unknown;
  prevHash: string;
}

export function hashAuditRow(secret: Buffer, row: HashedFields): string {
  const material = canonicalJson({ ...row, at: row.at.toISOString() });
  return createHmac('sha256', secret).update(material).digest('hex');
}

export function digestPersonal(secret: Buffer, salt: string, value: unknown): string {
  return createHmac('sha256', secret)
    .update(`${salt}:${canonicalJson(value)}`)
    .digest('hex');
}

export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

/** Checkpoints of the first versions: an HMAC under the row key (still verified, no longer written). */
export function signCheckpoint(secret: Buffer, lastId: number, lastHash: string, at: string): string {
  return createHmac('sha256', secret).update(`checkpoint:${lastId}:${lastHash}:${at}`).digest('hex');
}

/** What an Ed25519 checkpoint or published head signs: the row id, its hash and the time, nothing else. */
export const headMessage = (lastId: number, lastHash: string, at: string) =>
  Buffer.from(`ocop-audit-head:${lastId}:${lastHash}:${at}`);

export function signHead(privateKey: KeyObject, lastId: number, lastHash: string, at: string): string {
  return sign(null, headMessage(lastId, lastHash, at), privateKey).toString('base64');
}

export function verifyHead(
  publicKey: KeyObject,
  lastId: number,
  lastHash: string,
  at: string,
  signature: string,
): boolean {
  try {
    return verify(null, headMessage(lastId, lastHash, at), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export function safeEqualHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
