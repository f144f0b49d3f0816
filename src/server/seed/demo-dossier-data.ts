// The dossiers of the demo world: four products of the two producers with demo
// logins outside the self-assessment's showcase (Thành Sen keeps its draft), each
// filed by its producer and taken by its commune and province to one stage of the
// procedure, so each role opens a queue with something in it. Dates are counted
// from the day the demo is seeded, so papers stay valid and business years recent.
import type { Form03 } from '../../domain/dossiers/commune-check.ts';
import type { Form02General, Form02Plan, ReturnReason } from '../../domain/dossiers/dossier-content.ts';

export type DemoDossierStage = 'submitted' | 'returnedByCommune' | 'communeChecked' | 'advisoryReview';

export interface DemoDossier {
  producerTaxCode: string;
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

export const DEMO_PAPERS: Record<string, DemoPaper[]> = {
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
];
