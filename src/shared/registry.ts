// Legal types of OCOP producers (DOMAIN.md §1) and the 26 product sets (§3).
export const LEGAL_TYPES = [
  'cooperative',
  'cooperative_group',
  'enterprise',
  'farm',
  'household',
  'tourism_association',
  'tourism_centre',
] as const;
export type LegalType = (typeof LEGAL_TYPES)[number];
/** the producers list's filter: a legal type, or `unknown` for producers recorded without one */
export const LEGAL_TYPE_FILTERS = [...LEGAL_TYPES, 'unknown'] as const;

export const LEGAL_TYPE_LABELS: Record<LegalType, { vi: string; en: string }> = {
  cooperative: { vi: 'Hợp tác xã', en: 'Cooperative' },
  cooperative_group: { vi: 'Tổ hợp tác', en: 'Cooperative group' },
  enterprise: { vi: 'Doanh nghiệp nhỏ và vừa', en: 'Small or medium enterprise' },
  farm: { vi: 'Trang trại', en: 'Farm' },
  household: { vi: 'Hộ kinh doanh có đăng ký', en: 'Registered household business' },
  tourism_association: { vi: 'Hiệp hội/Ban quản lý du lịch', en: 'Tourism association' },
  tourism_centre: { vi: 'Trung tâm điều hành du lịch', en: 'Tourism operating centre' },
};

export interface ProductSetInfo {
  no: number;
  code: string;
  vi: string;
  en: string;
}

export const PRODUCT_SETS: readonly ProductSetInfo[] = [
  { no: 1, code: 'I.1.a', vi: 'Rau, củ, quả, hạt tươi', en: 'Fresh vegetables, fruit, nuts' },
  { no: 2, code: 'I.1.b', vi: 'Thịt, thủy sản, trứng, sữa tươi', en: 'Fresh meat, fish, eggs, milk' },
  { no: 3, code: 'I.2.a', vi: 'Gạo, ngũ cốc, hạt sơ chế khác', en: 'Rice, cereals, grains' },
  {
    no: 4,
    code: 'I.2.b',
    vi: 'Mật ong, mật khác, nông sản thực phẩm khác',
    en: 'Honey, syrups, other agri-food',
  },
  { no: 5, code: 'I.3.a', vi: 'Đồ ăn nhanh', en: 'Fast food' },
  { no: 6, code: 'I.3.b', vi: 'Chế biến từ gạo, ngũ cốc', en: 'Processed rice/cereals' },
  { no: 7, code: 'I.3.c', vi: 'Chế biến từ rau, củ, quả, hạt', en: 'Processed vegetables/fruit' },
  {
    no: 8,
    code: 'I.3.d',
    vi: 'Chế biến từ thịt, thủy sản, trứng, sữa, mật ong',
    en: 'Processed meat/fish/eggs/honey',
  },
  { no: 9, code: 'I.4.a', vi: 'Tương, nước mắm, gia vị lỏng', en: 'Sauces, fish sauce' },
  { no: 10, code: 'I.4.b', vi: 'Gia vị khác', en: 'Other spices' },
  { no: 11, code: 'I.5.a', vi: 'Chè tươi, chè chế biến', en: 'Tea' },
  { no: 12, code: 'I.5.b', vi: 'Trà từ thực vật khác', en: 'Herbal tea' },
  { no: 13, code: 'I.6', vi: 'Cà phê, cacao', en: 'Coffee, cocoa' },
  { no: 14, code: 'II.1.a', vi: 'Rượu trắng', en: 'White liquor' },
  { no: 15, code: 'II.1.b', vi: 'Đồ uống có cồn khác', en: 'Other alcoholic drinks' },
  { no: 16, code: 'II.2.a', vi: 'Nước khoáng, nước uống đóng chai', en: 'Mineral/bottled water' },
  { no: 17, code: 'II.2.b', vi: 'Đồ uống không cồn khác', en: 'Soft drinks' },
  {
    no: 18,
    code: 'III.1',
    vi: 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền',
    en: 'Functional food, herbal medicine',
  },
  { no: 19, code: 'III.2', vi: 'Mỹ phẩm có thành phần dược liệu', en: 'Herbal cosmetics' },
  { no: 20, code: 'III.3', vi: 'Tinh dầu và dược liệu khác', en: 'Essential oils, herbs' },
  { no: 21, code: 'IV.1', vi: 'Thủ công mỹ nghệ gia dụng, trang trí', en: 'Crafts' },
  { no: 22, code: 'IV.2', vi: 'Vải, may mặc', en: 'Textiles, garments' },
  { no: 23, code: 'V.1', vi: 'Hoa', en: 'Flowers' },
  { no: 24, code: 'V.2', vi: 'Cây cảnh', en: 'Ornamental plants' },
  { no: 25, code: 'V.3', vi: 'Động vật cảnh', en: 'Ornamental animals' },
  {
    no: 26,
    code: 'VI.1',
    vi: 'Dịch vụ du lịch cộng đồng, sinh thái, điểm du lịch',
    en: 'Community/eco-tourism',
  },
];
