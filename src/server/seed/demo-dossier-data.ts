// The dossiers of the demo world: four products of the two producers with demo
// logins outside the self-assessment's showcase (Thành Sen keeps its draft), each
// filed by its producer and taken by its commune and province to one stage of the
// procedure, so each role opens a queue with something in it. Dates are counted
// from the day the demo is seeded, so papers stay valid and business years recent.
// Four more Thanh Hóa products are taken on to the council (`councilScoring`); the
// council's sessions (demo-councils.ts) carry them to the stage named here.
import type { Form03 } from '../../domain/dossiers/commune-check.ts';
import type { Form02General, Form02Plan, ReturnReason } from '../../domain/dossiers/dossier-content.ts';

export type DemoDossierStage =
  | 'submitted'
  | 'returnedByCommune'
  | 'communeChecked'
  | 'advisoryReview'
  /** the council's stages: put to the council here, moved on by its sessions */
  | 'councilScoring'
  | 'recognised'
  | 'forwardedToCentre';

/** The stages reached through the council (demo-councils.ts) after `startScoring`. */
export const COUNCIL_STAGES: readonly DemoDossierStage[] = [
  'councilScoring',
  'recognised',
  'forwardedToCentre',
];

export interface DemoDossier {
  /** the producer by tax code, or by name when it has none (a household business) */
  producerTaxCode: string | null;
  producerName?: string;
  product: string;
  stage: DemoDossierStage;
  /** who files, checks and accepts it (demo logins) */
  producerLogin: string;
  communeLogin: string;
  provinceLogin: string;
  /** every criterion of the self-assessment answered at its best option (0) or one below (1) */
  sheetLevel: 0 | 1;
  title: string;
  phone: string;
  general: Form02General;
  /** output, revenue and profit (million đồng) of the two years before the filing year */
  business: [BusinessFigures, BusinessFigures];
  plan: Form02Plan;
  /** the commune's return, each item with its reason */
  returns?: ReturnReason[];
  /** Mẫu 03 without its signature (the commune's chair signs) */
  form03?: Pick<Form03, 'items' | 'proposal'>;
  siteVisit?: string;
}

type BusinessFigures = { output: string; revenue: number; profit: number };

/** Papers of a producer: a number, an issuer and years relative to the filing year. */
export interface DemoPaper {
  kind: 'business_registration' | 'food_safety';
  number: string;
  issuer: string;
  issuedYearsAgo: number;
  /** years of validity from the issue; none for a registration */
  validYears: number | null;
}

export const DEMO_CHAIR = 'Nguyễn Văn Thịnh';

/** Papers by the producer's tax code (or name, without one). */
export const DEMO_PAPERS: Record<string, DemoPaper[]> = {
  '2801234567': [
    {
      kind: 'business_registration',
      number: '2801234567',
      issuer: 'Sở Tài chính tỉnh Thanh Hóa',
      issuedYearsAgo: 9,
      validYears: null,
    },
    {
      kind: 'food_safety',
      number: '87/GCNATTP-ATTP',
      issuer: 'Chi cục An toàn vệ sinh thực phẩm Thanh Hóa',
      issuedYearsAgo: 1,
      validYears: 3,
    },
  ],
  '2801555777': [
    {
      kind: 'business_registration',
      number: '2801555777',
      issuer: 'Sở Tài chính tỉnh Thanh Hóa',
      issuedYearsAgo: 7,
      validYears: null,
    },
    {
      kind: 'food_safety',
      number: '205/GCNATTP-ATTP',
      issuer: 'Chi cục An toàn vệ sinh thực phẩm Thanh Hóa',
      issuedYearsAgo: 2,
      validYears: 3,
    },
  ],
  'Hộ kinh doanh Bánh gai Tứ Trụ': [
    {
      kind: 'business_registration',
      number: '38H8003125',
      issuer: 'Phòng Kinh tế UBND xã',
      issuedYearsAgo: 12,
      validYears: null,
    },
    {
      kind: 'food_safety',
      number: '61/GCNATTP-ATTP',
      issuer: 'Chi cục An toàn vệ sinh thực phẩm Thanh Hóa',
      issuedYearsAgo: 1,
      validYears: 3,
    },
  ],
  '2801987654': [
    {
      kind: 'business_registration',
      number: '2801987654',
      issuer: 'Sở Tài chính tỉnh Thanh Hóa',
      issuedYearsAgo: 14,
      validYears: null,
    },
    {
      kind: 'food_safety',
      number: '112/GCNATTP-ATTP',
      issuer: 'Chi cục An toàn vệ sinh thực phẩm Thanh Hóa',
      issuedYearsAgo: 1,
      validYears: 3,
    },
  ],
  '5701234567': [
    {
      kind: 'business_registration',
      number: '5701234567',
      issuer: 'Sở Tài chính tỉnh Quảng Ninh',
      issuedYearsAgo: 11,
      validYears: null,
    },
    {
      kind: 'food_safety',
      number: '48/2025/ATTP-CNĐK',
      issuer: 'Sở Y tế tỉnh Quảng Ninh',
      issuedYearsAgo: 1,
      validYears: 3,
    },
  ],
};

