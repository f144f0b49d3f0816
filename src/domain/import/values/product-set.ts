// Product set (bộ sản phẩm) of an OCOP product as typed in provincial lists: the
// set number, its code ("I.3.c"), its name in any regime's wording, with or
// without diacritics, shortened ("Rau củ quả tươi"), or the name of a group
// ("Chè"). A name that fits several sets is refused with the candidates listed:
// the set decides which score sheet applies, so it must not be guessed.
import { foldVietnamese, toNfc } from '../../text/vietnamese.ts';
import { isFailure, readCell } from './cell-text.ts';
import {
  PRODUCT_GROUPS,
  PRODUCT_SETS,
  type ProductGroupEntry,
  type ProductSetEntry,
} from './product-set-data.ts';
import { fail, quote, succeed, type Message, type ParseFailure, type ParseSuccess } from './result.ts';

export interface ProductSetMatch {
  set: number;
  code: string;
  name: string;
  /** exact: the number, the code or a name with its diacritics; fuzzy: anything looser. */
  confidence: 'exact' | 'fuzzy';
}

export type ProductSetFailure = ParseFailure & { candidates?: readonly number[] };
export type ProductSetResult = ParseSuccess<ProductSetMatch | null> | ProductSetFailure;

const BY_NUMBER = new Map(PRODUCT_SETS.map((entry) => [entry.set, entry]));
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi'];
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Filler that officials add or drop freely ("Sản phẩm", "Bộ", "Nhóm", "các", "và", "dạng"). */
const FILLER_WORDS = ['các', 'và', 'dạng', 'bộ', 'nhóm'];

/** A word with its tone mark moved to the end, so "thuỷ" and "thủy" compare equal. */
function makeToneKey(word: string): string {
  const decomposed = word.toLowerCase().normalize('NFD');
  return toNfc(decomposed.replace(TONES, '') + (decomposed.match(TONES) ?? []).join(''));
}

function hasDiacritics(text: string): boolean {
  return foldVietnamese(text) !== text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Words of a name, without punctuation and filler; accent-aware unless `folded`. */
function tokenise(text: string, folded: boolean): string[] {
  const spaced = toNfc(text)
    .replace(/[(),;:.…/\-–"“”]+/g, ' ')
    .replace(/cacao/giu, 'ca cao');
  const key = folded ? foldVietnamese : makeToneKey;
  const filler = new Set(FILLER_WORDS.map(key));
  const words = spaced.split(/\s+/).filter(Boolean).map(key);
  return words.filter((word, i) => {
    if (filler.has(word)) return false;
    const isSanPham = (a: string, b: string) => a === key('sản') && b === key('phẩm');
    return !isSanPham(word, words[i + 1] ?? '') && !isSanPham(words[i - 1] ?? '', word);
  });
}

function listNames(entry: ProductSetEntry): string[] {
  return [entry.name, ...entry.variants];
}

function buildMatch(entry: ProductSetEntry, confidence: ProductSetMatch['confidence']): ProductSetMatch {
  return { set: entry.set, code: entry.code, name: entry.name, confidence };
}

function describeSets(sets: readonly number[]): Message {
  const list = sets.map((n) => BY_NUMBER.get(n)).filter((e): e is ProductSetEntry => e !== undefined);
  return {
    vi: list.map((e) => `${e.set} (${e.code}) ${e.name}`).join('; '),
    en: list.map((e) => `${e.set} (${e.code}) ${e.nameEn}`).join('; '),
  };
}

function failAmbiguous(text: string, sets: readonly number[]): ProductSetFailure {
  const listed = describeSets(sets);
  return {
    ...fail(
      'AMBIGUOUS',
      `${quote(text)} ứng với nhiều bộ sản phẩm: ${listed.vi}. Hãy ghi số bộ (1–26) hoặc tên đầy đủ.`,
      `${quote(text)} fits several product sets: ${listed.en}. Give the set number (1–26) or its full name.`,
    ),
    candidates: sets,
  };
}

function failUnrecognised(text: string): ProductSetFailure {
  return fail(
    'UNRECOGNISED',
    `Không nhận ra bộ sản phẩm ${quote(text)}. Hãy ghi số bộ (1–26), mã (ví dụ I.3.c) hoặc tên bộ theo Phụ lục I.`,
    `Unknown product set ${quote(text)}. Give the set number (1–26), its code (e.g. I.3.c) or its name from Annex I.`,
  );
}

function resolveNumber(n: number, text: string): ProductSetResult {
  const entry = BY_NUMBER.get(n);
  if (entry && Number.isInteger(n)) return succeed(buildMatch(entry, 'exact'));
  return fail(
    'OUT_OF_RANGE',
    `Số bộ sản phẩm ${quote(text)} không có: chỉ có các bộ từ 1 đến 26.`,
    `There is no product set ${quote(text)}: sets are numbered 1 to 26.`,
  );
}

/** "I.3.c", "i3c", "III-1", "VI.1" → a set, or the sets of a group ("I.5"). */
function parseCode(folded: string): { entry?: ProductSetEntry; group?: ProductGroupEntry } | null {
  const match = /^(vi|v|iv|iii|ii|i)(?:[\s.-]*([1-6]))?(?:[\s.-]*([a-d]))?$/.exec(folded);
  if (!match || !ROMAN.includes(match[1])) return null;
  const code = [match[1].toUpperCase(), match[2], match[3]].filter(Boolean).join('.');
  const entry = PRODUCT_SETS.find((e) => e.code === code);
  if (entry) return { entry };
  const group = PRODUCT_GROUPS.find((g) => g.code === code);
  return group ? { group } : {};
}

function isContiguous(needle: readonly string[], hay: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((word, j) => hay[i + j] === word)) return true;
  }
  return false;
}

/**
 * Sets whose name contains every word of the input; contiguous matches win ties.
 * Within a group only contiguous matches count: "Nông sản chế biến" must not pick
 * set 8 just because its long title has those words scattered.
 */
function matchByWords(text: string, folded: boolean, within?: readonly number[]): number[] {
  const words = tokenise(text, folded);
  if (words.length === 0) return [];
  const loose = new Set<number>();
  const tight = new Set<number>();
  for (const entry of PRODUCT_SETS) {
    if (within && !within.includes(entry.set)) continue;
    for (const name of listNames(entry)) {
      const nameWords = tokenise(name, folded);
      if (!words.every((word) => nameWords.includes(word))) continue;
      loose.add(entry.set);
      if (isContiguous(words, nameWords)) tight.add(entry.set);
    }
  }
  if (within) return [...tight];
  return tight.size === 1 ? [...tight] : [...loose];
}

function haveSameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, i) => word === b[i]);
}

