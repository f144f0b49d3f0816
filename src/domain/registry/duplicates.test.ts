import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scoreDuplicate, type DuplicateSignals } from './duplicates.ts';

const none: DuplicateSignals = {
  sameProducer: false,
  relatedProducer: null,
  sameSet: true,
  nameSimilarity: 0.2,
  textSimilarity: null,
  photoDistance: null,
};

describe('scoreDuplicate', () => {
  it('a renamed copy of another producer’s product: same photos and story, new name', () => {
    const v = scoreDuplicate({
      ...none,
      nameSimilarity: 0.3,
      textSimilarity: 0.9,
      photoDistance: 2,
      relatedProducer: 'representative',
    });
    assert.equal(v.suspected, true);
    assert.deepEqual(v.reasons, ['related_producer', 'same_set', 'similar_text', 'similar_photo']);
  });
  it('the same producer registering the same name twice', () => {
    assert.equal(scoreDuplicate({ ...none, sameProducer: true, nameSimilarity: 0.95 }).suspected, true);
  });
  it('two producers making the same common product under similar names is not enough alone', () => {
    assert.equal(scoreDuplicate({ ...none, nameSimilarity: 0.7 }).suspected, false);
  });
  it('different sets weigh much less', () => {
    assert.ok(
      scoreDuplicate({ ...none, sameSet: false, nameSimilarity: 0.95, sameProducer: true }).score <
        scoreDuplicate({ ...none, nameSimilarity: 0.95, sameProducer: true }).score,
    );
  });
  it('more matching evidence never lowers the score', () => {
    const signals = fc.record({
      sameProducer: fc.boolean(),
      relatedProducer: fc.constantFrom(null, 'tax_code', 'representative', 'address'),
      sameSet: fc.boolean(),
      nameSimilarity: fc.double({ min: 0, max: 1, noNaN: true }),
      textSimilarity: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      photoDistance: fc.option(fc.integer({ min: 0, max: 64 })),
    }) as fc.Arbitrary<DuplicateSignals>;
    fc.assert(
      fc.property(signals, fc.double({ min: 0, max: 1, noNaN: true }), (s, bump) => {
        const higher = { ...s, nameSimilarity: Math.min(1, s.nameSimilarity + bump) };
        return scoreDuplicate(higher).score >= scoreDuplicate(s).score;
      }),
    );
  });
});
