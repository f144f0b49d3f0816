import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  convertLegacy,
  detectColumnEncoding,
  detectLegacyEncoding,
  repairVietnamese,
} from './legacy-encoding.ts';
import { TCVN3_BY_LETTER, TCVN3_DECODE, VNI_BY_LETTER } from './legacy-tables.ts';

/** Every Vietnamese letter with a diacritic, built independently of the tables. */
const LETTERS = (() => {
  const out: string[] = [];
  for (const base of ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']) {
    for (const tone of ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']) {
      const letter = (base + tone).normalize('NFC');
      if (letter.length === 1 && letter !== base.normalize('NFD')) out.push(letter, letter.toUpperCase());
    }
  }
  return [...out, 'đ', 'Đ'].filter((l) => /[^a-zA-Z]/.test(l));
})();

const encode = (text: string, table: ReadonlyMap<string, string>) =>
  [...text.normalize('NFC')].map((c) => table.get(c) ?? c).join('');

/** Real names from OCOP lists, in Unicode. */
const NAMES = [
  'Hợp tác xã Nông nghiệp Thành Sen',
  'Vải thiều Thanh Hà',
  'Nước mắm Phú Quốc',
  'Chè Tân Cương Thái Nguyên',
  'Cà phê Buôn Ma Thuột',
  'Mật ong bạc hà Đồng Văn',
  'Gạo ST25 Sóc Trăng',
  'Bánh đa kế Bắc Giang',
  'Rượu cần Tây Nguyên',
  'Tương Bần Hưng Yên',
  'Miến dong Bình Liêu',
  'Cam sành Hàm Yên',
  'Bưởi Diễn',
  'Hồng không hạt Bắc Kạn',
  'Công ty TNHH Thực phẩm sạch Hưng Thịnh',
  'Tổ hợp tác sản xuất chè an toàn',
  'Hộ kinh doanh Nguyễn Thị Lụa',
  'Xoài cát Hoà Lộc',
  'Tinh dầu quế Văn Yên',
  'Thịt trâu gác bếp Điện Biên',
  'Nấm linh chi Quảng Ninh',
];

