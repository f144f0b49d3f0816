// Sign-in, sign-out, password change and the unit switcher. Sessions are rows
// keyed by the sha-256 of the cookie token; a CSRF token travels with each session.
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps, AuthState } from '../../core/deps.ts';
import type { AuditActor } from '../../core/actor.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { recordSignIn, setPassword } from '../users/users.service.ts';
import * as repo from './auth.repository.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './password.service.ts';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  state: AuthState;
}

export async function login(
  deps: AppDeps,
  email: string,
  password: string,
  meta: { ip: string | null; userAgent: string | null; requestId: string },
): Promise<LoginResult> {
  const { db } = deps.database;
  const user = await repo.findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');
  if (user.status !== 'active') throw new AppError('INVALID_CREDENTIALS');
  const token = randomBytes(32).toString('base64url');
  const sessionId = hashToken(token);
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + deps.env.SESSION_TTL_HOURS * 3600_000);
  const grants = await repo.loadGrants(db, user.id);
  const active = grants[0] ?? null;
  await db.transaction(async (tx) => {
    await repo.insertSession(tx, {
      id: sessionId,
      userId: user.id,
      csrfToken,
      expiresAt,
      activeGrantId: active?.id ?? null,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await recordSignIn(tx, user.id);
    const actor: AuditActor = { userId: user.id, label: user.email, ip: meta.ip, requestId: meta.requestId };
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'auth.login',
      objectType: 'user',
      objectId: user.id,
    });
  });
  return {
    token,
    expiresAt,
    state: {
      sessionId,
      csrfToken,
      grants,
      active,
      user: {
        id: user.id,
        email: user.email,
        fullName: user.fullName,
        locale: user.locale,
        mustChangePassword: user.mustChangePassword,
      },
    },
  };
}

export async function loadSession(deps: AppDeps, token: string): Promise<AuthState | null> {
  const { db } = deps.database;
  const id = hashToken(token);
  const row = await repo.findLiveSessionWithGrants(db, id);
  if (row?.status !== 'active') return null;
  if (Date.now() - row.lastSeenAt.getTime() > 5 * 60_000) await repo.touchSession(db, id);
  const { grants } = row;
  const active = grants.find((g) => g.id === row.activeGrantId) ?? grants[0] ?? null;
  return {
    sessionId: id,
    csrfToken: row.csrfToken,
    grants,
    active,
    user: {
      id: row.userId,
      email: row.email,
      fullName: row.fullName,
      locale: row.locale,
      mustChangePassword: row.mustChangePassword,
    },
  };
}

export async function logout(deps: AppDeps, auth: AuthState, actor: AuditActor): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    await repo.deleteSession(tx, auth.sessionId);
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'auth.logout',
      objectType: 'user',
      objectId: auth.user.id,
    });
  });
}

export async function changePassword(
  deps: AppDeps,
  auth: AuthState,
  actor: AuditActor,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const { db } = deps.database;
  const user = await repo.findUserById(db, auth.user.id);
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword)))
    throw new AppError('WRONG_PASSWORD');
  assertStrongPassword(newPassword);
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await setPassword(tx, user.id, passwordHash);
    // a changed password ends every other session of the account
    await repo.deleteOtherSessions(tx, user.id, auth.sessionId);
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'auth.password_changed',
      objectType: 'user',
      objectId: user.id,
    });
  });
}

export async function switchGrant(deps: AppDeps, auth: AuthState, grantId: string): Promise<AuthState> {
  const grant = auth.grants.find((g) => g.id === grantId);
  if (!grant) throw new AppError('GRANT_NOT_HELD');
  await repo.setActiveGrant(deps.database.db, auth.sessionId, grantId);
  return { ...auth, active: grant };
}
