// What a column's values look like, independent of its header. When a header is
// useless ("Cột 3") or ambiguous, the values still say "these are stars" or
// "these are tax codes". Each signal is the share (0..1) of non-empty sample
// values with that shape, so one odd value does not flip a column.
import { foldVietnamese, toNfc } from '../../text/vietnamese.ts';
import { toCellText, type Cell } from './grid.ts';

export interface ColumnProfile {
  filled: number;
  stars: number;
  date: number;
  decision: number;
  taxCode: number;
  phone: number;
  email: number;
  rowNo: number;
  number: number;
  year: number;
  commune: number;
  district: number;
  province: number;
  productSet: number;
  legalType: number;
  organisation: number;
  address: number;
}

export type SignalName = Exclude<keyof ColumnProfile, 'filled'>;

/** "3", "3 sao", "★★★★", "4*", "hạng 3 sao", "3 sao (68 điểm)". */
export function looksLikeStars(cell: Cell): boolean {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 5;
  const text = foldVietnamese(toCellText(cell));
  return (
    /^(hang\s*)?[1-5]\s*(sao|\*|★|☆)?(\s*\(.*\))?$/.test(text) || /^[★*]{1,5}$/.test(text.replace(/\s/g, ''))
  );
}

const DATE_TEXT = /^(\d{1,2}[/.-]\d{1,2}[/.-](\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}(t[\d:.]+z?)?)$/;

export function looksLikeDate(cell: Cell): boolean {
  if (cell instanceof Date) return !Number.isNaN(cell.getTime());
  return typeof cell === 'string' && DATE_TEXT.test(cell.trim().toLowerCase());
}

/** "Quyết định số 123/QĐ-UBND ngày …", "456/QĐ-UBND", "QĐ 12". */
export function looksLikeDecision(cell: Cell): boolean {
  if (typeof cell !== 'string') return false;
  const folded = foldVietnamese(cell);
  return /quyet dinh/.test(folded) || /(^|[^a-z])qd([^a-z]|$)/.test(folded);
}

function extractDigits(cell: Cell): string | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? String(cell) : null;
  if (typeof cell !== 'string') return null;
  const compact = cell.trim().replace(/[\s.]/g, '');
  return /^\+?[\d-]+$/.test(compact) ? compact : null;
}

/** 10 digits, optionally "-" and a 3-digit branch; a number cell may have lost a leading zero. */
export function looksLikeTaxCode(cell: Cell): boolean {
  const digits = extractDigits(cell);
  if (digits === null) return false;
  if (/^\d{10}(-\d{3})?$/.test(digits)) return true;
  return typeof cell === 'number' && /^\d{9}$/.test(digits);
}

export function looksLikePhone(cell: Cell): boolean {
  const digits = extractDigits(cell)?.replace(/[-()]/g, '');
  if (!digits) return false;
  if (/^(\+?84|0)\d{9,10}$/.test(digits)) return true;
  return typeof cell === 'number' && /^[235789]\d{8,9}$/.test(digits);
}

export function looksLikeEmail(cell: Cell): boolean {
  return typeof cell === 'string' && /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(cell.trim());
}

function toNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') return null;
  const trimmed = cell.trim();
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : null;
}

/**
 * Unit-type prefixes per tier, accented and folded. Accented text must carry the
 * accented prefix, so the name "Xa Mát" or "Tinh Túc" is not read as a type.
 * "Thành phố" is taken as a district: provincial cities are far more common in lists.
 */
export type UnitTier = 'commune' | 'district' | 'province';

const UNIT_PREFIXES: readonly { tier: UnitTier; accented: RegExp; folded: RegExp }[] = [
  { tier: 'commune', accented: /^(xã|phường|thị trấn|đặc khu)\s/, folded: /^(xa|phuong|thi tran|dac khu)\s/ },
  {
    tier: 'district',
    accented: /^(huyện|quận|thị xã|thành phố|tp\.?)\s/,
    folded: /^(huyen|quan|thi xa|thanh pho|tp\.?)\s/,
  },
  { tier: 'province', accented: /^tỉnh\s/, folded: /^tinh\s/ },
];

/** The administrative tier a value's type prefix names ("Xã Xuân Lai" → commune). */
export function detectUnitTier(text: string): UnitTier | null {
  const lower = toNfc(text).replace(/\s+/gu, ' ').trim().toLowerCase();
  const folded = foldVietnamese(text);
  const accented = lower !== folded;
  for (const { tier, accented: withMarks, folded: plain } of UNIT_PREFIXES) {
    if ((accented ? withMarks : plain).test(lower)) return tier;
  }
  return null;
}