describe('legacy tables cover all 134 Vietnamese letters', () => {
  it('the independent letter list has 134 letters', () => assert.equal(new Set(LETTERS).size, 134));
  for (const [name, table] of [
    ['TCVN3', TCVN3_BY_LETTER],
    ['VNI', VNI_BY_LETTER],
  ] as const) {
    it(`${name} maps exactly those 134 letters`, () => {
      assert.equal(table.size, 134);
      for (const letter of LETTERS) assert.ok(table.has(letter), `${name} lacks ${letter}`);
    });
  }
  it('TCVN3 lower-case codes are distinct single Latin-1 characters', () => {
    const lower = LETTERS.filter((l) => l === l.toLowerCase()).map((l) => TCVN3_BY_LETTER.get(l) as string);
    assert.equal(new Set(lower).size, 67);
    for (const code of lower)
      assert.ok(code.length === 1 && code.charCodeAt(0) >= 0xa1 && code.charCodeAt(0) <= 0xfe, code);
  });
  it('TCVN3: only Ă Â Ê Ô Ơ Ư Đ have codes of their own (0xA1–0xA7)', () => {
    const own = LETTERS.filter(
      (l) => l !== l.toLowerCase() && TCVN3_BY_LETTER.get(l) !== TCVN3_BY_LETTER.get(l.toLowerCase()),
    );
    assert.deepEqual(own.sort(), ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'].sort());
    assert.equal(TCVN3_DECODE.size, 67 + 7);
  });
  it('VNI sequences are distinct', () => assert.equal(new Set(VNI_BY_LETTER.values()).size, 134));
});

describe('convertLegacy round-trips every letter', () => {
  for (const letter of LETTERS) {
    it(`VNI ${letter}`, () =>
      assert.equal(convertLegacy(encode(`x${letter}`, VNI_BY_LETTER), 'vni'), `x${letter}`));
    // TCVN3 capitals share lower-case codes: they come back upper-case only in an all-capitals context.
    const context = letter === letter.toLowerCase() ? `x${letter}` : `X${letter}X`;
    it(`TCVN3 ${letter}`, () =>
      assert.equal(convertLegacy(encode(context, TCVN3_BY_LETTER), 'tcvn3'), context));
  }
});

describe('convertLegacy on real text', () => {
  const cases: [string, 'tcvn3' | 'vni', string][] = [
    ['Hîp t¸c x· N«ng nghiÖp', 'tcvn3', 'Hợp tác xã Nông nghiệp'],
    ['V¶i thiÒu', 'tcvn3', 'Vải thiều'],
    ['§', 'tcvn3', 'Đ'],
    ['®', 'tcvn3', 'đ'],
    ['HîP T¸C X·', 'tcvn3', 'HỢP TÁC XÃ'],
    ['§¾K L¾K', 'tcvn3', 'ĐẮK LẮK'],
    ['n\u00adíc m¾m', 'tcvn3', 'nước mắm'],
    ['Tõ', 'tcvn3', 'Từ'],
    ['Vaûi thieàu', 'vni', 'Vải thiều'],
    ['Hôïp taùc xaõ', 'vni', 'Hợp tác xã'],
    ['Ñ', 'vni', 'Đ'],
    ['ñ', 'vni', 'đ'],
    ['ÑAØ NAÜNG', 'vni', 'ĐÀ NẴNG'],
    ['Ñaø Naüng', 'vni', 'Đà Nẵng'],
    ['nöôùc maém', 'vni', 'nước mắm'],
  ];
  for (const [input, encoding, expected] of cases) {
    it(`${encoding}: ${input}`, () => assert.equal(convertLegacy(input, encoding), expected));
    it(`${encoding}: ${input} (after NFD)`, () =>
      assert.equal(convertLegacy(input.normalize('NFD'), encoding), expected));
  }
  it('output is NFC', () => assert.equal(convertLegacy('Hîp', 'tcvn3'), 'Hợp'.normalize('NFC')));
});

describe('detectLegacyEncoding finds legacy text', () => {
  const cases: [string, 'tcvn3' | 'vni'][] = [
    ['Hîp t¸c x· N«ng nghiÖp', 'tcvn3'],
    ['V¶i thiÒu', 'tcvn3'],
    ['HîP T¸C X·', 'tcvn3'],
    ['Vaûi thieàu', 'vni'],
    ['Hôïp taùc xaõ', 'vni'],
    ['ÑAØ NAÜNG', 'vni'],
  ];
  for (const [input, encoding] of cases) it(input, () => assert.equal(detectLegacyEncoding(input), encoding));
  for (const name of NAMES) {
    it(`TCVN3 of ${name}`, () => assert.equal(detectLegacyEncoding(encode(name, TCVN3_BY_LETTER)), 'tcvn3'));
    it(`VNI of ${name}`, () => assert.equal(detectLegacyEncoding(encode(name, VNI_BY_LETTER)), 'vni'));
  }
});

describe('detectLegacyEncoding leaves normal text alone (no false positives)', () => {
  const unicode = [
    ...NAMES,
    'Cà phê',
    'Bánh tét',
    'Chè Thái',
    'Hoà Bình',
    'Toàn Thoáng',
    'Xoài cát',
    'Trà Vinh',
    'Cà Mau',
    'Bò khô',
    'Quý',
    'Ôm',
  ];
  for (const text of unicode) {
    it(`Unicode: ${text}`, () => assert.equal(detectLegacyEncoding(text), null));
    it(`Unicode NFD: ${text}`, () => assert.equal(detectLegacyEncoding(text.normalize('NFD')), null));
  }
  const foreign = [
    'Où est la gare ?',
    'Le goût de la crème brûlée',
    "C'est très joli, n'est-ce pas",
    'Noël à Paris',
    'Château de Versailles',
    'façade élégante',
    'naïve',
    'goût',
    'Café au lait',
    'Hôtel de ville',
    'Île-de-France',
    'déjà vu',
    'où',
    'José García',
    'über Straße schön',
    'Müller',
    'España niño año',
    'São João coração',
    'Coca-Cola® ©2024',
    '© 2024',
    '25°C ± 2',
    'Straße',
  ];
  for (const text of foreign) it(`foreign: ${text}`, () => assert.equal(detectLegacyEncoding(text), null));
  for (const text of ['', 'HTX Nong nghiep', '0100233488', 'OCOP 3*'])
    it(`ASCII: ${JSON.stringify(text)}`, () => assert.equal(detectLegacyEncoding(text), null));
  it('a single legacy character is not enough evidence', () => {
    assert.equal(detectLegacyEncoding('§'), null);
    assert.equal(detectLegacyEncoding('Chaø'), null);
  });
});

describe('detectColumnEncoding decides by majority of non-ASCII cells', () => {
  it('a VNI column with short cells', () => {
    assert.equal(detectColumnEncoding(['Chaø', 'Cheø', 'Vaûi thieàu', 'OCOP', '', 'Baùnh']), 'vni');
  });
  it('a TCVN3 column', () =>
    assert.equal(detectColumnEncoding(NAMES.map((n) => encode(n, TCVN3_BY_LETTER))), 'tcvn3'));
  it('a Unicode column', () => assert.equal(detectColumnEncoding(NAMES), null));
  it('a mixed column with no majority', () => {
    assert.equal(detectColumnEncoding(['V¶i thiÒu', 'Vải thiều', 'Nước mắm', 'Chè']), null);
  });
  it('ignores non-strings and ASCII-only cells', () => {
    const values = ['V¶i thiÒu', 'abc', 42 as unknown as string, 'Hîp t¸c x·'];
    assert.equal(detectColumnEncoding(values), 'tcvn3');
  });
});

describe('repairVietnamese detects and converts', () => {
  it('TCVN3', () =>
    assert.deepEqual(repairVietnamese('Hîp t¸c x· N«ng nghiÖp'), {
      text: 'Hợp tác xã Nông nghiệp',
      encoding: 'tcvn3',
    }));
  it('VNI', () =>
    assert.deepEqual(repairVietnamese('Hôïp taùc xaõ'), { text: 'Hợp tác xã', encoding: 'vni' }));
  it('Unicode NFD comes back NFC and untouched', () => {
    assert.deepEqual(repairVietnamese('Vải thiều'.normalize('NFD')), { text: 'Vải thiều', encoding: null });
  });
  it('French is untouched', () =>
    assert.deepEqual(repairVietnamese('Crème brûlée'), { text: 'Crème brûlée', encoding: null }));
});
