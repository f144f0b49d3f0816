// Star ratings as officials type them in provincial OCOP lists: a bare number, a
// number with "sao" (star) or a star sign, the stars drawn as glyphs, the number
// spelled out in Vietnamese, with an "OCOP" or "hạng" prefix and a remark in
// brackets. Anything that could mean two ratings ("3-4", "3,5", "5 sao*") is
// refused rather than rounded: a wrong star count changes who may use the mark.
import { foldVietnamese } from '../../text/vietnamese.ts';
import { isFailure, readCell } from './cell-text.ts';
import { fail, quote, succeed, type Message, type ParseResult } from './result.ts';

export type StarCount = 1 | 2 | 3 | 4 | 5;

export interface StarRating {
  stars: StarCount;
  /** Only 3★–5★ lead to a recognition decision and certificate (DOMAIN.md §1). */
  certifiable: boolean;
}

/** Filled stars and asterisks; each one drawn counts as one star. */
const FILLED = '*★⭐✪✫✬✭✮✯✰✱⁎∗＊🌟';
/** Outlined stars are the empty slots of a 5-slot display and count for nothing. */
const HOLLOW = '☆✩⚝';
const FILLED_GLYPH = new RegExp(`[${FILLED}]`, 'gu');
const NOT_A_GLYPH = new RegExp(`[^${FILLED}${HOLLOW}]`, 'u');
/** Emoji presentation selectors that follow ⭐ on phones. */
const VARIATION_SELECTORS = /[\ufe0e\ufe0f]/g;

/** Spelled-out numbers, folded (no diacritics): "năm" folds to "nam", "bốn" to "bon". */
const NUMBER_WORDS: Readonly<Record<string, StarCount>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
};

/** Words that may stand before the rating: "OCOP 3 sao", "Hạng 4 sao", "Đạt 3 sao". */
const PREFIX = /^(?:(?:san pham )?ocop|xep hang|dat hang|hang|dat)\s*:?\s*/;

function buildRating(stars: StarCount): StarRating {
  return { stars, certifiable: stars >= 3 };
}

function failOutOfRange(text: string): ParseResult<StarRating | null> {
  return fail(
    'OUT_OF_RANGE',
    `Số sao ${quote(text)} không hợp lệ: hạng OCOP chỉ từ 1 đến 5 sao.`,
    `Star rating ${quote(text)} is invalid: OCOP ratings run from 1 to 5 stars.`,
  );
}

function failAmbiguous(text: string, why: Message): ParseResult<StarRating | null> {
  return fail(
    'AMBIGUOUS',
    `Số sao ${quote(text)} không rõ ràng: ${why.vi} Hãy ghi một số từ 1 đến 5, ví dụ “3 sao”.`,
    `Star rating ${quote(text)} is ambiguous: ${why.en} Write one number from 1 to 5, e.g. “3 sao”.`,
  );
}

function failUnrecognised(text: string): ParseResult<StarRating | null> {
  return fail(
    'UNRECOGNISED',
    `Không hiểu số sao ${quote(text)}. Cách ghi được chấp nhận: 3, “3 sao”, “★★★”, “Ba sao”, “OCOP 4 sao”.`,
    `Cannot read the star rating ${quote(text)}. Accepted forms: 3, “3 sao”, “★★★”, “Ba sao”, “OCOP 4 sao”.`,
  );
}

/** Notes that a 1–2★ result exists but cannot be certified, so callers need not recompute it. */
function checkRange(stars: number, text: string, note?: Message): ParseResult<StarRating | null> {
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) return failOutOfRange(text);
  const rating = buildRating(stars as StarCount);
  if (rating.certifiable) return succeed(rating, note);
  const low: Message = {
    vi: `${stars} sao chưa đủ điều kiện công nhận (cần từ 3 sao).`,
    en: `${stars} stars is below the 3-star recognition threshold.`,
  };
  return succeed(rating, note ? { vi: `${note.vi} ${low.vi}`, en: `${note.en} ${low.en}` } : low);
}

