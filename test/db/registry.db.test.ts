// Official product codes on both engines: the commune's register hands out each
// number once, even to concurrent requests; unrecognised products get none.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { certificates, products } from '../../src/server/db/schema/index.ts';
import { AppError } from '../../src/server/core/app-error.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { SYSTEM_ACTOR } from '../../src/server/core/actor.ts';
import { issueProductCode } from '../../src/server/modules/registry/product-code.service.ts';
import { makeDeps, seedProducerInUnit, unit } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
});
after(() => tdb.drop());

const recognise = (productId: string) =>
  deps.database.db.insert(certificates).values({
    productId,
    stars: 3,
    decisionNo: '99/QĐ-UBND',
    decisionDate: '2026-06-20',
    issuer: 'Chủ tịch UBND tỉnh',
    procedureVersionId: 'r26_2026',
    validFrom: '2026-06-20',
    validUntil: '2029-06-19',
    status: 'valid',
  });
const issue = (id: string) =>
  deps.database.db.transaction((tx) => issueProductCode(tx, deps, SYSTEM_ACTOR, id, '2026-11-22'));

it(`issues T-X-STT-year codes from the commune's register, once each, also concurrently (${ENGINE})`, async () => {
  const { productIds } = await seedProducerInUnit(deps, unit('14758'), {
    products: ['A', 'B', 'C', 'D', 'E', 'F'],
  });
  for (const id of productIds) await recognise(id);
  assert.equal(await issue(productIds[0]), '38-14758-1-2026');
  const codes = await Promise.all(productIds.slice(1).map(issue));
  assert.deepEqual([...codes].sort(), [
    '38-14758-2-2026',
    '38-14758-3-2026',
    '38-14758-4-2026',
    '38-14758-5-2026',
    '38-14758-6-2026',
  ]);
  const [row] = await deps.database.db
    .select({ code: products.code, rule: products.codeRuleId })
    .from(products)
    .where(eq(products.id, productIds[0]));
  assert.deepEqual(row, { code: '38-14758-1-2026', rule: 'qd26-2026' });
  await assert.rejects(
    issue(productIds[0]),
    (e: unknown) => e instanceof AppError && e.code === 'PRODUCT_CODE_TAKEN',
  );
});

it(`refuses an unrecognised product and one without a current commune (${ENGINE})`, async () => {
  const plain = await seedProducerInUnit(deps, unit('14797'), { products: ['Chưa công nhận'] });
  await assert.rejects(
    issue(plain.productIds[0]),
    (e: unknown) => e instanceof AppError && e.code === 'CODE_NEEDS_RECOGNITION',
  );
  const split = await seedProducerInUnit(deps, 'vn-3tier:00166', { products: ['Ở xã bị chia tách'] });
  await recognise(split.productIds[0]);
  await assert.rejects(
    issue(split.productIds[0]),
    (e: unknown) => e instanceof AppError && e.code === 'CODE_NEEDS_COMMUNE',
  );
});
