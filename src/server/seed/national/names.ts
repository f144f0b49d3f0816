// Word pools for synthetic producers: representatives' names by ethnic group,
// ethnic mix by region, and producer-name patterns per legal type. The pools are
// small on purpose: names should repeat the way real registry names do
// ("Hợp tác xã Nông nghiệp …" appears thousands of times) without being identical.
import { foldVietnamese } from '../../../domain/text/vietnamese.ts';
import type { LegalType } from '../../../shared/registry.ts';
import type { Rng } from './prng.ts';

export type Region = 'northMountain' | 'northCentral' | 'highlands' | 'mekong' | 'other';

/** Current (2025) province codes by region; the rest are 'other'. */
const REGION_OF: Record<string, Region> = {
  '04': 'northMountain',
  '08': 'northMountain',
  '11': 'northMountain',
  '12': 'northMountain',
  '14': 'northMountain',
  '15': 'northMountain',
  '19': 'northMountain',
  '20': 'northMountain',
  '25': 'northCentral',
  '38': 'northCentral',
  '40': 'northCentral',
  '51': 'highlands',
  '52': 'highlands',
  '66': 'highlands',
  '68': 'highlands',
  '80': 'mekong',
  '82': 'mekong',
  '86': 'mekong',
  '91': 'mekong',
  '92': 'mekong',
  '96': 'mekong',
};
export const regionOf = (provinceCode: string): Region => REGION_OF[provinceCode] ?? 'other';

/** Ethnic mix of OCOP representatives: Kinh almost everywhere, minorities where they live. */
const ETHNIC_MIX: Record<Region, [string, number][]> = {
  northMountain: [
    ['Kinh', 34],
    ['Tày', 18],
    ['Thái', 15],
    ["H'Mông", 12],
    ['Nùng', 9],
    ['Dao', 8],
    ['Mường', 2],
    ['Giáy', 1],
    ['Lô Lô', 1],
  ],
  northCentral: [
    ['Kinh', 80],
    ['Mường', 11],
    ['Thái', 7],
    ["H'Mông", 1],
    ['Dao', 1],
  ],
  highlands: [
    ['Kinh', 62],
    ['Ê Đê', 9],
    ['Gia Rai', 9],
    ['Ba Na', 5],
    ["M'Nông", 4],
    ['Cơ Ho', 4],
    ['Xơ Đăng', 3],
    ['Tày', 2],
    ['Nùng', 2],
  ],
  mekong: [
    ['Kinh', 87],
    ['Khmer', 11],
    ['Hoa', 2],
  ],
  other: [
    ['Kinh', 96],
    ['Hoa', 1.5],
    ['Mường', 1],
    ['Tày', 1],
    ['Chăm', 0.5],
  ],
};

const KINH_SURNAMES: [string, number][] = [
  ['Nguyễn', 31],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 2.5],
  ['Võ', 1.5],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.8],
  ['Trịnh', 0.6],
  ['Mai', 0.5],
  ['Đoàn', 0.5],
  ['Lương', 0.4],
  ['Cao', 0.4],
  ['Tạ', 0.3],
  ['Lâm', 0.3],
];
const MIDDLE = {
  male: [
    'Văn',
    'Văn',
    'Văn',
    'Hữu',
    'Đức',
    'Minh',
    'Quang',
    'Công',
    'Xuân',
    'Thành',
    'Ngọc',
    'Đình',
    'Quốc',
    'Trọng',
    'Thanh',
  ],
  female: ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Hồng', 'Minh', 'Phương', 'Bích', 'Mỹ'],
};
const GIVEN = {
  male: [
    'Hùng',
    'Dũng',
    'Tuấn',
    'Hải',
    'Nam',
    'Thắng',
    'Long',
    'Sơn',
    'Bình',
    'Cường',
    'Phúc',
    'Tài',
    'Hưng',
    'Khánh',
    'Toàn',
    'Trung',
    'Quân',
    'Đạt',
    'Hiếu',
    'Lâm',
    'Thịnh',
    'Tùng',
    'Vinh',
    'Mạnh',
    'Hoà',
    'Lợi',
    'Thành',
    'Kiên',
    'Tâm',
    'Phong',
  ],
  female: [
    'Hoa',
    'Lan',
    'Hương',
    'Mai',
    'Hằng',
    'Nga',
    'Thảo',
    'Linh',
    'Hà',
    'Yến',
    'Trang',
    'Nhung',
    'Huyền',
    'Loan',
    'Hạnh',
    'Thuý',
    'Oanh',
    'Liên',
    'Dung',
    'Phượng',
    'Xuân',
    'Tuyết',
    'Vân',
    'Ngọc',
    'Hồng',
    'Thu',
    'Bích',
    'Lệ',
    'Quyên',
    'Sen',
  ],
};

