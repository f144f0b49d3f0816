// One clock: "today" is the date in Vietnam, fixed by OCOP_TODAY outside production.
// A certificate valid until 21 May is expired on 22 May in Hà Nội even at 18:00 UTC
// on the 21st, which is 01:00 on the 22nd there.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { vietnamDateOf } from '../../src/domain/time/vietnam-date.ts';
import { createApp } from '../../src/server/app.ts';
import { clockFromEnv, fixedDateClock, type Clock } from '../../src/server/core/clock.ts';
import { certificates } from '../../src/server/db/schema/index.ts';
import { EnvError, parseEnv } from '../../src/server/env.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { call, login } from './http-client.ts';

let tdb: TestDatabase;
before(async () => {
  tdb = await createTestDatabase();
});
after(() => tdb.drop());

describe('the clock', () => {
  it('OCOP_TODAY fixes the date; a wrong one or one in production stops the start with its name', () => {
    assert.equal(clockFromEnv(parseEnv({ OCOP_TODAY: '2026-05-22' })).today(), '2026-05-22');
    assert.throws(
      () => parseEnv({ OCOP_TODAY: '2026-02-30' }),
      (e: unknown) => e instanceof EnvError && /OCOP_TODAY/.test(e.message),
    );
    assert.throws(
      () => parseEnv({ OCOP_TODAY: '2026-05-22', NODE_ENV: 'production' }),
      (e: unknown) => e instanceof EnvError && /OCOP_TODAY/.test(e.message),
    );
    assert.equal(clockFromEnv(parseEnv({})).fixedDate, null);
  });

  it('the certificate state follows the date in Vietnam, not the UTC date', async () => {
    const base = makeDeps(tdb.database);
    const producer = await seedProducerInUnit(base, unit('14758'), { products: ['Nước mắm Ba Làng'] });
    const productId = producer.productIds[0];
    await base.database.db.insert(certificates).values({
      productId,
      stars: 4,
      decisionNo: '123/QĐ-UBND',
      decisionDate: '2023-05-22',
      issuer: 'UBND tỉnh Thanh Hóa',
      procedureVersionId: 'r148',
      validFrom: '2023-05-22',
      validUntil: '2026-05-21',
      status: 'valid',
    });
    // 18:00 UTC on 21 May is 01:00 on 22 May in Hà Nội
    const evening: Clock = {
      now: () => new Date('2026-05-21T18:00:00Z'),
      today: () => vietnamDateOf(new Date('2026-05-21T18:00:00Z')),
      fixedDate: null,
    };
    const stateOn = async (clock: Clock) => {
      const app = createApp({ ...base, clock });
      const s = await login(
        app,
        (await seedUser(base, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }])).email,
      );
      const r = await call(app, `/api/products/${productId}/certificates`, { session: s });
      assert.equal(r.status, 200, r.text);
      return r.json[0].state as string;
    };
    assert.equal(await stateOn(evening), 'expired');
    assert.equal(await stateOn(fixedDateClock('2026-05-21')), 'renewalWindowClosed');
  });
});
