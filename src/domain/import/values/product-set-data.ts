// The 26 OCOP product sets (bộ sản phẩm) and the groups above them, as in
// DOMAIN.md §3 (QĐ 26/2026 Phụ lục I numbering), with the name variants that
// appear in provincial lists: the QĐ 26/2026 score-sheet titles, the QĐ 148/2023
// titles (e.g. set 20 "Tinh dầu và thảo dược khác"; set 19 "…từ Thảo dược") and
// the shorter forms in DOMAIN.md. Names are data, not code: when a regime renames
// a set, add the new title here.

export interface ProductSetEntry {
  set: number;
  code: string;
  /** Canonical Vietnamese name (DOMAIN.md §3). */
  name: string;
  nameEn: string;
  /** Other official or common titles of the same set. */
  variants: readonly string[];
}

export const PRODUCT_SETS: readonly ProductSetEntry[] = [
  {
    set: 1,
    code: 'I.1.a',
    name: 'Rau, củ, quả, hạt tươi',
    nameEn: 'Fresh vegetables, fruit, nuts',
    variants: [],
  },
  {
    set: 2,
    code: 'I.1.b',
    name: 'Thịt, thủy sản, trứng, sữa tươi',
    nameEn: 'Fresh meat, fish, eggs, milk',
    variants: [],
  },
  {
    set: 3,
    code: 'I.2.a',
    name: 'Gạo, ngũ cốc, hạt sơ chế khác',
    nameEn: 'Rice, cereals, grains',
    variants: [],
  },
  {
    set: 4,
    code: 'I.2.b',
    name: 'Mật ong, mật khác, nông sản thực phẩm khác',
    nameEn: 'Honey, syrups, other agri-food',
    variants: ['Mật ong, mật khác và nông sản thực phẩm khác'],
  },
  { set: 5, code: 'I.3.a', name: 'Đồ ăn nhanh', nameEn: 'Fast food', variants: [] },
  { set: 6, code: 'I.3.b', name: 'Chế biến từ gạo, ngũ cốc', nameEn: 'Processed rice/cereals', variants: [] },
  {
    set: 7,
    code: 'I.3.c',
    name: 'Chế biến từ rau, củ, quả, hạt',
    nameEn: 'Processed vegetables/fruit',
    variants: [],
  },
  {
    set: 8,
    code: 'I.3.d',
    name: 'Chế biến từ thịt, thủy sản, trứng, sữa, mật ong',
    nameEn: 'Processed meat/fish/eggs/honey',
    variants: [
      'Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác',
      'Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong',
    ],
  },
  {
    set: 9,
    code: 'I.4.a',
    name: 'Tương, nước mắm, gia vị lỏng',
    nameEn: 'Sauces, fish sauce',
    variants: ['Tương, nước mắm, gia vị dạng lỏng khác'],
  },
  {
    set: 10,
    code: 'I.4.b',
    name: 'Gia vị khác',
    nameEn: 'Other spices',
    variants: ['Gia vị khác (muối, hành, tỏi, tiêu)', 'Gia vị khác (muối, hành, tỏi, tiêu,...)'],
  },
  { set: 11, code: 'I.5.a', name: 'Chè tươi, chè chế biến', nameEn: 'Tea', variants: [] },
  {
    set: 12,
    code: 'I.5.b',
    name: 'Trà từ thực vật khác',
    nameEn: 'Herbal "tea"',
    variants: ['Sản phẩm trà từ thực vật khác'],
  },
  {
    set: 13,
    code: 'I.6',
    name: 'Cà phê, cacao',
    nameEn: 'Coffee, cocoa',
    variants: ['Sản phẩm cà phê, ca cao'],
  },
  { set: 14, code: 'II.1.a', name: 'Rượu trắng', nameEn: 'White liquor', variants: [] },
  { set: 15, code: 'II.1.b', name: 'Đồ uống có cồn khác', nameEn: 'Other alcoholic drinks', variants: [] },
  {
    set: 16,
    code: 'II.2.a',
    name: 'Nước khoáng, nước uống đóng chai',
    nameEn: 'Mineral/bottled water',
    variants: [
      'Nước khoáng thiên nhiên, nước uống đóng chai',
      'Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai',
    ],
  },
  { set: 17, code: 'II.2.b', name: 'Đồ uống không cồn khác', nameEn: 'Soft drinks', variants: [] },
  {
    set: 18,
    code: 'III.1',
    name: 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền',
    nameEn: 'Functional food, herbal medicine',
    variants: [
      'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền',
      'Thực phẩm chức năng, thuốc từ dược liệu, thuốc cổ truyền',
    ],
  },
  {
    set: 19,
    code: 'III.2',
    name: 'Mỹ phẩm có thành phần dược liệu',
    nameEn: 'Herbal cosmetics',
    variants: ['Mỹ phẩm có thành phần từ dược liệu', 'Mỹ phẩm có thành phần từ thảo dược'],
  },
  {
    set: 20,
    code: 'III.3',
    name: 'Tinh dầu và dược liệu khác',
    nameEn: 'Essential oils, herbs',
    variants: ['Tinh dầu và thảo dược khác'],
  },
  {
    set: 21,
    code: 'IV.1',
    name: 'Thủ công mỹ nghệ gia dụng, trang trí',
    nameEn: 'Crafts',
    variants: ['Thủ công mỹ nghệ'],
  },
  { set: 22, code: 'IV.2', name: 'Vải, may mặc', nameEn: 'Textiles, garments', variants: [] },
  { set: 23, code: 'V.1', name: 'Hoa', nameEn: 'Flowers', variants: [] },
  { set: 24, code: 'V.2', name: 'Cây cảnh', nameEn: 'Ornamental plants', variants: [] },
  { set: 25, code: 'V.3', name: 'Động vật cảnh', nameEn: 'Ornamental animals', variants: [] },
  {
    set: 26,
    code: 'VI.1',
    name: 'Dịch vụ du lịch cộng đồng, sinh thái, điểm du lịch',
    nameEn: 'Community/eco-tourism',
    variants: ['Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch'],
  },
];