/** Surname, middle-name and given-name habits of the groups common among OCOP producers. */
const MINORITY: Record<
  string,
  { surnames: string[]; male?: string[]; female?: string[]; middleMale?: string[] }
> = {
  Tày: {
    surnames: ['Hoàng', 'Nông', 'Lục', 'Lương', 'Hà', 'Ma', 'Đàm', 'Vi', 'Triệu', 'Chu'],
    male: ['Páo', 'Slao', 'Thắng', 'Pằn', 'Tiến'],
  },
  Nùng: {
    surnames: ['Hoàng', 'Lý', 'Nông', 'Lăng', 'Vi', 'Chu', 'Mã', 'Lương'],
    male: ['Sình', 'Pảo', 'Cáo', 'Vằn'],
  },
  Thái: {
    surnames: ['Lò', 'Cầm', 'Lường', 'Quàng', 'Vi', 'Hà', 'Lê', 'Tòng'],
    male: ['Piệng', 'Ún', 'Xôm', 'Panh', 'Chung'],
    female: ['Ngoan', 'Bun', 'Ỏn', 'Xiêng', 'Pọm'],
  },
  Mường: { surnames: ['Bùi', 'Đinh', 'Quách', 'Hà', 'Xa', 'Bạch', 'Cao'] },
  Dao: {
    surnames: ['Triệu', 'Bàn', 'Lý', 'Đặng', 'Chảo', 'Phùng', 'Tẩn'],
    male: ['Phin', 'Chòi', 'Sành', 'Kiều', 'Mẩy'],
    middleMale: ['Văn', 'Láo', 'Tòn'],
  },
  "H'Mông": {
    surnames: ['Giàng', 'Sùng', 'Vàng', 'Thào', 'Lý', 'Mùa', 'Hờ', 'Lầu', 'Sình'],
    male: ['Páo', 'Dế', 'Chứ', 'Sính', 'Pó', 'Chang', 'Dua', 'Sềnh', 'Lử'],
    female: ['Mai', 'Dợ', 'Sua', 'Pàng', 'Chá', 'Dung', 'Mỷ'],
    middleMale: ['A', 'A', 'Mí', 'Seo'],
  },
  Giáy: { surnames: ['Hoàng', 'Lù', 'Sần', 'Vàng'] },
  'Lô Lô': { surnames: ['Lò', 'Sình', 'Vàng'] },
  Khmer: {
    surnames: ['Thạch', 'Danh', 'Sơn', 'Kim', 'Lâm', 'Châu', 'Trương'],
    male: ['Sô Phên', 'Sóc Khưm', 'Chanh Đa', 'Sô Kha', 'Pháp', 'Út'],
    female: ['Sa Rinh', 'Ra Ni', 'Sa Ri', 'Sô Phi', 'Mỹ Lan'],
  },
  Hoa: { surnames: ['Lâm', 'Quách', 'Lý', 'Trương', 'Hứa', 'Mã', 'Tăng', 'Diệp'] },
  Chăm: { surnames: ['Đàng', 'Thiên', 'Quảng', 'Lưu', 'Thuận'] },
};
/** Central Highlands naming: Y (men) / H' (women) + given name + clan, e.g. "Y Kông Êban". */
const HIGHLAND_CLANS: Record<string, string[]> = {
  'Ê Đê': ['Niê', 'Êban', 'Mlô', 'Byă', 'Ktla', 'Adrơng', 'Buôn Ya'],
  'Gia Rai': ['Ksor', 'Rmah', 'Siu', 'Kpă', 'Nay', 'Rơ Châm'],
  "M'Nông": ['Điểu', 'Thị', 'Bon', 'Sơn'],
  'Ba Na': ['Đinh', 'A', 'Y'],
  'Cơ Ho': ['Ka', 'Cil', 'Liêng', 'Kră'],
  'Xơ Đăng': ['A', 'Y', 'Lê'],
};
const HIGHLAND_GIVEN = [
  'Kông',
  'Bla',
  'Ngơn',
  'Thuột',
  'Blô',
  'Hương',
  'Nhi',
  'Thương',
  'Wer',
  'Đen',
  'Rin',
  'Hlơn',
  'Yim',
];

