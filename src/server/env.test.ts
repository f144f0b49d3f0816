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

it('PUBLIC_URL: http://localhost:{PORT} outside production, kept without a trailing slash', () => {
  assert.equal(parseEnv({}).PUBLIC_URL, 'http://localhost:3000');
  assert.equal(parseEnv({ PORT: '8080' }).PUBLIC_URL, 'http://localhost:8080');
  assert.equal(parseEnv({ PUBLIC_URL: 'https://ocop.tinh.gov.vn/' }).PUBLIC_URL, 'https://ocop.tinh.gov.vn');
  assert.equal(parseEnv({ PUBLIC_URL: 'https://tinh.gov.vn/ocop//' }).PUBLIC_URL, 'https://tinh.gov.vn/ocop');
  assert.equal(
    parseEnv({ NODE_ENV: 'production', PUBLIC_URL: 'https://ocop.tinh.gov.vn' }).PUBLIC_URL,
    'https://ocop.tinh.gov.vn',
  );
});
it('PUBLIC_URL: production refuses to start without it, saying what it is for', () => {
  assert.throws(
    () => parseEnv({ NODE_ENV: 'production' }),
    (e: unknown) =>
      e instanceof EnvError &&
      /PUBLIC_URL: is required in production/.test(e.message) &&
      /\/sp\//.test(e.message),
  );
});
it('PUBLIC_URL: an address that is not http(s), or carries a query, is refused by name', () => {
  for (const PUBLIC_URL of ['ocop.tinh.gov.vn', 'ftp://ocop.tinh.gov.vn', 'https://ocop.tinh.gov.vn/?a=1'])
    assert.throws(
      () => parseEnv({ PUBLIC_URL }),
      (e: unknown) => e instanceof EnvError && e.message.includes('PUBLIC_URL'),
      PUBLIC_URL,
    );
});
