// Helpers shared by this folder's tests (not a test file itself).
import assert from 'node:assert/strict';
import type { ParseResult } from './result.ts';

/** Each case, plus its NFD-decomposed twin when the input is a string that decomposes. */
export function addNfdTwins<E>(
  cases: readonly (readonly [unknown, E])[],
): [label: string, input: unknown, expected: E][] {
  const out: [string, unknown, E][] = [];
  for (const [input, expected] of cases) {
    out.push([JSON.stringify(input) ?? String(input), input, expected]);
    if (typeof input === 'string' && input.normalize('NFD') !== input) {
      out.push([`${JSON.stringify(input)} (NFD)`, input.normalize('NFD'), expected]);
    }
  }
  return out;
}

/** Asserts a success with the given value. */
export function expectValue<T>(result: ParseResult<T>, expected: T, label: string): void {
  assert.ok(
    result.ok,
    `${label}: expected success, got ${result.ok ? '' : `${result.code} ${result.message.en}`}`,
  );
  assert.deepEqual(result.value, expected, label);
}

/** Asserts a failure with the given code and a bilingual message that quotes the input. */
export function expectError(
  result: ParseResult<unknown>,
  code: string,
  label: string,
  quoted?: string,
): void {
  assert.equal(result.ok, false, `${label}: expected ${code}, got ${JSON.stringify(result)}`);
  if (result.ok) return;
  assert.equal(result.code, code, `${label}: ${result.message.en}`);
  assert.ok(result.message.vi.length > 0 && result.message.en.length > 0, `${label}: both languages`);
  if (quoted !== undefined) {
    assert.ok(
      result.message.vi.includes(quoted),
      `${label}: vi message names ${quoted}: ${result.message.vi}`,
    );
    assert.ok(
      result.message.en.includes(quoted),
      `${label}: en message names ${quoted}: ${result.message.en}`,
    );
  }
}
