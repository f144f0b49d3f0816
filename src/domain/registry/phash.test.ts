import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hammingDistance, perceptualHash } from './phash.ts';

const image = (f: (x: number, y: number) => number) =>
  Array.from({ length: 1024 }, (_, i) => f(i % 32, Math.floor(i / 32)));
const gradient = image((x, y) => x * 6 + y * 2);
const circle = image((x, y) => ((x - 16) ** 2 + (y - 16) ** 2 < 80 ? 220 : 30));

it('the same picture, brighter or with noise, stays within a few bits', () => {
  const h = perceptualHash(circle);
  assert.ok(hammingDistance(h, perceptualHash(circle.map((v) => Math.min(255, v + 20)))) <= 2);
  assert.ok(hammingDistance(h, perceptualHash(circle.map((v, i) => v + ((i * 7919) % 11) - 5))) <= 6);
});
it('different pictures are far apart', () => {
  assert.ok(hammingDistance(perceptualHash(circle), perceptualHash(gradient)) >= 16);
});
it('hashes are 16 hex digits and the distance is symmetric', () => {
  const a = perceptualHash(gradient);
  assert.match(a, /^[0-9a-f]{16}$/);
  assert.equal(hammingDistance(a, a), 0);
  assert.equal(hammingDistance('00000000000000ff', '0000000000000000'), 8);
});
