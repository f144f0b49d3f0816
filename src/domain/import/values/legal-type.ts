// Legal type of an OCOP producer (chủ thể OCOP, DOMAIN.md §1 and §13): from a
// "loại hình" cell ("HTX", "Công ty TNHH", "Hộ SX") or, when the sheet has no
// such column, from the producer's name ("Hợp tác xã Nông nghiệp Thành Sen").
import { foldVietnamese } from '../../text/vietnamese.ts';
import { readCellText } from './cell-text.ts';
import { fail, quote, succeed, type Message, type ParseResult } from './result.ts';

import type { LegalType } from '../../../shared/registry.ts';

export type { LegalType };

interface Pattern {
  /** Folded words (no diacritics, lower case, punctuation removed). */
  words: string;
  type: LegalType;
  /** Only when it is the whole cell: "DN", "CP", "Hộ" are too short to trust inside other text. */
  wholeCellOnly?: boolean;
  note?: Message;
}

const WORKSHOP_NOTE: Message = {
  vi: '“Cơ sở sản xuất” không phải một loại hình pháp lý; được hiểu là hộ kinh doanh, cần kiểm tra giấy đăng ký.',
  en: '“Cơ sở sản xuất” (production unit) is not a legal form; read as a household business, check its registration.',
};
const UNION_NOTE: Message = {
  vi: 'Liên hiệp hợp tác xã được xếp vào loại hợp tác xã.',
  en: 'A union of co-operatives is filed as a co-operative.',
};
const BRANCH_NOTE: Message = {
  vi: 'Chi nhánh được xếp theo doanh nghiệp chủ quản.',
  en: 'A branch is filed under its parent enterprise.',
};

/** Longer phrases first where one contains another ("to hop tac" before "hop tac xa" is by position). */
const PATTERNS: readonly Pattern[] = [
  { words: 'lien hiep hop tac xa', type: 'cooperative', note: UNION_NOTE },
  { words: 'lien hiep htx', type: 'cooperative', note: UNION_NOTE },
  { words: 'lhhtx', type: 'cooperative', note: UNION_NOTE },
  { words: 'hop tac xa', type: 'cooperative' },
  { words: 'htx', type: 'cooperative' },
  { words: 'to hop tac', type: 'cooperative_group' },
  { words: 'tht', type: 'cooperative_group' },
  { words: 'chi nhanh cong ty', type: 'enterprise', note: BRANCH_NOTE },
  { words: 'doanh nghiep tu nhan', type: 'enterprise' },
  { words: 'doanh nghiep', type: 'enterprise' },
  { words: 'dntn', type: 'enterprise' },
  { words: 'cong ty', type: 'enterprise' },
  { words: 'cty', type: 'enterprise' },
  { words: 'ctcp', type: 'enterprise' },
  { words: 'tnhh', type: 'enterprise' },
  { words: 'co phan', type: 'enterprise' },
  { words: 'jsc', type: 'enterprise' },
  { words: 'co ltd', type: 'enterprise' },
  { words: 'dn', type: 'enterprise', wholeCellOnly: true },
  { words: 'cp', type: 'enterprise', wholeCellOnly: true },
  { words: 'chu trang trai', type: 'farm' },
  { words: 'trang trai', type: 'farm' },
  { words: 'ho kinh doanh', type: 'household' },
  { words: 'hkd', type: 'household' },
  { words: 'ho san xuat', type: 'household' },
  { words: 'ho sxkd', type: 'household' },
  { words: 'ho sx', type: 'household' },
  { words: 'ho gia dinh', type: 'household' },
  { words: 'co so san xuat', type: 'household', note: WORKSHOP_NOTE },
  { words: 'co so', type: 'household', note: WORKSHOP_NOTE },
  { words: 'cssx', type: 'household', note: WORKSHOP_NOTE },
  { words: 'csxs', type: 'household', note: WORKSHOP_NOTE },
  { words: 'ho', type: 'household', wholeCellOnly: true },
  { words: 'hiep hoi du lich', type: 'tourism_association' },
  { words: 'chi hoi du lich', type: 'tourism_association' },
  { words: 'hoi du lich', type: 'tourism_association' },
  { words: 'trung tam dieu hanh du lich', type: 'tourism_centre' },
  { words: 'trung tam du lich', type: 'tourism_centre' },
  { words: 'ban quan ly du lich', type: 'tourism_centre' },
];

