// Builders named by the state they leave behind. Each test file builds its own
// world on its own database; nothing is shared between files.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.ts';
import { adminUnitScopes, producers, products } from '../../src/server/db/schema/index.ts';
import { parseEnv } from '../../src/server/env.ts';
import { PLACE_BEARING_TABLES } from '../../src/server/place-bearing.ts';
import { AUDIT_NAME_SOURCES } from '../../src/server/audit-names.ts';
import { systemClock } from '../../src/server/core/clock.ts';
import { generateKeyPairSync } from 'node:crypto';
import { keyIdOf } from '../../src/server/audit-signing.ts';
import type { AppDeps, AuditSigning } from '../../src/server/core/deps.ts';
import { createLogger } from '../../src/server/logger.ts';
import { LocalDiskStorage } from '../../src/server/storage/file-storage.ts';
import { TEST_AUDIT_SECRET } from './templates.ts';
import { SYSTEM_ACTOR } from '../../src/server/core/actor.ts';
import { createUser } from '../../src/server/modules/users/users.service.ts';
import type { GrantInput } from '../../src/shared/contracts/users.ts';
import type { LegalType } from '../../src/shared/registry.ts';
import type { ProducerStatus } from '../../src/domain/registry/producer.workflow.ts';

export const PASSWORD = 'test-password-123';
export const CURRENT = 'vn-2tier-2025';
export const unit = (code: string, version = CURRENT) => `${version}:${code}`;

/** one Ed25519 pair per test process: checkpoints in tests are signed like in production */
export const TEST_AUDIT_SIGNING: AuditSigning = (() => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey,
    publicKey,
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    source: 'configured',
  };
})();

export function makeDeps(
  database: Database,
  checkpointDir = `/tmp/ocop-test-checkpoints-${randomBytes(4).toString('hex')}`,
): AppDeps {
  return {
    database,
    env: parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    auditSecret: TEST_AUDIT_SECRET,
    auditSigning: TEST_AUDIT_SIGNING,
    checkpointDir,
    storage: new LocalDiskStorage(`${checkpointDir}-files`),
    version: 'test',
    log: createLogger('silent'),
    clock: systemClock,
    placeBearing: PLACE_BEARING_TABLES,
    auditNames: AUDIT_NAME_SOURCES,
  };
}

let counter = 0;
export async function seedUser(
  deps: AppDeps,
  grants: GrantInput[],
  email = `user${++counter}-${randomBytes(3).toString('hex')}@test.vn`,
) {
  const id = await createUser(deps, SYSTEM_ACTOR, {
    email,
    fullName: 'Người Thử Nghiệm',
    password: PASSWORD,
    mustChangePassword: false,
    grants,
  });
  return { id, email };
}

export async function seedProducerInUnit(
  deps: AppDeps,
  unitId: string,
  opts: { name?: string; legalType?: LegalType; products?: string[]; status?: ProducerStatus } = {},
) {
  const { db } = deps.database;
  const [scope] = await db.select().from(adminUnitScopes).where(eq(adminUnitScopes.unitId, unitId));
  const place = {
    unitId,
    unitVersionId: unitId.split(':')[0],
    scopeProvinceId: scope?.currentProvinceId ?? null,
    scopeCommuneId: scope?.currentCommuneId ?? null,
  };
  const [producer] = await db
    .insert(producers)
    .values({
      name: opts.name ?? `Hợp tác xã Thử nghiệm ${++counter}`,
      legalType: opts.legalType ?? 'cooperative',
      ...place,
      representativeEthnicity: 'Tày',
      representativeSex: 'female',
      representativeDisability: false,
      ...(opts.status ? { status: opts.status } : {}),
    })
    .returning({ id: producers.id });
  const productIds: string[] = [];
  for (const name of opts.products ?? []) {
    const [p] = await db
      .insert(products)
      .values({ producerId: producer.id, name, productSet: 7, ...place })
      .returning({ id: products.id });
    productIds.push(p.id);
  }
  return { id: producer.id, productIds, place };
}

/** A producer that registered itself and waits for its commune's confirmation. */
export function seedPendingProducer(
  deps: AppDeps,
  unitId: string,
  opts: { name?: string; products?: string[] } = {},
) {
  return seedProducerInUnit(deps, unitId, { ...opts, legalType: 'household', status: 'pending' });
}

/** A 10-digit tax code with a valid check digit (weights 31,29,23,19,17,13,7,5,3), from a 9-digit seed. */
export function validTaxCode(seed: number): string {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  for (let n = seed; ; n++) {
    const body = String(n % 1_000_000_000).padStart(9, '0');
    const sum = weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
    const check = 10 - (sum % 11);
    if (check >= 0 && check <= 9) return body + check;
  }
}
