// Every product gets its public id from the column's default, whatever inserts it: a
// seed's or an import's bulk insert that names no public_id gets a short, unique id
// of the unambiguous alphabet for each row; the id never changes; a duplicate is
// refused by the unique index rather than put two products behind one address.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { inArray, sql } from 'drizzle-orm';
import { insertChunk } from '../../src/server/db/bulk-insert.ts';
import { queryRows } from '../../src/server/db/client.ts';
import { products } from '../../src/server/db/schema/index.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { PUBLIC_ID_PATTERN } from '../../src/shared/public-address.ts';
import { makeDeps, seedProducerInUnit, unit } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
});
after(() => tdb.drop());

/** The error a statement failed with, as the engine reported it. */
async function failureOf(statement: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await statement;
  } catch (err) {
    const e = err as Error & { code?: string; cause?: Error & { code?: string } };
    return { code: e.cause?.code ?? e.code, message: e.cause?.message ?? e.message };
  }
  assert.fail('the statement succeeded');
}

it(`a bulk insert naming no public_id gives every row its own id (${ENGINE})`, async () => {
  const producer = await seedProducerInUnit(deps, unit('14758'));
  const rows = Array.from({ length: 1_000 }, (_, i) => ({
    producerId: producer.id,
    name: `Sản phẩm nhập từ danh sách ${i + 1}`,
    productSet: 7,
    ...producer.place,
  }));
  await insertChunk(
    tdb.database.db,
    'products',
    [
      ['producer_id', 'producerId', 'uuid'],
      ['name', 'name', 'text'],
      ['product_set', 'productSet', 'smallint'],
      ['unit_id', 'unitId', 'text'],
      ['unit_version_id', 'unitVersionId', 'text'],
      ['scope_province_id', 'scopeProvinceId', 'text'],
      ['scope_commune_id', 'scopeCommuneId', 'text'],
    ],
    rows,
  );
  const ids = await tdb.database.db
    .select({ publicId: products.publicId })
    .from(products)
    .where(inArray(products.producerId, [producer.id]));
  assert.equal(ids.length, 1_000);
  assert.equal(new Set(ids.map((r) => r.publicId)).size, 1_000, 'unique');
  for (const { publicId } of ids) assert.match(publicId, PUBLIC_ID_PATTERN);
  // every character of the alphabet is drawn, in every position
  for (let pos = 0; pos < 10; pos++)
    assert.equal(new Set(ids.map((r) => r.publicId[pos])).size, 32, `position ${pos}`);
});

it(`the id never changes, and a duplicate is refused (${ENGINE})`, async () => {
  const producer = await seedProducerInUnit(deps, unit('14758'), {
    products: ['Mật ong bạc hà', 'Chè shan'],
  });
  const [a, b] = await queryRows<{ id: string; public_id: string }>(
    tdb.database.db,
    sql`SELECT id, public_id FROM products WHERE id IN (${producer.productIds[0]}, ${producer.productIds[1]}) ORDER BY name DESC`,
  );
  const changed = await failureOf(
    tdb.database.db.execute(sql`UPDATE products SET public_id = 'zzzzzzzzzz' WHERE id = ${a.id}`),
  );
  assert.match(changed.message, /public_id never changes/);
  assert.equal(changed.code, '23000');
  // other updates go through, the id kept
  await tdb.database.db.execute(
    sql`UPDATE products SET name = name || ' Mộc Châu', public_id = public_id WHERE id = ${a.id}`,
  );
  const [kept] = await queryRows<{ public_id: string }>(
    tdb.database.db,
    sql`SELECT public_id FROM products WHERE id = ${a.id}`,
  );
  assert.equal(kept.public_id, a.public_id);
  const duplicate = await failureOf(
    tdb.database.db.execute(
      sql`INSERT INTO products (producer_id, name, unit_id, unit_version_id, public_id)
          VALUES (${producer.id}, 'Bản sao', ${producer.place.unitId}, ${producer.place.unitVersionId}, ${b.public_id})`,
    ),
  );
  assert.equal(duplicate.code, '23505');
});