/** Set names first (so "Chè" is set 11, not group I.5), then group names, then partial names. */
function parseName(text: string): ProductSetResult {
  const accented = hasDiacritics(text);
  // Accent-sensitive first even for unaccented input: "Hoa" is the exact name of set 23.
  for (const folded of [false, true]) {
    const words = tokenise(text, folded);
    const equal = PRODUCT_SETS.filter((e) =>
      listNames(e).some((name) => haveSameWords(tokenise(name, folded), words)),
    );
    if (equal.length === 1) return succeed(buildMatch(equal[0], folded ? 'fuzzy' : 'exact'));
    if (equal.length > 1)
      return failAmbiguous(
        text,
        equal.map((e) => e.set),
      );
  }
  const folded = !accented;
  const words = tokenise(text, folded);
  const group = PRODUCT_GROUPS.find((g) =>
    g.names.some((name) => haveSameWords(tokenise(name, folded), words)),
  );
  if (group) return resolveGroup(text, group, folded);
  const sets = matchByWords(text, folded);
  if (sets.length === 1) return succeed(buildMatch(BY_NUMBER.get(sets[0]) as ProductSetEntry, 'fuzzy'));
  if (sets.length > 1) return failAmbiguous(text, sets);
  return failUnrecognised(text);
}

/** A group names one set only when a single set of that group carries the group's words. */
function resolveGroup(text: string, group: ProductGroupEntry, folded: boolean): ProductSetResult {
  if (group.sets.length === 1)
    return succeed(buildMatch(BY_NUMBER.get(group.sets[0]) as ProductSetEntry, 'fuzzy'));
  const inside = matchByWords(text, folded, group.sets);
  if (inside.length === 1) return succeed(buildMatch(BY_NUMBER.get(inside[0]) as ProductSetEntry, 'fuzzy'));
  return failAmbiguous(text, group.sets);
}

/** "7. Chế biến từ rau…", "I.3.c - Chế biến…": the number or code decides; the name must agree. */
function parsePrefixed(text: string, folded: string): ProductSetResult | null {
  const match = /^(\d{1,2}|[ivx]{1,3}(?:[\s.-]*\d)?(?:[\s.-]*[a-d])?)\s*[.:)\-–]\s*(\D.*)$/u.exec(folded);
  if (!match) return null;
  const head = /^\d/.test(match[1]) ? resolveNumber(Number(match[1]), match[1]) : resolveCode(match[1], text);
  if (!head.ok || head.value === null) return null;
  const namePart = toNfc(text).slice(toNfc(text).length - match[2].length);
  const byName = parseName(namePart);
  if (byName.ok && byName.value !== null && byName.value.set !== head.value.set) {
    return fail(
      'AMBIGUOUS',
      `${quote(text)} mâu thuẫn: số/mã chỉ bộ ${head.value.set} nhưng tên chỉ bộ ${byName.value.set}.`,
      `${quote(text)} contradicts itself: the number/code says set ${head.value.set}, the name says set ${byName.value.set}.`,
    );
  }
  return head;
}

function resolveCode(folded: string, text: string): ProductSetResult {
  const code = parseCode(folded);
  if (!code) return failUnrecognised(text);
  if (code.entry) return succeed(buildMatch(code.entry, 'exact'));
  if (code.group)
    return code.group.sets.length === 1
      ? succeed(buildMatch(BY_NUMBER.get(code.group.sets[0]) as ProductSetEntry, 'exact'))
      : failAmbiguous(text, code.group.sets);
  return failUnrecognised(text);
}

/** Parses a product-set cell; empty cells give `value: null`. */
export function parseProductSet(cell: unknown): ProductSetResult {
  const content = readCell(cell, { maxLength: 200 });
  if (isFailure(content)) return content;
  if (content.kind === 'empty') return succeed(null);
  if (content.kind === 'number') return resolveNumber(content.value, String(content.value));
  if (content.kind === 'date') return failUnrecognised(content.value.toISOString().slice(0, 10));
  const text = content.text;
  const folded = foldVietnamese(text);
  const number = /^(?:bo(?: san pham)?\s*(?:so)?\s*)?(\d{1,3})$/.exec(folded);
  if (number) return resolveNumber(Number(number[1]), text);
  const code = parseCode(folded);
  if (code) return resolveCode(folded, text);
  return parsePrefixed(text, folded) ?? parseName(text);
}
