import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerpt, formatMessage } from '../../shared/errors.ts';
import { urlProblems } from './url-hygiene.ts';
import { pickLocale } from './errors.ts';
import { cleanJsonValue, type InputProblem } from './json-body.ts';
import { RateLimiter } from './rate-limit.ts';
import { AppError } from '../core/app-error.ts';

describe('cleanJsonValue', () => {
  it('normalises decomposed Vietnamese to NFC in values and keys', () => {
    const nfd = 'Vải thiều Thanh Hà'.normalize('NFD');
    const out = cleanJsonValue({ [nfd]: nfd }) as Record<string, string>;
    assert.equal(out['Vải thiều Thanh Hà'], 'Vải thiều Thanh Hà');
  });
  it('names fields holding control characters or lone surrogates', () => {
    const problems: InputProblem[] = [];
    cleanJsonValue({ a: 'ok\nline', b: 'bell\u0007', c: [{ d: '\ud800x' }] }, '', 0, problems);
    assert.deepEqual(
      problems.map((p) => p.field),
      ['b', 'c[0].d'],
    );
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
  for (const [header, want] of [
    [undefined, 'vi'],
    ['en-US,en;q=0.9', 'en'],
    ['fr, en;q=0.5', 'en'],
    ['en;q=0.3, vi;q=0.8', 'vi'],
    ['de', 'vi'],
  ] as const) {
    it(`Accept-Language ${header ?? '(none)'} → ${want}`, () => assert.equal(pickLocale(header), want));
  }
  it('fills placeholders', () =>
    assert.equal(
      formatMessage('BODY_TOO_LARGE', 'en', { limit: 10 }),
      'The request body is too large (at most 10 bytes)',
    ));
});

describe('RateLimiter', () => {
  it('allows the limit, then refuses with a retry time, then resets after the window', () => {
    const limiter = new RateLimiter(2, 1000);
    limiter.hit('k', 0);
    limiter.hit('k', 10);
    assert.throws(
      () => limiter.hit('k', 20),
      (e: unknown) => e instanceof AppError && e.code === 'RATE_LIMITED' && e.params.retryAfter === 1,
    );
    limiter.hit('k', 1001);
    limiter.hit('other', 20);
  });
});

describe('urlProblems', () => {
  it('accepts clean addresses, with Vietnamese encoded either way', () => {
    assert.deepEqual(urlProblems('http://x/api/products?q=v%E1%BA%A3i+thi%E1%BB%81u&page=2'), []);
    assert.deepEqual(urlProblems('/api/admin-units/vn-2tier-2025%3A38'), []);
  });
  it('calls broken percent-encoding malformed, in the path or the query', () => {
    for (const url of [
      'http://x/%',
      'http://x/a/%FF',
      'http://x/?q=%E0%A4%A',
      'http://x/?%zz=1',
      'http://x/?q=%ED%A0%80',
    ])
      assert.equal(urlProblems(url), 'malformed', url);
  });
  it('names the part holding NUL or control characters', () => {
    assert.deepEqual(urlProblems('http://x/a%00b'), [
      { field: '(path)', message: 'contains control characters or invalid Unicode' },
    ]);
    assert.deepEqual(
      (urlProblems('http://x/?q=%1B') as { field: string }[]).map((p) => p.field),
      ['query.q'],
    );
  });
});

describe('excerpt', () => {
  it('keeps short text, cuts long text, escapes control characters and broken surrogates', () => {
    assert.equal(excerpt('Mứt gừng'), 'Mứt gừng');
    assert.equal(excerpt('x'.repeat(100), 10), `${'x'.repeat(10)}…`);
    assert.equal(excerpt('a\u0000b\u001bc'), 'a\\u0000b\\u001bc');
    assert.equal(excerpt('a\uD800b'), 'a\uFFFDb');
    assert.equal(excerpt(42), '42');
  });
  it('is what formatMessage puts in a message', () => {
    assert.equal(formatMessage('TAX_CODE_TAKEN', 'en', { value: `0${'9'.repeat(200)}` }).length < 160, true);
  });
});