const KHUC_PHU = {
  producerTaxCode: '2801987654',
  producerLogin: 'dn.nuocmam@demo.ocop.vn',
  communeLogin: 'xa.kiemnhiem@demo.ocop.vn',
  provinceLogin: 'tinh.thanhhoa@demo.ocop.vn',
  title: 'Giám đốc',
  phone: '0237 3612 345',
} as const;

const BA_CHE = {
  producerTaxCode: '5701234567',
  producerLogin: 'htx.bakich@demo.ocop.vn',
  communeLogin: 'xa1.quangninh@demo.ocop.vn',
  provinceLogin: 'tinh.quangninh@demo.ocop.vn',
  title: 'Giám đốc hợp tác xã',
  phone: '0203 3888 215',
} as const;

const khucPhuGeneral = (productDescription: string, rawMaterials: string, process: string) => ({
  foundedYear: 2012,
  members: 3,
  workers: 26,
  facilities:
    'Nhà xưởng 1.200 m²: khu ủ chượp 120 chum sành, khu lọc và chiết rót khép kín, kho thành phẩm 300 m²',
  productDescription,
  rawMaterials,
  process,
});

const baCheGeneral = (productDescription: string, rawMaterials: string, process: string) => ({
  foundedYear: 2015,
  members: 12,
  workers: 18,
  facilities:
    'Xưởng sơ chế 450 m², kho 60 chum ngâm, 2 máy sấy lạnh; vùng trồng 35 ha dưới tán rừng của thành viên',
  productDescription,
  rawMaterials,
  process,
});

const THANH_HOA = { provinceLogin: 'tinh.thanhhoa@demo.ocop.vn', title: 'Chủ cơ sở' } as const;

/** Mẫu 03 of a Thanh Hóa product put to the council: every item met, with the commune's note. */
const form03Of = (product: string, material: string, labour: string, idea: string, identity: string) => ({
  items: {
    originAndRawMaterial: { met: true, note: material },
    localLabour: { met: true, note: labour },
    ideaOrigin: { met: true, note: idea },
    localIdentity: { met: true, note: identity },
  },
  proposal: `Đề nghị UBND tỉnh tổ chức đánh giá, phân hạng sản phẩm ${product}`,
});