const TYPE_LABELS: Readonly<Record<LegalType, Message>> = {
  cooperative: { vi: 'hợp tác xã', en: 'co-operative' },
  cooperative_group: { vi: 'tổ hợp tác', en: 'co-operative group' },
  enterprise: { vi: 'doanh nghiệp', en: 'enterprise' },
  farm: { vi: 'trang trại', en: 'farm' },
  household: { vi: 'hộ kinh doanh', en: 'household business' },
  tourism_association: { vi: 'hiệp hội du lịch', en: 'tourism association' },
  tourism_centre: { vi: 'trung tâm điều hành du lịch', en: 'tourism operating centre' },
};

/** "H.T.X", "Cty.", "Co., Ltd" → "htx", "cty", "co ltd": dots and punctuation carry nothing here. */
function splitWords(text: string): string {
  const folded = foldVietnamese(text).replace(/(?<=\b[a-z])\.(?=[a-z]\b)/g, '');
  return ` ${folded.replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

interface Found {
  pattern: Pattern;
  at: number;
}

function findAll(text: string, inName: boolean): Found[] {
  const words = splitWords(text);
  const found: Found[] = [];
  for (const pattern of PATTERNS) {
    if (pattern.wholeCellOnly && (inName || words !== ` ${pattern.words} `)) continue;
    const at = words.indexOf(` ${pattern.words} `);
    if (at >= 0) found.push({ pattern, at });
  }
  // Earliest first, then the longer phrase: "Tổ hợp tác" beats the "hợp tác" inside it.
  return found.sort((a, b) => a.at - b.at || b.pattern.words.length - a.pattern.words.length);
}

function failUnrecognised(text: string, fromName: boolean): ParseResult<LegalType | null> {
  return fromName
    ? fail(
        'UNRECOGNISED',
        `Không xác định được loại hình từ tên ${quote(text)}; hãy điền cột loại hình (HTX, THT, doanh nghiệp, trang trại, hộ kinh doanh).`,
        `Cannot tell the legal type from the name ${quote(text)}; fill in the legal-type column (HTX, THT, enterprise, farm, household).`,
      )
    : fail(
        'UNRECOGNISED',
        `Không hiểu loại hình ${quote(text)}. Dùng: HTX, Tổ hợp tác (THT), Công ty/Doanh nghiệp (DN), Trang trại, Hộ kinh doanh (HKD).`,
        `Unknown legal type ${quote(text)}. Use: HTX, Tổ hợp tác (THT), Công ty/Doanh nghiệp (DN), Trang trại, Hộ kinh doanh (HKD).`,
      );
}

/** Parses a legal-type cell; several different types in one cell is an error. */
export function parseLegalType(cell: unknown): ParseResult<LegalType | null> {
  const read = readCellText(cell, { maxLength: 200 });
  if ('ok' in read) return read;
  if (read.text === null) return succeed(null);
  const found = findAll(read.text, false);
  if (found.length === 0) return failUnrecognised(read.text, false);
  const types = [...new Set(found.map((f) => f.pattern.type))];
  if (types.length > 1) {
    const names = types.map((t) => TYPE_LABELS[t]);
    return fail(
      'AMBIGUOUS',
      `${quote(read.text)} ghi nhiều loại hình (${names.map((n) => n.vi).join(', ')}); chỉ chọn một.`,
      `${quote(read.text)} names several legal types (${names.map((n) => n.en).join(', ')}); choose one.`,
    );
  }
  return succeed(found[0].pattern.type, found[0].pattern.note);
}

/**
 * Infers the legal type from a producer's name; the earliest type word wins
 * ("Hộ kinh doanh Trang trại Xanh" is a household), since names start with the form.
 */
export function inferLegalTypeFromName(name: unknown): ParseResult<LegalType | null> {
  const read = readCellText(name, { maxLength: 500 });
  if ('ok' in read) return read;
  if (read.text === null) return succeed(null);
  const found = findAll(read.text, true);
  if (found.length === 0) return failUnrecognised(read.text, true);
  const note: Message = {
    vi: `Loại hình suy ra từ tên ${quote(read.text)}.`,
    en: `Legal type inferred from the name ${quote(read.text)}.`,
  };
  const extra = found[0].pattern.note;
  return succeed(
    found[0].pattern.type,
    extra ? { vi: `${note.vi} ${extra.vi}`, en: `${note.en} ${extra.en}` } : note,
  );
}
