// Fuzzy comparison of a sheet header with a field's synonyms. Headers are typed by
// hand in every province: accents dropped, abbreviations ("QĐ", "SP", "MST"),
// words in another order, two-row headers read as a path ("Chủ thể › Tên").
// Token overlap catches reordering and extra words; character trigrams catch
// typos and glued words ("Tênsảnphẩm"). Both work on folded, expanded text.
import { foldVietnamese, toNfc, unitToneKey } from '../../text/vietnamese.ts';
import type { FieldDef } from './field-defs.ts';

/** Separator used to show a merged multi-row header as one label. */
export const PATH_SEPARATOR = ' › ';

/** Abbreviations of header words, folded; expanded so both spellings meet. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  qd: 'quyet dinh',
  sp: 'san pham',
  mst: 'ma so thue',
  sdt: 'so dien thoai',
  dt: 'dien thoai',
  htx: 'hop tac xa',
  dn: 'doanh nghiep',
  dkkd: 'dang ky kinh doanh',
  stt: 'so thu tu',
  tt: 'thu tu',
  ubnd: 'uy ban nhan dan',
  cty: 'cong ty',
  gcn: 'giay chung nhan',
  dc: 'dia chi',
};

/**
 * One word of a label: `plain` is folded (no accents, lower case); `marked` keeps
 * the accents (tone placement normalised) when the word had any, so that "chú"
 * (Ghi chú) and "chủ" (Chủ thể) are told apart while "Ten san pham", typed
 * without accents, still matches "Tên sản phẩm" fully.
 */
export interface LabelToken {
  plain: string;
  marked: string | null;
}

/**
 * Multi-word terms that abbreviations stand for, longest first. Each becomes one
 * token whether spelled out or abbreviated, so "HTX" and "Hợp tác xã" meet, and
 * the three words of "hợp tác xã" do not count as three matches against a header
 * that merely mentions a co-operative ("Mã số HTX").
 */
const PHRASES: readonly string[][] = [...new Set(Object.values(ABBREVIATIONS))]
  .map((phrase) => phrase.split(' '))
  .filter((words) => words.length > 1)
  .sort((a, b) => b.length - a.length);

function collapsePhrases(words: LabelToken[]): LabelToken[] {
  const tokens: LabelToken[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = PHRASES.find((p) => p.every((word, k) => words[i + k]?.plain === word));
    if (phrase) {
      tokens.push({ plain: phrase.join(' '), marked: null });
      i += phrase.length;
    } else tokens.push(words[i++]);
  }
  return tokens;
}

/** Punctuation-free, abbreviation-expanded tokens of a label. */
export function tokenizeLabel(label: string): LabelToken[] {
  const words = toNfc(label)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  return collapsePhrases(
    words.flatMap((word) => {
      const plain = foldVietnamese(word).replace(/[^a-z0-9]/g, '');
      if (plain === '') return [];
      const expansion = ABBREVIATIONS[plain];
      if (expansion) return expansion.split(' ').map((p) => ({ plain: p, marked: null }));
      return [{ plain, marked: plain === word ? null : unitToneKey(word, true) }];
    }),
  );
}

function indexTokens(tokens: readonly LabelToken[]): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const token of tokens) if (!index.has(token.plain)) index.set(token.plain, token.marked);
  return index;
}

/**
 * Token-set F1: rewards shared words, penalises both missing and extra ones. A
 * word equal only once accents are dropped counts half.
 */
function scoreTokenOverlap(a: readonly LabelToken[], b: readonly LabelToken[]): number {
  const setA = indexTokens(a);
  const setB = indexTokens(b);
  if (setA.size === 0 || setB.size === 0) return 0;
  let shared = 0;
  for (const [plain, markedA] of setA) {
    if (!setB.has(plain)) continue;
    const markedB = setB.get(plain);
    shared += markedA && markedB && markedA !== markedB ? 0.5 : 1;
  }
  return (2 * shared) / (setA.size + setB.size);
}

function collectTrigrams(text: string): Map<string, number> {
  const padded = ` ${text} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character trigrams of the space-free strings. */
export function scoreTrigrams(a: string, b: string): number {
  const gramsA = collectTrigrams(a);
  const gramsB = collectTrigrams(b);
  let total = 0;
  let shared = 0;
  for (const [gram, count] of gramsA) {
    total += count;
    shared += Math.min(count, gramsB.get(gram) ?? 0);
  }
  for (const count of gramsB.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Similarity (0..1) of two token lists; trigrams are discounted as the weaker evidence. */
export function scoreTokens(a: readonly LabelToken[], b: readonly LabelToken[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const joinPlain = (tokens: readonly LabelToken[]): string =>
    tokens.map((t) => t.plain.replace(/ /g, '')).join('');
  return Math.max(scoreTokenOverlap(a, b), 0.9 * scoreTrigrams(joinPlain(a), joinPlain(b)));
}

export interface HeaderMatch {
  score: number;
  synonym: string;
}

const synonymCache = new WeakMap<FieldDef, { synonym: string; tokens: LabelToken[] }[]>();

function tokenizeSynonyms(field: FieldDef): { synonym: string; tokens: LabelToken[] }[] {
  let cached = synonymCache.get(field);
  if (!cached) {
    cached = field.synonyms.map((synonym) => ({ synonym, tokens: tokenizeLabel(synonym) }));
    synonymCache.set(field, cached);
  }
  return cached;
}

/**
 * How well a header label (possibly a path "Chủ thể › Tên") names a field.
 * For a path, the last segment carries the meaning ("Quyết định công nhận ›
 * Ngày" is a date, not the decision), so a synonym sharing no word with the last
 * segment is discounted, and the last segment alone is tried as well.
 */
export function matchFieldHeader(label: string, field: FieldDef): HeaderMatch {
  const segments = label
    .split(PATH_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (segments.length === 0) return { score: 0, synonym: '' };
  const full = tokenizeLabel(segments.join(' '));
  const last = tokenizeLabel(segments[segments.length - 1]);
  let best: HeaderMatch = { score: 0, synonym: '' };
  for (const { synonym, tokens } of tokenizeSynonyms(field)) {
    let score = scoreTokens(full, tokens);
    if (segments.length > 1) {
      const lastCovered = last.some((t) => tokens.some((u) => u.plain === t.plain));
      if (!lastCovered) score *= 0.6;
      score = Math.max(score, 0.95 * scoreTokens(last, tokens));
    }
    if (score > best.score) best = { score, synonym };
  }
  return best;
}

/** Headers that name no field but mark a header row: "Cột 1", "Column 2", "Trường 3". */
export function isGenericLabel(label: string): boolean {
  return /^(cot|column|col|truong|field|c)\s*\d{1,3}$/.test(foldVietnamese(label));
}