/** The Thanh Hóa products the council scores (demo-council-data.ts names their sessions). */
const COUNCIL_DOSSIERS: DemoDossier[] = [
  {
    ...THANH_HOA,
    producerTaxCode: '2801234567',
    producerLogin: 'htx.nemchua@demo.ocop.vn',
    communeLogin: 'xa1.thanhhoa@demo.ocop.vn',
    title: 'Giám đốc hợp tác xã',
    phone: '0237 3852 468',
    product: 'Nem chua Thanh Hóa',
    stage: 'forwardedToCentre',
    sheetLevel: 0,
    general: {
      foundedYear: 2016,
      members: 9,
      workers: 18,
      facilities: 'Xưởng chế biến 600 m² một chiều, kho lạnh 40 m³, phòng lên men có điều hòa nhiệt độ',
      productDescription:
        'Nem chua gói lá chuối, lên men tự nhiên 3 ngày; hộp 10 và 20 chiếc có tem truy xuất',
      rawMaterials:
        'Thịt lợn nạc của 6 trang trại VietGAP trong tỉnh, lá đinh lăng và lá chuối của các hộ thành viên',
      process:
        'Lọc thịt, xay, trộn bì và gia vị, gói lá đinh lăng và lá chuối, ủ lên men 3 ngày, dán tem và bảo quản lạnh',
    },
    business: [
      { output: '1,9 triệu chiếc', revenue: 5200, profit: 640 },
      { output: '2,3 triệu chiếc', revenue: 6350, profit: 810 },
    ],
    plan: {
      goals: 'Nâng hạng lên 5 sao; đưa nem chua vào chuỗi siêu thị toàn quốc',
      markets: 'Cửa hàng đặc sản Thanh Hóa, Hà Nội, TP Hồ Chí Minh; sàn thương mại điện tử',
      investments: 'Máy hút chân không và dây chuyền đóng hộp 900 triệu đồng',
    },
    form03: form03Of(
      'Nem chua Thanh Hóa',
      'Thịt lợn từ các trang trại trong tỉnh có hợp đồng cung ứng',
      '16/18 lao động cư trú trên địa bàn',
      'Nghề làm nem chua truyền thống của phường Thanh Hóa',
      'Nem chua là đặc sản gắn với tên gọi của tỉnh',
    ),
    siteVisit: 'Tổ tư vấn khảo sát xưởng: quy trình một chiều, sổ theo dõi nhiệt độ phòng lên men ghi đủ',
  },
  {
    ...THANH_HOA,
    producerTaxCode: '2801555777',
    producerLogin: 'htx.chelam@demo.ocop.vn',
    communeLogin: 'xa.kiemnhiem@demo.ocop.vn',
    title: 'Giám đốc hợp tác xã',
    phone: '0237 3751 902',
    product: 'Chè lam Phủ Quảng',
    stage: 'recognised',
    sheetLevel: 1,
    general: {
      foundedYear: 2018,
      members: 14,
      workers: 21,
      facilities: 'Xưởng 380 m², 2 lò rang gạo, phòng đóng gói khép kín',
      productDescription: 'Chè lam gạo nếp cái hoa vàng, mật mía, gừng và lạc rang; hộp 250 g',
      rawMaterials: 'Gạo nếp cái hoa vàng của hộ thành viên, mật mía Thọ Xuân, gừng và lạc của địa phương',
      process:
        'Rang gạo nếp, xay bột, nấu mật với gừng, trộn bột và lạc, cán, để nguội 12 giờ, cắt miếng, đóng hộp',
    },
    business: [
      { output: '26 tấn', revenue: 2100, profit: 260 },
      { output: '31 tấn', revenue: 2540, profit: 330 },
    ],
    plan: {
      goals: 'Nâng hạng lên 4 sao; đăng ký nhãn hiệu tập thể Chè lam Phủ Quảng',
      markets: 'Chợ quê và cửa hàng OCOP trong tỉnh, khách du lịch Sầm Sơn',
      investments: 'Máy cắt và máy đóng gói hút ẩm 350 triệu đồng',
    },
    form03: form03Of(
      'Chè lam Phủ Quảng',
      'Gạo nếp và lạc do hộ thành viên trồng trên địa bàn xã',
      '19/21 lao động cư trú trên địa bàn',
      'Món quà quê làm dịp Tết của làng Phủ Quảng',
      'Công thức nấu mật gừng gia truyền của làng',
    ),
    siteVisit: 'Tổ tư vấn khảo sát xưởng: đề nghị bổ sung nhãn phụ ghi hạn sử dụng theo lô',
  },
  {
    ...THANH_HOA,
    producerTaxCode: null,
    producerName: 'Hộ kinh doanh Bánh gai Tứ Trụ',
    producerLogin: 'hkd.banhgai@demo.ocop.vn',
    communeLogin: 'xa1.thanhhoa@demo.ocop.vn',
    phone: '0912 604 218',
    product: 'Bánh gai Tứ Trụ',
    stage: 'recognised',
    sheetLevel: 1,
    general: {
      foundedYear: 2009,
      members: 1,
      workers: 8,
      facilities: 'Bếp 120 m² sau nhà, 4 nồi hấp, tủ mát bảo quản nhân',
      productDescription: 'Bánh gai lá gai, nhân đỗ xanh, dừa và mỡ, gói lá chuối khô; túi 10 chiếc',
      rawMaterials: 'Lá gai trồng ở bãi sông Chu, gạo nếp cái hoa vàng, đỗ xanh của địa phương',
      process: 'Luộc và giã lá gai, trộn bột nếp và đường, nặn nhân, gói lá chuối khô, hấp 3 giờ',
    },
    business: [
      { output: '210.000 chiếc', revenue: 1260, profit: 190 },
      { output: '236.000 chiếc', revenue: 1420, profit: 215 },
    ],
    plan: {
      goals: 'Được công nhận lại 3 sao; bán qua sàn thương mại điện tử',
      markets: 'Khách du lịch Lam Kinh, cửa hàng đặc sản dọc quốc lộ 47',
      investments: 'Tủ hấp công nghiệp 120 triệu đồng',
    },
    form03: form03Of(
      'Bánh gai Tứ Trụ',
      'Lá gai và gạo nếp của nông dân trong xã',
      '8/8 lao động cư trú trên địa bàn',
      'Nghề làm bánh gai có từ thời Lê ở làng Tứ Trụ',
      'Bánh gai Tứ Trụ gắn với lễ hội Lam Kinh',
    ),
    siteVisit: 'Tổ tư vấn khảo sát bếp: đề nghị tách khu sơ chế lá và khu gói bánh',
  },
  {
    ...THANH_HOA,
    producerTaxCode: '2801555777',
    producerLogin: 'htx.chelam@demo.ocop.vn',
    communeLogin: 'xa.kiemnhiem@demo.ocop.vn',
    title: 'Giám đốc hợp tác xã',
    phone: '0237 3751 902',
    product: 'Kẹo lạc Phủ Quảng',
    stage: 'councilScoring',
    sheetLevel: 1,
    general: {
      foundedYear: 2018,
      members: 14,
      workers: 21,
      facilities: 'Xưởng 380 m², 2 lò rang, phòng đóng gói khép kín',
      productDescription: 'Kẹo lạc mật mía vừng đen, cắt thanh, gói giấy bóng kính; hộp 300 g',
      rawMaterials: 'Lạc đỏ và vừng đen của hộ thành viên, mật mía Thọ Xuân',
      process: 'Rang lạc và vừng, nấu mật, trộn, cán mỏng, cắt thanh khi còn ấm, gói và đóng hộp',
    },
    business: [
      { output: '14 tấn', revenue: 1150, profit: 150 },
      { output: '17 tấn', revenue: 1390, profit: 185 },
    ],
    plan: {
      goals: 'Đạt 4 sao OCOP trong lần đánh giá đầu tiên',
      markets: 'Cửa hàng OCOP Thanh Hóa, đại lý bánh kẹo tại Hà Nội',
      investments: 'Máy cán và cắt kẹo tự động 280 triệu đồng',
    },
    form03: form03Of(
      'Kẹo lạc Phủ Quảng',
      'Lạc và vừng do hộ thành viên trồng trên địa bàn xã',
      '19/21 lao động cư trú trên địa bàn',
      'Phát triển từ nghề chè lam của làng',
      'Kẹo nấu bằng mật mía theo cách của làng Phủ Quảng',
    ),
    siteVisit: 'Tổ tư vấn khảo sát xưởng: khu nấu mật và khu đóng gói tách biệt, có sổ theo dõi lô',
  },
];