export type Sex = 'male' | 'female';
export interface Person {
  fullName: string;
  givenName: string;
  sex: Sex;
  ethnicity: string;
}

const kinhSurnameWeights = KINH_SURNAMES.map(([, w]) => w);

export function person(rng: Rng, region: Region): Person {
  const mix = ETHNIC_MIX[region];
  const ethnicity = mix[rng.weighted(mix.map(([, w]) => w))][0];
  // About 45% of OCOP representatives are women (households and co-ops led by women are common).
  const sex: Sex = rng.chance(0.45) ? 'female' : 'male';
  const clans = HIGHLAND_CLANS[ethnicity];
  if (clans) {
    const given = rng.pick(HIGHLAND_GIVEN);
    const clan = rng.pick(clans);
    const prefix = sex === 'male' ? 'Y ' : "H'";
    const fullName =
      ethnicity === 'Ê Đê' || ethnicity === "M'Nông"
        ? `${prefix}${given} ${clan}`
        : `${clan} ${sex === 'female' ? "H'" : ''}${given}`;
    return { fullName, givenName: given, sex, ethnicity };
  }
  const m = MINORITY[ethnicity];
  const surname = m ? rng.pick(m.surnames) : KINH_SURNAMES[rng.weighted(kinhSurnameWeights)][0];
  const own = sex === 'male' ? m?.male : m?.female;
  // Minority people often carry Kinh given names too; their own names appear in about 40% of cases.
  const given = own && rng.chance(0.4) ? rng.pick(own) : rng.pick(GIVEN[sex]);
  const middle =
    sex === 'male' ? rng.pick(m?.middleMale ?? MIDDLE.male) : rng.pick(m ? ['Thị'] : MIDDLE.female);
  return { fullName: `${surname} ${middle} ${given}`, givenName: given, sex, ethnicity };
}

/** Brand words as seen on OCOP labels: short, auspicious, often reused. */
export const BRANDS = [
  'Phúc Lộc',
  'Hương Quê',
  'Sao Việt',
  'Tâm An',
  'Thiên Phú',
  'Minh Phát',
  'An Khang',
  'Hồng Phát',
  'Việt Xanh',
  'Quê Nhà',
  'Đất Việt',
  'Tân Tiến',
  'Hưng Thịnh',
  'Bảo Ngọc',
  'Thành Đạt',
  'Kim Long',
  'Hoa Sen',
  'Nam Việt',
  'Trường Sơn',
  'Sơn Hà',
  'Phú Quý',
  'Lộc Phát',
  'Gia Bảo',
  'Vạn An',
  'Tiến Thành',
  'Thanh Bình',
  'Xanh Tươi',
  'Mộc Lan',
  'Hải Đăng',
  'Hương Rừng',
  'Tây Bắc',
  'Đồng Xanh',
  'Hoàng Gia',
  'An Phú',
  'Tín Nghĩa',
  'Hiền Lương',
  'Nhà Nông',
  'Lam Sơn',
  'Mê Kông',
  'Cửu Long',
  'Trà My',
  'Ngọc Linh',
  'Phương Nam',
  'Bắc Hà',
  'Sông Hồng',
  'Hồng Hà',
  'Mộc Châu',
  'Kim Sơn',
  'Thái An',
  'Tường Vy',
];