function parseNumber(value: number): ParseResult<StarRating | null> {
  // 3.0 is how Excel hands back a 3 typed into a number-formatted cell.
  if (!Number.isInteger(value)) {
    return failAmbiguous(String(value), {
      vi: 'số sao phải là số nguyên.',
      en: 'stars must be a whole number.',
    });
  }
  return checkRange(value, String(value));
}

/** Splits off one trailing remark in brackets, e.g. "4 sao (nâng hạng)". */
function splitRemark(text: string): { core: string; remark: string | null } {
  const match = /^(.*?)\s*[([]([^()[\]]*)[)\]]\s*$/u.exec(text);
  if (!match || match[1] === '') return { core: text, remark: null };
  return { core: match[1], remark: match[2].trim() || null };
}

function buildRemarkNote(remark: string | null): Message | undefined {
  if (!remark) return undefined;
  return { vi: `Ghi chú kèm theo: “${remark}”.`, en: `Remark kept: “${remark}”.` };
}

function parseGlyphs(core: string, original: string, note?: Message): ParseResult<StarRating | null> | null {
  const bare = core.replace(VARIATION_SELECTORS, '').replace(/\s+/g, '');
  if (bare === '' || NOT_A_GLYPH.test(bare)) return null;
  const filled = bare.match(FILLED_GLYPH)?.length ?? 0;
  if (filled === 0) {
    return fail(
      'UNRECOGNISED',
      `${quote(original)} chỉ có sao rỗng (☆), không có sao đặc (★) nào để đếm.`,
      `${quote(original)} has only hollow stars (☆) and no filled star (★) to count.`,
    );
  }
  return checkRange(filled, original, note);
}

/** Parses one star-rating cell; empty cells give `value: null`. */
export function parseStars(cell: unknown): ParseResult<StarRating | null> {
  const content = readCell(cell, { maxLength: 100 });
  if (isFailure(content)) return content;
  if (content.kind === 'empty') return succeed(null);
  if (content.kind === 'number') return parseNumber(content.value);
  if (content.kind === 'date') return failUnrecognised(content.value.toISOString().slice(0, 10));

  const original = content.text;
  const { core, remark } = splitRemark(original);
  const note = buildRemarkNote(remark);
  const glyphs = parseGlyphs(core, original, note);
  if (glyphs) return glyphs;

  const folded = foldVietnamese(core).replace(VARIATION_SELECTORS, '').replace(PREFIX, '');
  if (/\d\s*(?:-|–|\/|,|;|\bhoac\b|\bden\b|\bva\b)\s*\d/.test(folded) && !/^\d\s*[.,]\s*0+\b/.test(folded)) {
    return failAmbiguous(original, { vi: 'có hai con số.', en: 'it holds two numbers.' });
  }
  // "3 sao", "3sao", "3*", "3 ★", "3.0", "3,0" (decimal comma), "3 sao OCOP".
  const numeric = /^(\d+)(?:\s*[.,]\s*0+)?\s*(sao|\*|★|⭐)?(\s*ocop)?$/u.exec(folded);
  if (numeric) return checkRange(Number(numeric[1]), original, note);
  const spelled = /^([a-z]+)\s*sao(\s*ocop)?$/.exec(folded);
  if (spelled && spelled[1] in NUMBER_WORDS) return checkRange(NUMBER_WORDS[spelled[1]], original, note);
  if (/^\d+\s*sao\s*[*★]+$/u.test(folded)) {
    return failAmbiguous(original, {
      vi: 'có dấu sao thừa sau chữ “sao” (chú thích hay thêm sao?).',
      en: 'there is a stray star sign after “sao” (a footnote mark, or an extra star?).',
    });
  }
  if (/^\d+\s*[.,]\s*\d+/.test(folded)) {
    return failAmbiguous(original, {
      vi: 'số sao không thể là số lẻ.',
      en: 'a rating cannot be fractional.',
    });
  }
  return failUnrecognised(original);
}