const PRODUCT_SET_WORDS =
  /\b(thuc pham|do uong|thao duoc|duoc lieu|my pham|thu cong my nghe|may mac|luu niem|noi that|trang tri|sinh vat canh|cay canh|dong vat canh|du lich|rau cu qua|tuoi song|nong san|gia vi|ngu coc|ca phe|che bien)\b/;

const LEGAL_TYPES = new Set([
  'htx',
  'hop tac xa',
  'to hop tac',
  'tht',
  'cong ty',
  'cong ty tnhh',
  'cong ty co phan',
  'ctcp',
  'cong ty tnhh mtv',
  'doanh nghiep',
  'doanh nghiep tu nhan',
  'dntn',
  'ho kinh doanh',
  'hkd',
  'ho san xuat',
  'co so san xuat',
  'trang trai',
  'chi nhanh',
  'lien hiep htx',
  'lien hiep hop tac xa',
  'ca nhan',
]);

const ORGANISATION_START =
  /^(htx|hop tac xa|to hop tac|tht|cong ty|cty|doanh nghiep|dntn|ho kinh doanh|hkd|co so|trang trai|chi nhanh)\b/;
const ADDRESS_WORDS =
  /\b(thon|xom|ban|lang|khu pho|to dan pho|tdp|ap|khoi|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp|tinh|so nha|duong)\b/g;

function countAddressWords(folded: string): number {
  return folded.match(ADDRESS_WORDS)?.length ?? 0;
}

type Shape = Partial<Record<SignalName, boolean>>;

function describeValue(cell: Cell): Shape {
  const text = toCellText(cell);
  const folded = foldVietnamese(text);
  const value = toNumber(cell);
  const words = folded === '' ? 0 : folded.split(' ').length;
  const shape: Shape = {
    stars: looksLikeStars(cell),
    date: looksLikeDate(cell),
    decision: looksLikeDecision(cell),
    taxCode: looksLikeTaxCode(cell),
    phone: looksLikePhone(cell),
    email: looksLikeEmail(cell),
    number: value !== null,
    year: value !== null && Number.isInteger(value) && value >= 2000 && value <= 2100,
    productSet: words <= 8 && !text.includes(',') && PRODUCT_SET_WORDS.test(folded),
    legalType: LEGAL_TYPES.has(folded),
    organisation: ORGANISATION_START.test(folded) && words >= 3,
    address: countAddressWords(folded) >= 2 || (text.includes(',') && countAddressWords(folded) >= 1),
  };
  // A bare unit name is short and has no comma; "Xã A, huyện B" is an address.
  const tier = words <= 6 && !text.includes(',') ? detectUnitTier(text) : null;
  if (tier) shape[tier] = true;
  return shape;
}

/** Share of ascending steps among numeric values: row numbers count 1, 2, 3… */
function measureAscending(values: readonly Cell[]): number {
  // Row numbers are small; consecutive tax codes or years must not pass for them.
  const numbers = values
    .map(toNumber)
    .filter((n): n is number => n !== null && Number.isInteger(n) && n >= 0 && n < 100_000);
  if (numbers.length < 2 || numbers.length < values.length * 0.8) return 0;
  let steps = 0;
  for (let i = 1; i < numbers.length; i++) if (numbers[i] === numbers[i - 1] + 1) steps++;
  return steps / (numbers.length - 1);
}

export function profileColumn(values: readonly Cell[]): ColumnProfile {
  const present = values.filter((v) => toCellText(v) !== '');
  const profile: ColumnProfile = {
    filled: values.length === 0 ? 0 : present.length / values.length,
    stars: 0,
    date: 0,
    decision: 0,
    taxCode: 0,
    phone: 0,
    email: 0,
    rowNo: 0,
    number: 0,
    year: 0,
    commune: 0,
    district: 0,
    province: 0,
    productSet: 0,
    legalType: 0,
    organisation: 0,
    address: 0,
  };
  if (present.length === 0) return profile;
  for (const value of present) {
    const shape = describeValue(value);
    for (const key of Object.keys(shape) as SignalName[]) if (shape[key]) profile[key] += 1 / present.length;
  }
  profile.rowNo = measureAscending(present);
  // 1, 2, 3, 4, 5 are valid stars too; a column counting up is row numbers, not stars.
  if (profile.rowNo > 0.6) profile.stars *= 0.2;
  return profile;
}
