// The demo world: two provinces, two communes each (taken from the shipped
// structure by code so the data stays real), officers for each, producers with
// real-sounding specialities, and one historical producer recorded in a
// pre-2025 commune to show the old→new mapping at work.
import type { LegalType } from '../../shared/registry.ts';

export const DEMO_PASSWORD = 'ocop2026demo';

export interface DemoProduct {
  name: string;
  set: number;
  stars: number | null;
  decidedOn?: string;
  /** instead of a decision date: the certificate's last valid day is this many days from the seeding day */
  expiresInDays?: number;
  /** a renewal filed (on paper, never decided) this many days before the certificate's last day */
  renewalFiledDaysBeforeExpiry?: number;
  description?: string;
}
export interface DemoProducer {
  name: string;
  legalType: LegalType;
  taxCode: string | null;
  representative: string;
  sex: 'male' | 'female';
  ethnicity: string;
  phone?: string;
  email?: string;
  login?: string;
  products: DemoProduct[];
}
export interface DemoProvince {
  code: string;
  slug: string;
  producers: [DemoProducer[], DemoProducer[]];
}

export const DEMO_PROVINCES: DemoProvince[] = [
  {
    code: '38',
    slug: 'thanhhoa',
    producers: [
      [
        {
          name: 'Hợp tác xã Nem chua Thành Sen',
          legalType: 'cooperative',
          taxCode: '2801234567',
          representative: 'Lê Văn Thành',
          sex: 'male',
          ethnicity: 'Kinh',
          phone: '0237 3852 468',
          email: 'htx.nemchua.thanhsen@gmail.com',
          login: 'htx.nemchua@demo.ocop.vn',
          products: [
            {
              name: 'Nem chua Thanh Hóa',
              set: 8,
              stars: 4,
              decidedOn: '2024-06-20',
              description:
                'Nem chua lên men tự nhiên từ thịt lợn nạc, bì lợn, tỏi, ớt và lá đinh lăng, gói lá chuối; đóng hộp 10 và 20 chiếc.',
            },
            {
              name: 'Chả tôm Thành Sen',
              set: 8,
              stars: 3,
              decidedOn: '2023-12-15',
              description:
                'Chả tôm giã tay từ tôm rảo Sầm Sơn và thịt ba chỉ, hấp chín; bảo quản lạnh 7 ngày.',
            },
          ],
        },
        {
          name: 'Hộ kinh doanh Bánh gai Tứ Trụ',
          legalType: 'household',
          taxCode: null,
          representative: 'Nguyễn Thị Hoa',
          sex: 'female',
          ethnicity: 'Kinh',
          products: [{ name: 'Bánh gai Tứ Trụ', set: 6, stars: 3, decidedOn: '2022-06-28' }],
        },
      ],
      [
        {
          name: 'Công ty TNHH Nước mắm Khúc Phụ',
          legalType: 'enterprise',
          taxCode: '2801987654',
          representative: 'Trần Quốc Bảo',
          sex: 'male',
          ethnicity: 'Kinh',
          phone: '0237 3612 345',
          login: 'dn.nuocmam@demo.ocop.vn',
          products: [
            { name: 'Nước mắm cá cơm Khúc Phụ', set: 9, stars: 4, decidedOn: '2025-06-25' },
            { name: 'Mắm tôm Hậu Lộc', set: 9, stars: null },
          ],
        },
        {
          name: 'Hợp tác xã Chè lam Phủ Quảng',
          legalType: 'cooperative',
          taxCode: '2801555777',
          representative: 'Phạm Thị Lan',
          sex: 'female',
          ethnicity: 'Mường',
          products: [{ name: 'Chè lam Phủ Quảng', set: 6, stars: 3, decidedOn: '2026-06-26' }],
        },
      ],
    ],
  },
  {
    code: '22',
    slug: 'quangninh',
    producers: [
      [
        {
          name: 'Hợp tác xã Ba kích Ba Chẽ',
          legalType: 'cooperative',
          taxCode: '5701234567',
          representative: 'Hoàng Văn Páo',
          sex: 'male',
          ethnicity: 'Dao',
          login: 'htx.bakich@demo.ocop.vn',
          products: [
            { name: 'Rượu ba kích Ba Chẽ', set: 14, stars: 4, decidedOn: '2024-12-20' },
            // in its renewal window on the seeding day: its re-evaluation is filed (demo-dossier-data.ts)
            { name: 'Trà hoa vàng Ba Chẽ', set: 12, stars: 5, expiresInDays: 150 },
          ],
        },
        {
          name: 'Hộ kinh doanh Chả mực Hạ Long',
          legalType: 'household',
          taxCode: null,
          representative: 'Vũ Thị Mai',
          sex: 'female',
          ethnicity: 'Kinh',
          products: [{ name: 'Chả mực giã tay Hạ Long', set: 8, stars: 4, decidedOn: '2023-06-30' }],
        },
      ],
      [
        {
          name: 'Công ty Cổ phần Sá sùng Vân Đồn',
          legalType: 'enterprise',
          taxCode: '5701888999',
          representative: 'Đặng Minh Châu',
          sex: 'male',
          ethnicity: 'Kinh',
          products: [{ name: 'Sá sùng khô Vân Đồn', set: 8, stars: 3, decidedOn: '2022-12-22' }],
        },
        {
          name: 'Tổ hợp tác Miến dong Bình Liêu',
          legalType: 'cooperative_group',
          taxCode: null,
          representative: 'Lý Thị Sáu',
          sex: 'female',
          ethnicity: 'Tày',
          products: [{ name: 'Miến dong Bình Liêu', set: 6, stars: null }],
        },
      ],
    ],
  },
];

