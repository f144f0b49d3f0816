import assert from 'node:assert/strict';
import { it } from 'node:test';
import { EnvError, parseEnv } from './env.ts';

it('defaults: port 3000, ./data, embedded database', () => {
  const env = parseEnv({});
  assert.equal(env.PORT, 3000);
  assert.equal(env.DATA_DIR, './data');
  assert.equal(env.DATABASE_URL, undefined);
});
it('a wrong variable stops start-up with its name', () => {
  assert.throws(
    () => parseEnv({ PORT: 'abc' }),
    (e: unknown) => e instanceof EnvError && e.message.includes('PORT'),
  );
  assert.throws(
    () => parseEnv({ DATABASE_URL: 'mysql://x' }),
    (e: unknown) => e instanceof EnvError && e.message.includes('DATABASE_URL'),
  );
  assert.throws(() => parseEnv({ AUDIT_SECRET: 'short' }), /AUDIT_SECRET/);
});
it('empty strings count as unset', () =>
  assert.equal(parseEnv({ DATABASE_URL: '' }).DATABASE_URL, undefined));
