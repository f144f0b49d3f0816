// Vietnamese text helpers for matching names across data sources. Sources disagree
// on Unicode form (NFC vs NFD), tone-mark placement ("Hoà" vs "Hòa"), letter case
// of type prefixes ("Thị Xã" vs "Thị xã"), stray whitespace and zero-padded ward
// numbers ("Phường 01" vs "Phường 1"); these helpers erase exactly those
// differences and nothing more, so distinct units keep distinct keys.

/** Combining diacritical marks left over after NFD decomposition. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Canonical composed form: what we store and compare before folding. */
export function toNfc(s: string): string {
  return s.normalize('NFC');
}

/** Collapses every whitespace run (incl. no-break spaces) to one space and trims. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/**
 * Accent- and case-insensitive form: "Đắk Lắk" → "dak lak".
 * đ has no decomposition in Unicode (it is a letter with a stroke, not a base
 * letter plus a mark), so it is mapped by hand after stripping the marks.
 */
export function foldVietnamese(s: string): string {
  const lower = toNfc(s).toLowerCase();
  const stripped = lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
  return collapseWhitespace(stripped);
}

/** The letters without their marks, case kept ("Bánh gai Đồng" → "Banh gai Dong"): text messages in GSM-7. */
export function withoutMarks(s: string): string {
  return toNfc(s).normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * Type prefixes as written in official names, longest first so that "Thị trấn"
 * wins over a hypothetical shorter match and "Thành phố" over "TP".
 */
const ACCENTED_PREFIXES: readonly string[] = [
  'thành phố',
  'thị trấn',
  'đặc khu',
  'thị xã',
  'phường',
  'huyện',
  'quận',
  'tỉnh',
  'tp.',
  'tp',
  // "TX. Nghi Sơn", "TT Vạn Hà": the abbreviations lists write for thị xã and thị trấn
  'tx.',
  'tx',
  'tt.',
  'tt',
  'xã',
];

/**
 * The same prefixes without diacritics, used only when the input itself carries no
 * diacritics (typed search text such as "phuong 1"). With accented input we insist
 * on the accented prefix, otherwise a proper name like "Tịnh Biên" would lose its
 * first word to the prefix "Tỉnh" once both fold to "tinh".
 */
const FOLDED_PREFIXES: readonly string[] = [
  'thanh pho',
  'thi tran',
  'dac khu',
  'thi xa',
  'phuong',
  'huyen',
  'quan',
  'tinh',
  'tp.',
  'tp',
  'tx.',
  'tx',
  'tt.',
  'tt',
  'xa',
];

/**
 * Removes one leading administrative type prefix ("Tỉnh", "Thành phố", "TP.",
 * "Quận", "Huyện", "Thị xã", "TX.", "Xã", "Phường", "Thị trấn", "TT.", "Đặc khu").
 * Only a prefix at the very start is removed, and only once: "Phường Phường Đúc"
 * keeps its proper name "Phường Đúc", "Phường 1" keeps "1". A name that would be
 * left empty ("Xã") is returned unchanged.
 */
export function stripUnitPrefix(name: string): string {
  const clean = collapseWhitespace(toNfc(name));
  const lower = clean.toLowerCase();
  const hasDiacritics = foldVietnamese(clean) !== lower;
  const prefixes = hasDiacritics ? ACCENTED_PREFIXES : [...ACCENTED_PREFIXES, ...FOLDED_PREFIXES];
  for (const prefix of prefixes) {
    if (!lower.startsWith(prefix)) continue;
    const rest = clean.slice(prefix.length);
    // "TP.HCM" has no space after the dot; every other prefix must end at a word break.
    const atWordBreak = prefix.endsWith('.') || rest.startsWith(' ');
    const remainder = rest.trim();
    if (atWordBreak && remainder.length > 0) return remainder;
  }
  return clean;
}

/** Treats the various apostrophes ("M'Đrắk", "M’Đrắk") and hyphen spacings alike. */
function normalisePunctuation(folded: string): string {
  return folded.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'").replace(/\s*-\s*/g, ' - ');
}

/**
 * Spelling variants that official lists use interchangeably for the same unit:
 * "NT" for "nông trường" (state-farm townships, "Thị trấn NT Mộc Châu"), and a
 * final i/y after a consonant ("Qui Hướng" / "Quy Hướng", "Kì" / "Kỳ", "Mĩ" / "Mỹ").
 * Only the whole syllable consonant+y is touched, so "Tây" and "Tai" stay apart.
 */
function normaliseSpelling(folded: string): string {
  return folded.replace(/\bnt\b/g, 'nong truong').replace(/\b(qu|ph|th|[bdhklmnstv])y\b/g, '$1i');
}

/** "phuong 01" → "phuong 1"; "100" stays "100" and a lone "0" stays "0". */
function dropLeadingZeros(folded: string): string {
  return folded.replace(/\b0+(?=\d)/g, '');
}

/** Folding plus every variant above: the comparable form of a name. */
function canonicalise(name: string): string {
  return dropLeadingZeros(normaliseSpelling(normalisePunctuation(foldVietnamese(name))));
}

/** Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng); circumflex, breve and horn are vowel letters. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Moves each word's tone mark to the word's end (in NFD), so the old and new
 * tone placements ("Hoà" / "Hòa", "Thuỷ" / "Thụy") compare equal while different
 * tones ("Hưng" / "Hùng") and vowels ("Đồng" / "Đông") stay different.
 */
function moveTonesToWordEnd(lower: string): string {
  return lower
    .normalize('NFD')
    .split(' ')
    .map((word) => word.replace(TONE_MARKS, '') + (word.match(TONE_MARKS) ?? []).join(''))
    .join(' ');
}

/**
 * Accent-sensitive key (tone placement aside), prefix removed unless asked to keep
 * it. Folding alone merges real neighbours — "Xã Trực Hưng" and "Xã Trực Hùng"
 * lie in the same district — so lookups use this to break such ties.
 */
export function unitToneKey(name: string, keepPrefix = false): string {
  const base = collapseWhitespace(toNfc(keepPrefix ? name : stripUnitPrefix(name)).toLowerCase());
  return dropLeadingZeros(normaliseSpelling(normalisePunctuation(moveTonesToWordEnd(base))));
}

/**
 * Key used to match one unit's name across sources: folded, without its type
 * prefix, with numbers compared by value. "Phường 01" and "phuong 1" share a key;
 * "Phường 1" and "Phường 11" do not.
 */
export function unitMatchKey(name: string): string {
  return canonicalise(stripUnitPrefix(name));
}

/**
 * Like unitMatchKey but keeping the type prefix, to tell apart "Xã Tân Phú" from
 * "Thị trấn Tân Phú" when both sit in the same district.
 */
export function unitFullKey(name: string): string {
  return canonicalise(name);
}