/** Officers and other roles; `commune` 0/1 picks the province's first or second demo commune. */
export const DEMO_OFFICERS = [
  { email: 'admin@demo.ocop.vn', fullName: 'Quản trị hệ thống', role: 'system_admin', scope: 'nation' },
  { email: 'trunguong@demo.ocop.vn', fullName: 'Nguyễn Văn Trung', role: 'central_officer', scope: 'nation' },
  {
    email: 'tinh.thanhhoa@demo.ocop.vn',
    fullName: 'Lê Thị Thanh',
    role: 'province_officer',
    scope: 'province',
    province: '38',
  },
  {
    email: 'xa1.thanhhoa@demo.ocop.vn',
    fullName: 'Trịnh Văn Xã',
    role: 'commune_officer',
    scope: 'commune',
    province: '38',
    commune: 0,
  },
  {
    email: 'tinh.quangninh@demo.ocop.vn',
    fullName: 'Phạm Quang Ninh',
    role: 'province_officer',
    scope: 'province',
    province: '22',
  },
  {
    email: 'xa1.quangninh@demo.ocop.vn',
    fullName: 'Đỗ Thị Hạ',
    role: 'commune_officer',
    scope: 'commune',
    province: '22',
    commune: 0,
  },
  {
    email: 'kiemtra.thanhhoa@demo.ocop.vn',
    fullName: 'Bùi Văn Kiểm',
    role: 'inspector',
    scope: 'province',
    province: '38',
  },
  { email: 'hoidong@demo.ocop.vn', fullName: 'Mai Thị Hội', role: 'council_member', scope: 'council' },
  { email: 'tuvan@demo.ocop.vn', fullName: 'Cao Văn Tư', role: 'advisory_member', scope: 'council' },
] as const;

/** An officer who holds two communes: shows the unit switcher. */
export const DEMO_MULTI_UNIT = {
  email: 'xa.kiemnhiem@demo.ocop.vn',
  fullName: 'Hà Văn Kiêm',
  province: '38',
};

/**
 * A household business that registered itself in the first Thanh Hóa commune and
 * waits for its commune officer (xa1.thanhhoa) to confirm it.
 */
export const DEMO_PENDING: DemoProducer & { login: string } = {
  name: 'Hộ kinh doanh Bánh răng bừa Đông Sơn',
  legalType: 'household',
  taxCode: null,
  representative: 'Lê Thị Duyên',
  sex: 'female',
  ethnicity: 'Kinh',
  login: 'hkd.banhrangbua@demo.ocop.vn',
  products: [{ name: 'Bánh răng bừa Đông Sơn', set: 6, stars: null }],
};
export const DEMO_PENDING_PROVINCE = '38';

/** A producer recorded before July 2025 in the three-tier structure. */
export const DEMO_HISTORICAL = {
  name: 'Hợp tác xã Mật ong bạc hà Đồng Văn',
  legalType: 'cooperative' as const,
  taxCode: '5000123456',
  representative: 'Giàng Seo Pà',
  sex: 'male' as const,
  ethnicity: "H'Mông",
  product: { name: 'Mật ong bạc hà Đồng Văn', set: 4, stars: 4, decidedOn: '2022-12-28' },
};