export const DEMO_DOSSIERS: DemoDossier[] = [
  {
    ...KHUC_PHU,
    product: 'Mắm tôm Hậu Lộc',
    stage: 'communeChecked',
    sheetLevel: 1,
    general: khucPhuGeneral(
      'Mắm tôm từ tôm moi tươi, ủ chín tự nhiên 6–8 tháng, màu tím hồng; hũ thủy tinh 250 g và 500 g',
      'Tôm moi đánh bắt ven bờ Hậu Lộc vào vụ xuân, muối hạt của diêm dân Diêm Phố',
      'Rửa tôm, trộn muối, giã nhuyễn, phơi nắng và ủ trong chum 6–8 tháng, khuấy đảo hằng ngày; đóng hũ, thanh trùng nắp',
    ),
    business: [
      { output: '12 tấn', revenue: 1450, profit: 210 },
      { output: '15 tấn', revenue: 1820, profit: 265 },
    ],
    plan: {
      goals: 'Đạt 3 sao OCOP; đăng ký nhãn hiệu Mắm tôm Hậu Lộc',
      markets: 'Cửa hàng đặc sản Thanh Hóa và Hà Nội, chợ đầu mối, sàn thương mại điện tử',
      investments: 'Máy đóng hũ bán tự động và nhà phơi kính 200 m² (khoảng 480 triệu đồng)',
    },
    form03: {
      items: {
        originAndRawMaterial: {
          met: true,
          note: 'Tôm moi do ngư dân địa phương khai thác ven bờ, muối hạt của diêm dân Diêm Phố',
        },
        localLabour: { met: true, note: '22/26 lao động cư trú trên địa bàn' },
        ideaOrigin: { met: true, note: 'Nghề làm mắm truyền thống của làng biển' },
        localIdentity: { met: true, note: 'Công thức ủ gia truyền, được người dân và du khách biết đến' },
      },
      proposal: 'Đề nghị UBND tỉnh tổ chức đánh giá, phân hạng sản phẩm Mắm tôm Hậu Lộc',
    },
  },
  {
    ...KHUC_PHU,
    product: 'Nước mắm cá cơm Khúc Phụ',
    stage: 'advisoryReview',
    sheetLevel: 0,
    general: khucPhuGeneral(
      'Nước mắm cá cơm truyền thống ủ chượp 12–18 tháng, độ đạm 35°N và 40°N; chai thủy tinh 500 ml và 1 lít',
      'Cá cơm than của 14 chủ tàu địa phương theo hợp đồng bao tiêu, muối hạt Diêm Phố',
      'Trộn cá với muối tỉ lệ 3:1 ngay trên tàu, ủ chượp 12–18 tháng, kéo rút và lọc qua than hoa, để lắng 30 ngày, chiết rót và dán nhãn',
    ),
    business: [
      { output: '82.000 lít', revenue: 9850, profit: 1120 },
      { output: '95.000 lít', revenue: 11600, profit: 1380 },
    ],
    plan: {
      goals: 'Nâng hạng lên 5 sao; xuất khẩu lô đầu tiên sang Nhật Bản',
      markets: 'WinMart, Co.opmart, sàn thương mại điện tử; Nhật Bản và Hàn Quốc',
      investments: 'Dây chuyền chiết rót tự động 1,8 tỷ đồng; phòng kiểm nghiệm độ đạm tại xưởng',
    },
    form03: {
      items: {
        originAndRawMaterial: { met: true, note: 'Cá cơm của ngư dân địa phương, có hợp đồng thu mua' },
        localLabour: { met: true, note: '22/26 lao động cư trú trên địa bàn' },
        ideaOrigin: { met: true, note: 'Nghề nước mắm Khúc Phụ có từ đầu thế kỷ XX' },
        localIdentity: { met: true, note: 'Ủ chượp trong chum sành theo cách của làng nghề' },
      },
      proposal: 'Đề nghị UBND tỉnh đánh giá, phân hạng và đề xuất Trung ương xét công nhận 5 sao',
    },
    siteVisit:
      'Tổ tư vấn khảo sát cơ sở: khu ủ chượp sạch, chum đánh số theo mẻ, sổ theo dõi độ đạm và nhiệt độ ghi đủ; đề nghị bổ sung phiếu kiểm nghiệm histamin của lô gần nhất',
  },
  {
    ...BA_CHE,
    product: 'Rượu ba kích Ba Chẽ',
    stage: 'returnedByCommune',
    sheetLevel: 1,
    general: baCheGeneral(
      'Rượu ba kích tím ngâm từ củ ba kích 3 năm tuổi với rượu nếp men lá, 29% vol; chai 500 ml',
      'Ba kích tím của 42 hộ thành viên trồng dưới tán rừng, gạo nếp cái hoa vàng của địa phương',
      'Củ ba kích rửa, bỏ lõi, phơi se; rượu nếp chưng cất hai lần, khử andehit; ngâm 6 tháng trong chum sành, lọc, chiết chai, dán tem truy xuất',
    ),
    business: [
      { output: '18.000 chai', revenue: 3240, profit: 410 },
      { output: '21.500 chai', revenue: 3870, profit: 505 },
    ],
    plan: {
      goals: 'Nâng hạng lên 5 sao; vùng trồng ba kích đạt chứng nhận hữu cơ',
      markets: 'Cửa hàng OCOP Quảng Ninh, khách du lịch Hạ Long, đại lý tại Hà Nội',
      investments: 'Hệ thống lọc tinh và khử andehit 650 triệu đồng',
    },
    returns: [
      {
        item: 'samples',
        reason: 'Mẫu chưa dán nhãn phụ ghi ngày đóng chai và số lô; đề nghị nộp lại 5 mẫu có nhãn đầy đủ',
      },
      {
        item: 'form02.business',
        reason:
          'Doanh thu năm trước chưa khớp với báo cáo tài chính gửi cơ quan thuế; đề nghị rà soát, bổ sung',
      },
    ],
  },
  {
    ...BA_CHE,
    product: 'Trà hoa vàng Ba Chẽ',
    stage: 'submitted',
    sheetLevel: 0,
    general: baCheGeneral(
      'Hoa trà hoa vàng sấy lạnh nguyên bông; hộp 50 g và 100 g',
      'Hoa trà hoa vàng hái trong vườn của 28 hộ thành viên dưới tán rừng tự nhiên',
      'Hái hoa buổi sáng khi vừa nở, sơ chế, sấy lạnh 48 giờ ở 40 °C, phân loại và đóng hộp có gói hút ẩm',
    ),
    business: [
      { output: '420 kg hoa khô', revenue: 2950, profit: 520 },
      { output: '510 kg hoa khô', revenue: 3580, profit: 640 },
    ],
    plan: {
      goals: 'Giữ hạng 5 sao; mở rộng vườn trà thêm 5 ha',
      markets: 'Chuỗi cửa hàng đặc sản Quảng Ninh, Hà Nội; xuất khẩu sang Hàn Quốc',
      investments: 'Nhà màng vườn ươm 2.000 m² và máy sấy lạnh thứ ba',
    },
  },
  ...COUNCIL_DOSSIERS,
];
