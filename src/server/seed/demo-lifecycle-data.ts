// The demo world after certification: certificates in each state of the lifecycle on
// the seeding day, dated from that day so the states hold whenever the demo starts —
// one in its renewal window, one within 30 days of its end with nothing filed, one in
// grace (filed, past its last day), one expired on the seeding day, one lapsing that
// day (a renewal filed on paper and never decided), one revoked for misuse of the mark
// (its public page says so); the 5★ tea of Ba Chẽ files
// its re-evaluation in its window (demo-dossier-data.ts), so it shows as filed.
import type { DemoProduct } from './demo-data.ts';

/** extra products with their certificates, by producer name (a relative date: `expiresInDays` from the seeding day) */
export const DEMO_LIFECYCLE_PRODUCTS: Record<string, DemoProduct[]> = {
  'Hợp tác xã Nem chua Thành Sen': [
    {
      name: 'Nem nướng Thành Sen',
      set: 8,
      stars: 3,
      expiresInDays: 160,
      description: 'Nem nướng thịt lợn xiên que tre, nướng than hoa; đóng khay 500 g, bảo quản lạnh.',
    },
    {
      name: 'Giò lụa Thành Sen',
      set: 8,
      stars: 3,
      // its grace of 180 days after expiry ends on the seeding day: it lapses that day
      expiresInDays: -181,
      renewalFiledDaysBeforeExpiry: 130,
      description: 'Giò lụa giã tay gói lá chuối; cây 500 g và 1 kg.',
    },
  ],
  'Công ty TNHH Nước mắm Khúc Phụ': [
    {
      name: 'Nước mắm nhĩ Khúc Phụ',
      set: 9,
      stars: 4,
      expiresInDays: 25,
      description: 'Nước mắm nhĩ cá cơm ủ chượp 18 tháng trong thùng gỗ; độ đạm 40°N, chai thủy tinh 500 ml.',
    },
    {
      name: 'Nước mắm cốt Khúc Phụ',
      set: 9,
      stars: 4,
      // past its last day, its renewal filed in the window and not yet decided: in grace
      expiresInDays: -20,
      renewalFiledDaysBeforeExpiry: 140,
      description: 'Nước mắm cốt cá cơm, độ đạm 30°N; can 2 lít.',
    },
  ],
  'Hợp tác xã Ba kích Ba Chẽ': [
    {
      name: 'Mật ong rừng Ba Chẽ',
      set: 4,
      stars: 3,
      // its last valid day was the day before the seeding day: expired this month, whatever the day
      expiresInDays: -1,
      description: 'Mật ong rừng khai thác tự nhiên ở vùng núi Ba Chẽ; chai 500 ml.',
    },
  ],
  'Hộ kinh doanh Chả mực Hạ Long': [
    {
      name: 'Chả cá thu Hạ Long',
      set: 8,
      stars: 3,
      expiresInDays: 700,
      description: 'Chả cá thu giã tay chiên vàng; túi hút chân không 500 g.',
    },
  ],
};

/** the revocation the demo shows: by the Quảng Ninh OCOP office, decided by the provincial chair */
export const DEMO_REVOCATION = {
  product: 'Chả cá thu Hạ Long',
  officer: 'tinh.quangninh@demo.ocop.vn',
  ground: 'markMisuse' as const,
  conclusionRef: 'Biên bản kiểm tra số 27/BB-QLTT',
  conclusionBy: 'Đội Quản lý thị trường số 3, Cục Quản lý thị trường tỉnh Quảng Ninh',
  conclusionDaysAgo: 10,
  decidedDaysAgo: 3,
  number: '3125/QĐ-UBND',
  note: 'Dùng nhãn OCOP 4 sao trên bao bì sản phẩm chỉ được công nhận 3 sao.',
};