export interface ProductGroupEntry {
  code: string;
  names: readonly string[];
  sets: readonly number[];
}

/**
 * The 6 top groups and 17 groups. "Nông sản chế biến" is how the QĐ 26/2026 score
 * sheets of sets 7 and 8 name their group, so it points at those two only.
 */
export const PRODUCT_GROUPS: readonly ProductGroupEntry[] = [
  { code: 'I', names: ['Thực phẩm'], sets: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] },
  { code: 'II', names: ['Đồ uống'], sets: [14, 15, 16, 17] },
  { code: 'III', names: ['Dược liệu', 'Thảo dược'], sets: [18, 19, 20] },
  { code: 'IV', names: ['Hàng thủ công mỹ nghệ'], sets: [21, 22] },
  { code: 'V', names: ['Sinh vật cảnh'], sets: [23, 24, 25] },
  { code: 'VI', names: ['Dịch vụ du lịch', 'Du lịch'], sets: [26] },
  { code: 'I.1', names: ['Thực phẩm tươi sống'], sets: [1, 2] },
  { code: 'I.2', names: ['Thực phẩm thô, sơ chế'], sets: [3, 4] },
  { code: 'I.3', names: ['Thực phẩm chế biến'], sets: [5, 6, 7, 8] },
  { code: 'I.3.c-d', names: ['Nông sản chế biến'], sets: [7, 8] },
  { code: 'I.4', names: ['Gia vị'], sets: [9, 10] },
  { code: 'I.5', names: ['Chè'], sets: [11, 12] },
  { code: 'I.6', names: ['Cà phê, ca cao'], sets: [13] },
  { code: 'II.1', names: ['Đồ uống có cồn'], sets: [14, 15] },
  { code: 'II.2', names: ['Đồ uống không cồn'], sets: [16, 17] },
  { code: 'III.1', names: ['Thực phẩm chức năng, thuốc từ dược liệu, thuốc cổ truyền'], sets: [18] },
  { code: 'III.2', names: ['Mỹ phẩm'], sets: [19] },
  { code: 'III.3', names: ['Dược liệu khác', 'Thảo dược khác'], sets: [20] },
  { code: 'IV.1', names: ['Thủ công mỹ nghệ gia dụng, trang trí'], sets: [21] },
  { code: 'IV.2', names: ['Vải, may mặc'], sets: [22] },
  { code: 'V.1', names: ['Hoa'], sets: [23] },
  { code: 'V.2', names: ['Cây cảnh'], sets: [24] },
  { code: 'V.3', names: ['Động vật cảnh'], sets: [25] },
  { code: 'VI.1', names: ['Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch'], sets: [26] },
];
