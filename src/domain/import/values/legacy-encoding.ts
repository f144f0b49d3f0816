// Detects and converts the two legacy Vietnamese encodings (TCVN3/ABC and
// VNI-Windows; tables in legacy-tables.ts) found in old provincial spreadsheets.
//
// Detection is deliberately conservative: a wrong conversion garbles a correct
// name, which is worse than leaving a legacy cell for a person to fix. A text is
// called legacy only when
//   - it has no letter that exists only in Unicode Vietnamese (ă ơ ư đ, ạ…ỹ, or
//     combining marks): such text is already Unicode, whatever else it contains;
//   - every word with a non-ASCII character converts without leftovers into a
//     plausible Vietnamese syllable (no bad word at all);
//   - at least one of those words was NOT already plausible as typed ("gain"):
//     Unicode "Bánh" also reads as TCVN3 "Bỏnh", but since "Bánh" is fine as it
//     is, it proves nothing;
//   - and, for a single text, at least two legacy characters were converted, so a
//     lone French "Où" is not taken for VNI "Ó".
// French, Spanish or German words fail the syllable test once converted ("Crème"
// → TCVN3 "Crốme"), and their accented letters often sit where the legacy
// encoding has no letter at all (VNI marks only follow a vowel), so they are
// left alone. A column is decided by majority, as it was typed in one font.
import { toNfc } from '../../text/vietnamese.ts';
import { TCVN3_DECODE, VNI_DECODE } from './legacy-tables.ts';
import { isPlausibleSyllable } from './vietnamese-syllable.ts';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** Letters and marks that only Unicode Vietnamese text contains; Latin-1 legacy text never does. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: lone combining marks are what decomposed (NFD) Vietnamese is made of
const UNICODE_VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9\u0300-\u0303\u0309\u0323]/u;

/** Word breaks: spaces, digits, ASCII punctuation, no-break space, general punctuation (“ ” – …). */
const WORD = /[^\s\d\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u00a0\u2000-\u206f\u3000]+/gu;

/** The seven capitals TCVN3 encodes itself (Ă Â Ê Ô Ơ Ư Đ): evidence of upper case. */
const TCVN3_OWN_CAPITALS = /[\u00a1-\u00a7]/g;

interface Conversion {
  text: string;
  /** Legacy characters or sequences converted. */
  units: number;
  /** Non-ASCII characters the encoding has no letter for. */
  unmapped: number;
}

function isNonAscii(ch: string): boolean {
  return ch.charCodeAt(0) > 0x7f;
}

function decodeVniWord(word: string): Conversion {
  let text = '';
  let units = 0;
  let unmapped = 0;
  for (let i = 0; i < word.length; ) {
    const pair = word.length - i >= 2 ? VNI_DECODE.get(word.slice(i, i + 2)) : undefined;
    if (pair) {
      text += pair;
      units++;
      i += 2;
      continue;
    }
    const single = VNI_DECODE.get(word[i]);
    if (single) units++;
    else if (isNonAscii(word[i])) unmapped++;
    text += single ?? word[i];
    i++;
  }
  return { text, units, unmapped };
}

/**
 * Upper-case evidence vs lower-case evidence: ASCII capitals and TCVN3's own
 * capitals against ASCII small letters. Two or more capitals and no small letter
 * means the text was typed in the capitals font .VnTimeH.
 */
function looksAllCaps(text: string): boolean {
  const upper = (text.match(/[A-Z]/g)?.length ?? 0) + (text.match(TCVN3_OWN_CAPITALS)?.length ?? 0);
  return upper >= 2 && !/[a-z]/.test(text);
}

/**
 * TCVN3 lower-case codes stand for capitals too (.VnTimeH), so they are converted
 * to lower case unless the word, or the whole text, is written in capitals
 * ("HîP T¸C X·" → "HỢP TÁC XÃ"). A word typed in .VnTimeH with small ASCII
 * letters cannot be told apart and comes out in lower case.
 */
function decodeTcvn3Word(word: string, upper: boolean): Conversion {
  let text = '';
  let units = 0;
  let unmapped = 0;
  for (const ch of word) {
    const letter = TCVN3_DECODE.get(ch);
    if (letter) units++;
    else if (isNonAscii(ch)) unmapped++;
    text += letter ? (upper ? letter.toUpperCase() : letter) : ch;
  }
  return { text, units, unmapped };
}

