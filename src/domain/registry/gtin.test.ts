import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isValidGtin, normaliseGtin } from './gtin.ts';

it('accepts real check digits and pads to GTIN-14', () => {
  assert.equal(normaliseGtin('8934588012228'), '08934588012228');
  assert.equal(normaliseGtin('893 4588 01222 8'), '08934588012228');
  assert.equal(isValidGtin('96385074'), true);
});
it('refuses a wrong check digit, letters and odd lengths', () => {
  assert.equal(normaliseGtin('8934588012229'), null);
  assert.equal(normaliseGtin('89345880122A8'), null);
  assert.equal(normaliseGtin('12345'), null);
});
