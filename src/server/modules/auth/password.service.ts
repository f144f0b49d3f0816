// Argon2id password hashes. The dummy hash keeps a login for an unknown email as
// slow as one with a wrong password, so timing does not reveal accounts.
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../core/app-error.ts';

const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
let dummyHash: Promise<string> | null = null;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hash('dummy-password-for-timing', OPTIONS);
  const target = passwordHash ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

export function assertStrongPassword(password: string): void {
  if (password.length < 10 || !/[A-Za-zÀ-ỹ]/.test(password) || !/\d/.test(password))
    throw new AppError('WEAK_PASSWORD');
}
