import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMessage } from '../../shared/errors.ts';
import { canonicalJson, hashAuditRow } from '../modules/audit/audit-hash.ts';
import { splitPersonal } from '../modules/audit/personal-fields.ts';
import { pickLocale } from './errors.ts';
import { cleanJsonValue, type InputProblem } from './json-body.ts';
import { RateLimiter } from './rate-limit.ts';
import { AppError } from './app-error.ts';

describe('cleanJsonValue', () => {
  it('normalises decomposed Vietnamese to NFC in values and keys', () => {
    const nfd = 'Vải thiều Thanh Hà'.normalize('NFD');
    const out = cleanJsonValue({ [nfd]: nfd }) as Record<string, string>;
    assert.equal(out['Vải thiều Thanh Hà'], 'Vải thiều Thanh Hà');
  });
  it('names fields holding control characters or lone surrogates', () => {
    const problems: InputProblem[] = [];
    cleanJsonValue({ a: 'ok\nline', b: 'bell\u0007', c: [{ d: '\ud800x' }] }, '', 0, problems);
    assert.deepEqual(problems.map((p) => p.field), ['b', 'c[0].d']);
  });
  it('keeps a valid surrogate pair (emoji)', () => {
    const problems: InputProblem[] = [];
    cleanJsonValue({ a: 'ngon 😋' }, '', 0, problems);
    assert.equal(problems.length, 0);
  });
  it('refuses absurd nesting', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = [deep];
    const problems: InputProblem[] = [];
    cleanJsonValue(deep, '', 0, problems);
    assert.equal(problems[0]?.message, 'nested too deeply');
  });
});

describe('locale and messages', () => {
  for (const [header, want] of [[undefined, 'vi'], ['en-US,en;q=0.9', 'en'], ['fr, en;q=0.5', 'en'], ['en;q=0.3, vi;q=0.8', 'vi'], ['de', 'vi']] as const) {
    it(`Accept-Language ${header ?? '(none)'} → ${want}`, () => assert.equal(pickLocale(header), want));
  }
  it('fills placeholders', () => assert.equal(formatMessage('BODY_TOO_LARGE', 'en', { limit: 10 }), 'The request body is too large (at most 10 bytes)'));
});

describe('audit hashing', () => {
  it('canonical JSON does not depend on key order', () => assert.equal(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }), canonicalJson({ a: [2, { c: 4, d: 3 }], b: 1 })));
  it('any field change changes the hash; another key gives another hash', () => {
    const row = { id: 1, at: new Date('2026-01-01T00:00:00Z'), actorUserId: null, actorLabel: 'x', ip: null, requestId: null, action: 'a', objectType: 'o', objectId: '1', summary: '', before: null, after: { n: 1 }, personalDigests: null, prevHash: 'genesis' };
    const key = Buffer.from('k'.repeat(32));
    const h = hashAuditRow(key, row);
    assert.notEqual(hashAuditRow(key, { ...row, after: { n: 2 } }), h);
    assert.notEqual(hashAuditRow(key, { ...row, prevHash: 'other' }), h);
    assert.notEqual(hashAuditRow(Buffer.from('z'.repeat(32)), row), h);
  });
  it('personal fields leave the snapshot and become digests', () => {
    const key = Buffer.from('k'.repeat(32));
    const split = splitPersonal(key, null, { name: 'HTX A', representativeEthnicity: 'Tày', nested: { disability: true } });
    assert.deepEqual(split.after, { name: 'HTX A', representativeEthnicity: { $personal: 'after.representativeEthnicity' }, nested: { disability: { $personal: 'after.nested.disability' } } });
    assert.equal(split.personal?.['after.representativeEthnicity'].v, 'Tày');
    assert.equal(Object.keys(split.digests ?? {}).length, 2);
  });
});

describe('RateLimiter', () => {
  it('allows the limit, then refuses with a retry time, then resets after the window', () => {
    const limiter = new RateLimiter(2, 1000);
    limiter.hit('k', 0);
    limiter.hit('k', 10);
    assert.throws(() => limiter.hit('k', 20), (e: unknown) => e instanceof AppError && e.code === 'RATE_LIMITED' && e.params.retryAfter === 1);
    limiter.hit('k', 1001);
    limiter.hit('other', 20);
  });
});
