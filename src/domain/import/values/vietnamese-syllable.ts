// A coarse test of whether a word could be one Vietnamese syllable. The legacy
// encoding detector uses it to ask "does this cell read as Vietnamese once
// converted, and not before?", which is what separates "V¶i thiÒu" (TCVN3) from
// French "Crème" or Unicode "Bánh" that merely share Latin-1 letters, and TCVN3
// from VNI when both would map every character ("naêng" is VNI "năng", while its
// TCVN3 reading "naờng" has no Vietnamese vowel cluster "aơ").
// It checks shape only (onset, vowel cluster, final consonant, at most one tone,
// sane letter case), not that the syllable exists.

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])';
/** Vowel clusters that end the syllable: they end in a glide (-i, -o, -u, -y, -a). */
const OPEN_ONLY = [
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iu',
  'oi',
  'ôi',
  'ơi',
  'ui',
  'ưi',
  'ưu',
  'ua',
  'ưa',
  'uơ',
  'iêu',
  'yêu',
  'oai',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'uya',
  'uyu',
  'ươi',
  'ươu',
];
/** Clusters that need a final consonant: "ăn", "tiên", "muốn", "người", "chuyện". */
const NEEDS_CODA = ['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'uyê', 'oă', 'uâ', 'oo'];
/** Clusters that stand open or closed. */
const EITHER = ['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uê', 'uy'];
const CODA = '(?:ch|nh|ng|[cmnpt])';

const SYLLABLE = new RegExp(
  `^${ONSET}?(?:(?:${OPEN_ONLY.join('|')})|(?:${NEEDS_CODA.join('|')})${CODA}|(?:${EITHER.join('|')})${CODA}?)$`,
  'u',
);

/** Lower case, Title case or ALL CAPS; "thiÒu" (a capital inside a word) is not Vietnamese. */
function hasSaneCase(word: string): boolean {
  const lower = word.toLowerCase();
  if (word === lower || word === word.toUpperCase()) return true;
  return word === lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function isPlausibleSyllable(word: string): boolean {
  const nfc = word.normalize('NFC');
  if (nfc === '' || !hasSaneCase(nfc)) return false;
  const decomposed = nfc.toLowerCase().normalize('NFD');
  if ((decomposed.match(TONES)?.length ?? 0) > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONES, '').normalize('NFC'));
}
