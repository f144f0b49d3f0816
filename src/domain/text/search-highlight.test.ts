import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findFolded } from './search-highlight.ts';
import { foldVietnamese } from './vietnamese.ts';

test('finds the typed text in the name as written, whatever the accents and case', () => {
  const cases: [name: string, query: string, match: string | null][] = [
    ['Phường Hàm Rồng', 'ham rong', 'Hàm Rồng'],
    ['Phường Hàm Rồng', 'HÀM RỒNG', 'Hàm Rồng'],
    ['Phường Đống Đa', 'dong da', 'Đống Đa'],
    ['Hợp tác xã Nem chua Thành Sen', 'nem chua', 'Nem chua'],
    ['Xã Hoà Bình', 'hòa', 'Hoà'],
    ['Nem chua Thanh Hóa', '  thanh hoa ', 'Thanh Hóa'],
    ['Phường Hàm Rồng'.normalize('NFD'), 'ham', 'Hàm'],
    ['Chè búp', 'vai', null],
    ['Chè búp', '', null],
    ['Chè búp', '   ', null],
  ];
  for (const [name, query, match] of cases) assert.equal(findFolded(name, query)?.match ?? null, match, name);
  assert.deepEqual(findFolded('Phường Hàm Rồng', 'ham rong'), {
    before: 'Phường ',
    match: 'Hàm Rồng',
    after: '',
  });
});

test('the three parts always make the name again, and the match folds to the query', () => {
  const letters = fc.constantFrom(
    ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ AĂÂĐÊÔƠƯÀÁẠỒỘ',
  );
  fc.assert(
    fc.property(
      fc.string({ unit: letters, minLength: 1, maxLength: 30 }),
      fc.nat(),
      fc.nat(),
      (name, a, b) => {
        const nfc = name.normalize('NFC');
        const chars = Array.from(nfc);
        const [from, to] = [a % chars.length, b % chars.length].sort((x, y) => x - y);
        const query = chars.slice(from, to + 1).join('');
        const found = findFolded(name, query);
        if (!query.trim()) return assert.equal(found, null);
        assert.ok(found, `${query} in ${nfc}`);
        assert.equal(found.before + found.match + found.after, nfc);
        assert.equal(foldVietnamese(found.match), foldVietnamese(query.trim()));
      },
    ),
  );
});
