// The Ed25519 key that signs audit checkpoints and the published chain head. Rows
// are chained with an HMAC under AUDIT_SECRET, which the database host must hold;
// checkpoints are signed with a separate key so that anyone holding only the PUBLIC
// key can check them (ADR 0009). AUDIT_SIGNING_KEY_FILE names the private key (PKCS#8
// PEM), best kept off the database host; AUDIT_PUBLIC_KEY_FILE lets a verifier work
// with the public key alone. On a development machine the pair is generated into
// DATA_DIR (audit-signing.key, mode 0600, and audit-signing.pub).
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditSigning } from './core/deps.ts';
import { EnvError, type Env } from './env.ts';

export const SIGNING_KEY_FILE = 'audit-signing.key';
export const PUBLIC_KEY_FILE = 'audit-signing.pub';

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

function signingFrom(
  privateKey: KeyObject | null,
  publicKey: KeyObject,
  source: AuditSigning['source'],
): AuditSigning {
  if (publicKey.asymmetricKeyType !== 'ed25519')
    throw new EnvError('the audit signing key must be an Ed25519 key');
  return {
    privateKey,
    publicKey,
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    source,
  };
}

export function resolveAuditSigning(env: Env, dataDir: string): AuditSigning & { generated: boolean } {
  if (env.AUDIT_SIGNING_KEY_FILE) {
    const privateKey = createPrivateKey(readFileSync(env.AUDIT_SIGNING_KEY_FILE));
    return { ...signingFrom(privateKey, createPublicKey(privateKey), 'configured'), generated: false };
  }
  if (env.AUDIT_PUBLIC_KEY_FILE) {
    // verification only (another machine): checkpoints can be checked, not written
    return {
      ...signingFrom(null, createPublicKey(readFileSync(env.AUDIT_PUBLIC_KEY_FILE)), 'public-only'),
      generated: false,
    };
  }
  const file = join(dataDir, SIGNING_KEY_FILE);
  if (existsSync(file)) {
    const privateKey = createPrivateKey(readFileSync(file));
    return { ...signingFrom(privateKey, createPublicKey(privateKey), 'data-dir'), generated: false };
  }
  if (env.NODE_ENV === 'production')
    throw new EnvError(
      'AUDIT_SIGNING_KEY_FILE is required in production (an Ed25519 private key, PKCS#8 PEM).',
    );
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  writeFileSync(join(dataDir, PUBLIC_KEY_FILE), publicKey.export({ type: 'spki', format: 'pem' }), {
    flag: 'w',
  });
  return { ...signingFrom(privateKey, publicKey, 'data-dir'), generated: true };
}