const COOP_KINDS = [
  'Nông nghiệp',
  'Nông nghiệp',
  'Dịch vụ nông nghiệp',
  'Nông nghiệp và Dịch vụ tổng hợp',
  'Sản xuất và Tiêu thụ',
  'Nông nghiệp công nghệ cao',
  'Sản xuất, Kinh doanh và Dịch vụ',
];
const COMPANY_FORMS = [
  'Công ty TNHH',
  'Công ty TNHH',
  'Công ty TNHH MTV',
  'Công ty Cổ phần',
  'Công ty Cổ phần',
  'Doanh nghiệp tư nhân',
];
const COMPANY_KINDS = [
  'Thực phẩm',
  'Nông sản',
  'Sản xuất Thương mại',
  'Đầu tư và Phát triển',
  'Thương mại Dịch vụ',
  'Nông nghiệp',
];

/** "Xã Tà Xùa" → "Tà Xùa"; numbered wards fall back to the province ("Phường 3" → "Sóc Trăng"). */
export function placeWord(communeName: string, provinceName: string): string {
  const short = communeName.replace(/^(Xã|Phường|Thị trấn|Đặc khu)\s+/u, '');
  return /^\d/.test(short) ? provinceName.replace(/^(Tỉnh|Thành phố)\s+/u, '') : short;
}

export interface ProducerNameParts {
  legalType: LegalType;
  trade: string;
  place: string;
  brand: string;
  rep: Person;
}

export function producerName(rng: Rng, p: ProducerNameParts): string {
  const tail = rng.chance(0.6) ? p.place : p.brand;
  switch (p.legalType) {
    case 'cooperative':
      return `Hợp tác xã ${rng.chance(0.55) ? rng.pick(COOP_KINDS) : p.trade} ${tail}`;
    case 'enterprise':
      return `${rng.pick(COMPANY_FORMS)} ${rng.chance(0.5) ? rng.pick(COMPANY_KINDS) : p.trade} ${p.brand}`;
    case 'household':
      return rng.chance(0.7)
        ? `Hộ kinh doanh ${p.rep.fullName}`
        : `Cơ sở ${p.trade} ${rng.chance(0.5) ? p.rep.givenName : p.place}`;
    case 'cooperative_group':
      return `Tổ hợp tác ${p.trade} ${p.place}`;
    case 'farm':
      return `Trang trại ${rng.chance(0.5) ? p.trade : 'tổng hợp'} ${p.rep.fullName}`;
    case 'tourism_association':
      return `Ban quản lý Du lịch cộng đồng ${p.place}`;
    case 'tourism_centre':
      return `Trung tâm Điều hành Du lịch ${p.place}`;
  }
}

const HAMLET: Record<Region, string[]> = {
  northMountain: ['Bản', 'Bản', 'Thôn', 'Tổ'],
  northCentral: ['Thôn', 'Làng', 'Bản', 'Xóm'],
  highlands: ['Buôn', 'Thôn', 'Plei', 'Tổ dân phố'],
  mekong: ['Ấp', 'Ấp', 'Khóm', 'Khu phố'],
  other: ['Thôn', 'Thôn', 'Xóm', 'Tổ dân phố', 'Khu phố'],
};

export function addressLine(rng: Rng, region: Region, placeNames: string[]): string {
  const hamlet = `${rng.pick(HAMLET[region])} ${rng.chance(0.6) ? rng.int(1, 15) : rng.pick(BRANDS).split(' ')[0]}`;
  return [hamlet, ...placeNames].join(', ');
}

export function phoneNumber(rng: Rng): string {
  return `0${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

/** Mail boxes of small producers are mostly free webmail built from the name. */
export function emailFor(rng: Rng, words: string, serial: number): string {
  const local = foldVietnamese(words).replace(/[^a-z0-9]+/g, '');
  return `${local.slice(0, 24)}${serial}@${rng.pick(['gmail.com', 'gmail.com', 'yahoo.com', 'ocop.vn'])}`;
}
