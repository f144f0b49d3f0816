// Product-name pools per OCOP product set (DOMAIN.md §3), with the share of each
// set among rated products and regional leanings (coffee in the Central
// Highlands, tea and corn liquor in the northern mountains, fish sauce on the
// coast and in the Mekong delta). Shares are approximations of published
// provincial lists: food sets 1–13 make up about four fifths of all products.
import type { Region } from './names.ts';
import type { Rng } from './prng.ts';

interface SetPool {
  /** share weight among all products */
  weight: number;
  /** words used in producer names ("Hợp tác xã Chè …") */
  trades: string[];
  bases: string[];
  region?: Partial<Record<Region, number>>;
}

export const SET_POOLS: Record<number, SetPool> = {
  1: {
    weight: 13,
    trades: ['Cây ăn quả', 'Rau an toàn', 'Bưởi', 'Cam'],
    region: { mekong: 1.8 },
    bases: [
      'Bưởi da xanh',
      'Bưởi Diễn',
      'Cam sành',
      'Cam Vinh',
      'Vải thiều',
      'Nhãn lồng',
      'Xoài cát Hòa Lộc',
      'Sầu riêng Ri6',
      'Thanh long ruột đỏ',
      'Dưa lưới',
      'Khoai lang mật',
      'Rau cải ngọt hữu cơ',
      'Chuối tiêu hồng',
      'Na dai',
      'Mận hậu',
      'Hồng không hạt',
      'Măng cụt',
      'Chôm chôm',
      'Dứa Queen',
      'Su su',
    ],
  },
  2: {
    weight: 4,
    trades: ['Chăn nuôi', 'Thủy sản', 'Nuôi trồng thủy sản'],
    region: { mekong: 1.5 },
    bases: [
      'Gà đồi',
      'Gà Mía',
      'Vịt bầu',
      'Lợn đen bản địa',
      'Bò vàng',
      'Trứng gà ác',
      'Cá lăng',
      'Tôm càng xanh',
      'Cua biển',
      'Sữa bò tươi',
      'Hàu sữa',
      'Cá rô đầu vuông',
    ],
  },
  3: {
    weight: 5,
    trades: ['Lúa gạo', 'Gạo', 'Sản xuất lúa'],
    bases: [
      'Gạo ST25',
      'Gạo nếp cái hoa vàng',
      'Gạo Séng Cù',
      'Gạo tám thơm',
      'Gạo hữu cơ',
      'Gạo lứt đỏ',
      'Nếp cẩm',
      'Gạo Bắc Hương',
      'Lạc đỏ',
      'Đậu tương',
    ],
  },
  4: {
    weight: 5,
    trades: ['Mật ong', 'Nuôi ong'],
    bases: [
      'Mật ong bạc hà',
      'Mật ong hoa nhãn',
      'Mật ong rừng',
      'Mật ong hoa cà phê',
      'Mật hoa dừa',
      'Đường thốt nốt',
      'Mật mía',
      'Tinh bột nghệ',
    ],
  },
  5: {
    weight: 1,
    trades: ['Thực phẩm', 'Chế biến thực phẩm'],
    bases: [
      'Bánh mì que',
      'Xôi gấc đóng hộp',
      'Bánh chưng',
      'Phở khô',
      'Cơm cháy chà bông',
      'Bánh tét lá cẩm',
    ],
  },
  6: {
    weight: 7,
    trades: ['Bún bánh', 'Chế biến nông sản', 'Miến dong'],
    bases: [
      'Miến dong',
      'Bánh đa nem',
      'Bún khô',
      'Phở khô',
      'Bánh cuốn',
      'Bánh gai',
      'Cốm làng Vòng',
      'Bánh tráng',
      'Bánh phồng tôm',
      'Mì gạo',
      'Chè lam',
      'Bánh đa kế',
    ],
  },
  7: {
    weight: 12,
    trades: ['Chế biến nông sản', 'Nông sản', 'Mứt'],
    bases: [
      'Mứt gừng',
      'Vải thiều sấy',
      'Long nhãn sấy',
      'Mít sấy',
      'Chuối sấy dẻo',
      'Măng khô',
      'Mơ muối',
      'Dưa cà muối',
      'Hạt điều rang muối',
      'Mắc ca sấy',
      'Ô mai mơ',
      'Hạt dẻ',
      'Khoai lang sấy',
      'Tương ớt',
      'Xoài sấy dẻo',
      'Nấm linh chi',
    ],
  },
  8: {
    weight: 11,
    trades: ['Chế biến thực phẩm', 'Hải sản', 'Chả'],
    bases: [
      'Nem chua',
      'Chả mực giã tay',
      'Giò lụa',
      'Lạp xưởng',
      'Thịt trâu gác bếp',
      'Cá khô',
      'Tôm khô',
      'Mực một nắng',
      'Ruốc thịt',
      'Chả cá',
      'Khô cá lóc',
      'Mắm tép',
      'Trứng vịt muối',
    ],
  },
  9: {
    weight: 4,
    trades: ['Nước mắm', 'Chế biến thủy sản'],
    region: { mekong: 2, other: 1.4, northMountain: 0.2 },
    bases: [
      'Nước mắm cá cơm',
      'Nước mắm truyền thống',
      'Mắm tôm',
      'Tương bần',
      'Tương Cự Đà',
      'Nước mắm nhĩ',
      'Mắm ruốc',
      'Nước tương',
    ],
  },
  10: {
    weight: 3,
    trades: ['Gia vị', 'Hồ tiêu'],
    bases: [
      'Hạt tiêu đen',
      'Muối ớt',
      'Bột nghệ',
      'Hạt dổi',
      'Mắc khén',
      'Quế thanh',
      'Hoa hồi',
      'Sả sấy',
      'Muối tôm',
      'Tỏi cô đơn',
    ],
  },
  11: {
    weight: 6,
    trades: ['Chè', 'Sản xuất chè'],
    region: { northMountain: 3.5, highlands: 1.3, mekong: 0.2 },
    bases: [
      'Chè Shan tuyết',
      'Chè búp Tân Cương',
      'Chè xanh',
      'Chè Ô long',
      'Hồng trà',
      'Chè móc câu',
      'Bạch trà',
      'Chè đinh',
    ],
  },
  12: {
    weight: 4,
    trades: ['Dược liệu', 'Trà thảo mộc'],
    bases: [
      'Trà hoa vàng',
      'Trà đinh lăng',
      'Trà atiso',
      'Trà túi lọc mướp đắng',
      'Trà hoa cúc',
      'Trà giảo cổ lam',
      'Trà lá sen',
      'Trà gạo lứt',
    ],
  },
  13: {
    weight: 3,
    trades: ['Cà phê'],
    region: { highlands: 5, northMountain: 1.2, mekong: 0.3, other: 0.4 },
    bases: [
      'Cà phê Robusta rang xay',
      'Cà phê Arabica',
      'Cà phê hạt rang',
      'Cà phê chồn',
      'Ca cao bột',
      'Socola ca cao',
      'Cà phê phin giấy',
    ],
  },
  14: {
    weight: 4,
    trades: ['Rượu', 'Nấu rượu'],
    region: { northMountain: 1.8 },
    bases: [
      'Rượu ngô men lá',
      'Rượu nếp cái hoa vàng',
      'Rượu làng Vân',
      'Rượu Bàu Đá',
      'Rượu cần',
      'Rượu ba kích',
      'Rượu mơ',
      'Rượu gạo',
    ],
  },
  15: {
    weight: 1.5,
    trades: ['Rượu vang', 'Đồ uống'],
    bases: ['Rượu vang sim', 'Vang nho', 'Rượu táo mèo', 'Rượu đông trùng hạ thảo', 'Rượu chuối hột'],
  },
  16: {
    weight: 0.5,
    trades: ['Nước khoáng'],
    bases: ['Nước khoáng thiên nhiên', 'Nước uống đóng chai', 'Nước khoáng nóng'],
  },
  17: {
    weight: 1.5,
    trades: ['Đồ uống', 'Chế biến nông sản'],
    bases: [
      'Nước cốt chanh',
      'Siro dâu tằm',
      'Nước ép chanh dây',
      'Nước dừa đóng chai',
      'Nước sâm',
      'Nước gạo rang',
    ],
  },
  18: {
    weight: 4,
    trades: ['Dược liệu', 'Đông dược'],
    region: { northMountain: 1.8, highlands: 1.3 },
    bases: [
      'Cao actiso',
      'Viên tinh nghệ mật ong',
      'Sâm Ngọc Linh',
      'Đông trùng hạ thảo',
      'Cao xương khớp',
      'Cao giảo cổ lam',
      'Thuốc tắm người Dao',
    ],
  },
  19: {
    weight: 1.2,
    trades: ['Dược liệu', 'Mỹ phẩm thảo dược'],
    bases: [
      'Dầu gội bồ kết',
      'Xà phòng thảo dược',
      'Sữa rửa mặt nghệ',
      'Son dưỡng dầu dừa',
      'Dầu gội thảo mộc',
    ],
  },
  20: {
    weight: 2,
    trades: ['Tinh dầu', 'Dược liệu'],
    region: { northMountain: 1.5 },
    bases: [
      'Tinh dầu quế',
      'Tinh dầu sả chanh',
      'Tinh dầu tràm',
      'Tinh dầu bưởi',
      'Tinh dầu hồi',
      'Tinh dầu gừng',
    ],
  },
  21: {
    weight: 3.5,
    trades: ['Mây tre đan', 'Thủ công mỹ nghệ', 'Gốm'],
    bases: [
      'Mây tre đan',
      'Gốm Bát Tràng',
      'Chiếu cói',
      'Nón lá',
      'Đồ gỗ mỹ nghệ',
      'Tranh gạo',
      'Sơn mài',
      'Lục bình đan',
      'Đèn lồng',
    ],
  },
  22: {
    weight: 1,
    trades: ['Dệt may', 'Dệt thổ cẩm'],
    region: { northMountain: 2, highlands: 1.5 },
    bases: ['Thổ cẩm', 'Lụa tơ tằm', 'Khăn piêu', 'Vải lanh', 'Áo dài lụa'],
  },
  23: {
    weight: 0.8,
    trades: ['Hoa', 'Hoa cây cảnh'],
    bases: ['Hoa lan hồ điệp', 'Hoa cúc', 'Hoa đào', 'Hoa hồng', 'Hoa ly'],
  },
  24: {
    weight: 0.6,
    trades: ['Sinh vật cảnh', 'Cây cảnh'],
    bases: ['Bonsai', 'Quất cảnh', 'Mai vàng', 'Sen đá', 'Cây thế'],
  },
  25: { weight: 0.2, trades: ['Sinh vật cảnh'], bases: ['Cá Koi', 'Cá cảnh', 'Chim cảnh'] },
  26: {
    weight: 1.2,
    trades: ['Du lịch cộng đồng', 'Du lịch sinh thái'],
    region: { northMountain: 2, highlands: 1.5 },
    bases: [
      'Du lịch cộng đồng bản',
      'Điểm du lịch sinh thái',
      'Homestay',
      'Làng nghề du lịch',
      'Điểm du lịch nông nghiệp',
      'Du lịch trải nghiệm',
    ],
  },
};

export const SET_NUMBERS = Object.keys(SET_POOLS).map(Number);

const weightsByRegion = new Map<Region, number[]>();

/** Set weights for one region, in SET_NUMBERS order (computed once per region: drawn for every product). */
export function setWeights(region: Region): readonly number[] {
  let w = weightsByRegion.get(region);
  if (!w) {
    w = SET_NUMBERS.map((n) => SET_POOLS[n].weight * (SET_POOLS[n].region?.[region] ?? 1));
    weightsByRegion.set(region, w);
  }
  return w;
}

export function tradeFor(rng: Rng, set: number): string {
  return rng.pick(SET_POOLS[set].trades);
}

/** "Mứt gừng" + the place ("Mứt gừng Kim Thành") or a brand ("Mứt gừng Phúc Lộc"), sometimes both. */
export function productName(rng: Rng, set: number, place: string, brand: string): string {
  const base = rng.pick(SET_POOLS[set].bases);
  const r = rng.next();
  if (set === 26) return `${base} ${r < 0.7 ? place : brand}`;
  if (r < 0.5) return `${base} ${place}`;
  if (r < 0.8) return `${base} ${brand}`;
  if (r < 0.9) return `${base} ${brand} ${place}`;
  return base;
}
