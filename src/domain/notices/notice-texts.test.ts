import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publicMeaning } from '../certificates/public-status.ts';
import * as texts from './notice-texts.ts';

const URL = 'https://ocop.thanhhoa.gov.vn/sp/7KQ2-M4XD';
const facts = {
  productName: 'Chè lam Phủ Quảng',
  stars: 4,
  certificateNo: '012/2024/GCN-OCOP',
  validUntil: '2027-06-29',
  publicUrl: URL,
};

describe('the words of notices', () => {
  it('say the law’s window and carry the public address', () => {
    const t = texts.renewalWindowOpened({ ...facts, windowCloses: '2027-03-01' });
    assert.match(t.subject, /Đến kỳ đánh giá lại sản phẩm OCOP: Chè lam Phủ Quảng/);
    assert.match(t.body, /180 đến 120 ngày/);
    assert.match(t.body, /01\/03\/2027/);
    assert.ok(t.body.includes(URL));
  });
  it('text messages are GSM-7 letters within two parts, the address whole at the end', () => {
    const long = { ...facts, productName: 'Bánh đa nem làng Chều đặc sản Nghĩa Hưng '.repeat(8) };
    for (const t of [
      texts.renewalWindowOpened({ ...long, windowCloses: '2027-03-01' }),
      texts.expiryApproaching(long),
      texts.certificateExpired({ ...long, endedOn: '2027-06-30' }),
      texts.certificateRevoked({
        ...long,
        decisionNumber: '45/QĐ-UBND',
        decisionDate: '2027-01-20',
        ground: 'markMisuse',
      }),
    ]) {
      assert.ok(t.text.length <= texts.TEXT_LIMIT, `${t.text.length} characters`);
      assert.match(t.text, /^[\x20-\x7E]+$/, 'no marks in a text message');
      assert.ok(t.text.endsWith(` ${URL}`));
    }
    assert.equal(
      texts.expiryApproaching(facts).text,
      `OCOP: giay chung nhan cua Che lam Phu Quang het hieu luc sau 29/06/2027; sau do khong duoc dung nhan OCOP. ${URL}`,
    );
  });
  it('a revocation names its decision and its ground', () => {
    const t = texts.certificateRevoked({
      ...facts,
      decisionNumber: '45/QĐ-UBND',
      decisionDate: '2027-01-20',
      ground: 'lawBreach',
    });
    assert.match(t.body, /Quyết định số 45\/QĐ-UBND ngày 20\/01\/2027/);
    assert.match(t.body, /an toàn thực phẩm/);
  });
});

describe('what the public page says a state means', () => {
  it('expired or lapsed: since when, and no OCOP mark', () => {
    assert.equal(
      publicMeaning('expired', { recordedEnd: null, validUntil: '2027-06-29', revocation: null }),
      'Đã hết hiệu lực từ ngày 30/06/2027; sản phẩm không còn được dùng nhãn OCOP.',
    );
    assert.match(
      publicMeaning('lapsed', { recordedEnd: '2027-12-27', validUntil: '2027-06-29', revocation: null }) ??
        '',
      /^Đã hết hiệu lực từ ngày 27\/12\/2027/,
    );
  });
  it('revoked: by which decision, on which day', () => {
    assert.equal(
      publicMeaning('revoked', {
        recordedEnd: null,
        validUntil: null,
        revocation: { decisionNumber: '45/QĐ-UBND', decisionDate: '2027-01-20' },
      }),
      'Đã bị thu hồi theo Quyết định số 45/QĐ-UBND ngày 20/01/2027; sản phẩm không còn được dùng nhãn OCOP.',
    );
  });
  it('nothing to add while in force', () => {
    for (const s of ['valid', 'renewalWindowOpen', 'renewalFiled', 'superseded'] as const)
      assert.equal(publicMeaning(s, { recordedEnd: null, validUntil: null, revocation: null }), null);
  });
});
