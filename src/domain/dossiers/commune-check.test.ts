// The commune's Mẫu 03: the four items assessed, a note where one is not met, the
// proposal signed; the local-labour suggestion from the workforce records.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMMUNE_CHECK_ITEMS, form03Problems, suggestLocalLabour } from './commune-check.ts';

const met = { met: true, note: '' };
const all = Object.fromEntries(COMMUNE_CHECK_ITEMS.map((i) => [i, met])) as Record<
  (typeof COMMUNE_CHECK_ITEMS)[number],
  { met: boolean; note: string }
>;
const signed = {
  proposal: 'Đề nghị tỉnh đánh giá',
  signer: 'Nguyễn Văn An',
  signerTitle: 'Chủ tịch UBND xã',
};

describe('Mẫu 03', () => {
  it('is complete with the four items assessed and the proposal signed', () => {
    assert.deepEqual(form03Problems({ items: all, ...signed }), []);
  });
  it('names an item not assessed, a not-met item without a note, and a missing signature', () => {
    const { localIdentity: _, ...three } = all;
    assert.deepEqual(
      form03Problems({ items: { ...three, ideaOrigin: { met: false, note: '' } }, ...signed, signer: ' ' }),
      [
        { code: 'noteRequired', item: 'ideaOrigin' },
        { code: 'itemMissing', item: 'localIdentity' },
        { code: 'fieldMissing', field: 'signer' },
      ],
    );
    assert.deepEqual(
      form03Problems({
        items: { ...all, ideaOrigin: { met: false, note: 'Ý tưởng từ nơi khác' } },
        ...signed,
      }),
      [],
    );
  });
  it('suggests local labour from the share of workers living in the commune', () => {
    assert.deepEqual(suggestLocalLabour({ percent: 62.4 }), { met: true, percent: 62.4 });
    assert.deepEqual(suggestLocalLabour({ percent: 49.9 }), { met: false, percent: 49.9 });
    assert.equal(suggestLocalLabour({ percent: null }), null);
  });
});