function decodeWord(word: string, encoding: LegacyEncoding, textInCaps: boolean): Conversion {
  if (encoding === 'vni') return decodeVniWord(word);
  return decodeTcvn3Word(word, textInCaps || looksAllCaps(word));
}

/** Converts legacy-encoded text to Unicode NFC; characters outside the encoding are kept. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  // NFC first: a legacy string that went through NFD has its Latin-1 letters split.
  const source = toNfc(text);
  const inCaps = encoding === 'tcvn3' && looksAllCaps(source);
  return toNfc(source.replace(WORD, (word) => decodeWord(word, encoding, inCaps).text));
}

interface Score {
  units: number;
  gain: number;
  bad: number;
}

interface Evidence {
  unicode: boolean;
  nonAscii: boolean;
  tcvn3: Score;
  vni: Score;
}

function scoreWord(score: Score, word: string, converted: Conversion): void {
  score.units += converted.units;
  if (converted.unmapped > 0 || !isPlausibleSyllable(converted.text)) score.bad++;
  else if (!isPlausibleSyllable(word)) score.gain++;
}

function weighEvidence(raw: string): Evidence {
  const text = toNfc(raw);
  const evidence: Evidence = {
    unicode: UNICODE_VIETNAMESE.test(text),
    nonAscii: /[^\x00-\x7f]/.test(text),
    tcvn3: { units: 0, gain: 0, bad: 0 },
    vni: { units: 0, gain: 0, bad: 0 },
  };
  if (evidence.unicode || !evidence.nonAscii) return evidence;
  const inCaps = looksAllCaps(text);
  for (const word of text.match(WORD) ?? []) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    scoreWord(evidence.tcvn3, word, decodeWord(word, 'tcvn3', inCaps));
    scoreWord(evidence.vni, word, decodeWord(word, 'vni', false));
  }
  return evidence;
}

function isCandidate(score: Score, minUnits: number): boolean {
  return score.bad === 0 && score.gain >= 1 && score.units >= minUnits;
}

function decide(evidence: Evidence, minUnits: number): LegacyEncoding | null {
  if (evidence.unicode || !evidence.nonAscii) return null;
  const tcvn3 = isCandidate(evidence.tcvn3, minUnits);
  const vni = isCandidate(evidence.vni, minUnits);
  if (tcvn3 !== vni) return tcvn3 ? 'tcvn3' : 'vni';
  if (!tcvn3) return null;
  // Both readings work (rare, short texts): trust the one that explains more.
  const byGain = evidence.tcvn3.gain - evidence.vni.gain;
  const byUnits = evidence.tcvn3.units - evidence.vni.units;
  const lead = byGain !== 0 ? byGain : byUnits;
  return lead > 0 ? 'tcvn3' : lead < 0 ? 'vni' : null;
}

/** 'tcvn3' or 'vni' when the text is clearly in that legacy encoding; null for ASCII, Unicode or unsure. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  return decide(weighEvidence(text), 2);
}

/**
 * The encoding of a whole column: a column is typed in one font, so short cells
 * that prove little alone ("Chaø") are judged together. The winner must account
 * for more than half of the cells that have any non-ASCII character.
 */
export function detectColumnEncoding(values: readonly string[]): LegacyEncoding | null {
  let nonAsciiCells = 0;
  const votes: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const evidence = weighEvidence(value);
    if (!evidence.nonAscii) continue;
    nonAsciiCells++;
    const vote = decide(evidence, 1);
    if (vote) votes[vote]++;
  }
  const winner: LegacyEncoding | null =
    votes.tcvn3 > votes.vni ? 'tcvn3' : votes.vni > votes.tcvn3 ? 'vni' : null;
  return winner && votes[winner] * 2 > nonAsciiCells ? winner : null;
}

/** Detects and converts in one step; text that is not clearly legacy comes back as NFC, unchanged. */
export function repairVietnamese(text: string): { text: string; encoding: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(text);
  return { text: encoding ? convertLegacy(text, encoding) : toNfc(text), encoding };
}
