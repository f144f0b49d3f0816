// What the application is built from and who is signed in: types every layer shares
// (services, jobs, the CLI and the HTTP layer), so none of them depends on another for them.
import type { KeyObject } from 'node:crypto';
import type { Grant } from '../../domain/access/policy.ts';
import type { Database } from '../db/client.ts';
import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import type { FileStorage } from '../storage/file-storage.ts';
import type { Clock } from './clock.ts';
import type { AuditNameSource } from './audit-names.ts';
import type { PlaceBearingTable } from './place-bearing.ts';

/** What the application is built from; created once by main.ts or a test. */
export interface AppDeps {
  database: Database;
  env: Env;
  auditSecret: Buffer;
  /** the Ed25519 key of checkpoints and the published head (ADR 0009) */
  auditSigning: AuditSigning;
  checkpointDir: string;
  /** uploaded files: photos, later evidence */
  storage: FileStorage;
  version: string;
  log: Logger;
  /** folder of the built web app, when the server serves it */
  webRoot?: string;
  /** the one clock: the instant, and today's date in Vietnam */
  clock: Clock;
  /** tables that record a place, refreshed when a unit's resolution changes */
  placeBearing: readonly PlaceBearingTable[];
  /** who names the objects of the audit trail (one source per type, from the owning modules) */
  auditNames: readonly AuditNameSource[];
}

export interface AuthUser {
  id: string;
  email: string;
  fullName: string;
  locale: 'vi' | 'en';
  mustChangePassword: boolean;
}

export interface AuthState {
  sessionId: string;
  csrfToken: string;
  user: AuthUser;
  grants: (Grant & { unitName: string | null })[];
  active: (Grant & { unitName: string | null }) | null;
}

export interface AuditSigning {
  /** null where only the public key is configured (a verifier elsewhere) */
  privateKey: KeyObject | null;
  publicKey: KeyObject;
  keyId: string;
  publicKeyPem: string;
  /** configured: AUDIT_SIGNING_KEY_FILE; data-dir: generated beside the database; public-only: AUDIT_PUBLIC_KEY_FILE */
  source: 'configured' | 'data-dir' | 'public-only';
}
