import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMessage } from '../../shared/errors.ts';
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
