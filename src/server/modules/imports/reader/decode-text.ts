// Decodes the bytes of a CSV/TSV export. Vietnamese offices produce every kind:
// UTF-8 with or without BOM (Excel "CSV UTF-8"), UTF-16LE (Excel "Unicode Text"),
// Windows-1258 (plain "CSV" on a Vietnamese Windows), and files typed in the old
// TCVN3 (.VnTime) or VNI fonts, whose bytes only make sense as Windows-1252
// glyphs ("Hîp t¸c x·"). Those are decoded as Windows-1252 on purpose, so that
// the legacy-font repair downstream sees exactly the characters the font showed.

export type TextEncodingName =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1258'
  | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VOWEL_BEFORE_MARK = /[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY][\u0300\u0301\u0303\u0309\u0323]/g;
/** Letters and signs of Windows-1258 that Vietnamese text never uses: TCVN3 and VNI bytes land here. */
const FOREIGN =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00cf\u00d1\u00d6-\u00d8\u00dc\u00df\u00e4-\u00e7\u00eb\u00ef\u00f1\u00f6-\u00f8\u00fc\u00ff]/g;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Windows-1258 writes most tones as combining marks after the vowel; genuine
 * 1258 text therefore has marks only after vowels and none of the Latin-1
 * leftovers (ñ, ö, ¸, «…) that legacy-font text is full of.
 */
function looksLikeWindows1258(text: string): boolean {
  const marks = countMatches(text, TONE_MARKS);
  const afterVowel = countMatches(text, VOWEL_BEFORE_MARK);
  const vietnameseLetters = countMatches(text, /[ăđơưĂĐƠƯ]/g);
  const letters = countMatches(text, /\p{L}/gu);
  const foreign = countMatches(text, FOREIGN);
  return marks === afterVowel && marks + vietnameseLetters > 0 && foreign <= letters * 0.002;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const vietnamese = new TextDecoder('windows-1258').decode(bytes);
    if (looksLikeWindows1258(vietnamese))
      return { text: vietnamese.normalize('NFC'), encoding: 'windows-1258' };
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
