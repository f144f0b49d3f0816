import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  foldVietnamese,
  stripUnitPrefix,
  toNfc,
  unitFullKey,
  unitMatchKey,
  unitToneKey,
} from './vietnamese.ts';

test('foldVietnamese strips accents, maps đ, lower-cases and collapses whitespace', () => {
  const cases: [input: string, expected: string][] = [
    ['Vải thiều', 'vai thieu'],
    ['Đắk Lắk', 'dak lak'],
    ['ĐÀ NẴNG', 'da nang'],
    ['  Xã   Mỹ  Lộc ', 'xa my loc'],
    ['Hoà Bình', 'hoa binh'],
    ['Hòa Bình', 'hoa binh'],
    ['Thuỵ', 'thuy'],
    ["M'Đrắk", "m'drak"],
    ['', ''],
  ];
  for (const [input, expected] of cases) assert.equal(foldVietnamese(input), expected, input);
});

test('NFD input folds and normalises exactly like its NFC form', () => {
  for (const word of ['Vải thiều', 'Đắk Lắk', 'Phường Nguyễn Trung Trực', 'Thừa Thiên Huế']) {
    const nfd = word.normalize('NFD');
    assert.notEqual(nfd, word, 'fixture must really be decomposed');
    assert.equal(toNfc(nfd), word);
    assert.equal(foldVietnamese(nfd), foldVietnamese(word));
    assert.equal(unitMatchKey(nfd), unitMatchKey(word));
  }
});

test('stripUnitPrefix removes one leading type prefix only', () => {
  const cases: [input: string, expected: string][] = [
    ['Tỉnh Đắk Lắk', 'Đắk Lắk'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Thành Phố Cao Lãnh', 'Cao Lãnh'],
    ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['TP.Hồ Chí Minh', 'Hồ Chí Minh'],
    ['TP Huế', 'Huế'],
    ['Quận 1', '1'],
    ['Huyện Mộc Châu', 'Mộc Châu'],
    ['Thị xã Kỳ Anh', 'Kỳ Anh'],
    ['Thị Xã Kỳ Anh', 'Kỳ Anh'],
    ['Thị trấn NT Mộc Châu', 'NT Mộc Châu'],
    ['Xã Tân Phú', 'Tân Phú'],
    ['Phường 01', '01'],
    ['Đặc khu Côn Đảo', 'Côn Đảo'],
    ['Phường Phường Đúc', 'Phường Đúc'],
    // proper names that merely start like a prefix keep their first word
    ['Tịnh Biên', 'Tịnh Biên'],
    ['Xà Phìn', 'Xà Phìn'],
    ['Quảng Ninh', 'Quảng Ninh'],
    ['Thanh Hóa', 'Thanh Hóa'],
    // a bare prefix is not stripped to nothing
    ['Xã', 'Xã'],
    // unaccented typed text: folded prefixes apply
    ['phuong 1', '1'],
    ['thanh pho thu duc', 'thu duc'],
  ];
  for (const [input, expected] of cases) assert.equal(stripUnitPrefix(input), expected, input);
});

test('unitMatchKey: same unit, same key', () => {
  const same: [a: string, b: string][] = [
    ['Phường 01', 'Phường 1'],
    ['Phường 01', 'phuong 1'],
    ['Quận 03', 'Quận 3'],
    ['Thị xã Mộc Châu', 'Huyện Mộc Châu'],
    ['Tỉnh Khánh Hòa', 'Khánh Hoà'],
    ['Thị trấn NT Mộc Châu', 'Thị trấn Nông trường Mộc Châu'],
    ['Xã Qui Hướng', 'Xã Quy Hướng'],
    ['Xã Kỳ Phú', 'Xã Kì Phú'],
    ['Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu'],
    ["Huyện M'Đrắk", 'Huyện M’Đrắk'],
    ['Xã  Đại Ân  2', 'Xã Đại Ân 2'],
  ];
  for (const [a, b] of same) assert.equal(unitMatchKey(a), unitMatchKey(b), `${a} ~ ${b}`);
});

test('unitMatchKey: different units keep different keys', () => {
  const different: [a: string, b: string][] = [
    ['Phường 1', 'Phường 11'],
    ['Phường 1', 'Phường 10'],
    ['Phường 100', 'Phường 10'],
    ['Xã Tây Sơn', 'Xã Tai Sơn'],
    ['Xã Quỳnh Lưu', 'Xã Quinh Lưu'],
  ];
  for (const [a, b] of different) assert.notEqual(unitMatchKey(a), unitMatchKey(b), `${a} vs ${b}`);
  assert.equal(unitMatchKey('Phường 01'), '1');
  assert.equal(unitMatchKey('Phường 100'), '100');
});

test('unitToneKey tells apart names that folding merges, but not tone placement', () => {
  assert.equal(unitMatchKey('Xã Trực Hưng'), unitMatchKey('Xã Trực Hùng'));
  assert.notEqual(unitToneKey('Xã Trực Hưng'), unitToneKey('Xã Trực Hùng'));
  assert.notEqual(unitToneKey('Xã Đồng Thành'), unitToneKey('Xã Đông Thành'));
  assert.equal(unitToneKey('Xã Hoà Lạc'), unitToneKey('Xã Hòa Lạc'));
  assert.equal(unitToneKey('Phường Thuỷ Châu'), unitToneKey('Phường Thủy Châu'));
  assert.equal(unitToneKey('Phường Thuỷ Châu'.normalize('NFD')), unitToneKey('Phường Thủy Châu'));
  assert.notEqual(unitToneKey('Xã Yên Viên', true), unitToneKey('Thị trấn Yên Viên', true));
});

test('unitFullKey keeps the type prefix', () => {
  assert.notEqual(unitFullKey('Xã Tân Phú'), unitFullKey('Thị trấn Tân Phú'));
  assert.equal(unitFullKey('Thị Trấn Tân Phú'), unitFullKey('Thị trấn Tân Phú'));
});

test('abbreviated unit prefixes: "TX nghi Sơn" and "TT. Vạn Hà" read as Nghi Sơn and Vạn Hà', async () => {
  {
    const { unitMatchKey } = await import('./vietnamese.ts');
    assert.equal(unitMatchKey('TX nghi Sơn'), unitMatchKey('Thị xã Nghi Sơn'));
    assert.equal(unitMatchKey('TT. Vạn Hà'), unitMatchKey('Thị trấn Vạn Hà'));
    // a name that merely starts with the letters keeps them
    assert.notEqual(unitMatchKey('Txa'), unitMatchKey('a'));
  }
});
