// Character tables of the two legacy Vietnamese encodings still found in old
// provincial spreadsheets. Both date from before Unicode fonts were common: the
// text was typed with a Vietnamese keyboard driver into a special font, and what
// the file stores are Latin-1 (Windows-1252) characters that only looked
// Vietnamese in that font. Opened today, the sheet shows "Hîp t¸c x·" (TCVN3) or
// "Hôïp taùc xaõ" (VNI) instead of "Hợp tác xã".
//
// Each table gives, for every one of the 134 Vietnamese letters with a diacritic
// (67 lower-case, 67 upper-case), the legacy character sequence typed for it.
// Plain a e i o u y have no diacritic and are the ASCII letters in both encodings.

/** Vowel bases in the order of the rows below. */
const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** Tone marks in column order: none, sắc (acute), huyền (grave), hỏi (hook), ngã (tilde), nặng (dot). */
const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/**
 * TCVN 5712:1993 "VN3", the ABC encoding of the .VnTime font family, lower-case
 * only (byte values 0xA1–0xFE read as Latin-1). Columns follow TONE_MARKS.
 * U+00AD (soft hyphen) is ư: it is invisible in most modern fonts, which is why
 * "ư" seems to vanish from TCVN3 text ("nước" is stored as "n\u00adíc" and shows "níc").
 */
const TCVN3_ROWS: Readonly<Record<(typeof BASES)[number], readonly string[]>> = {
  a: ['a', '¸', 'µ', '¶', '·', '¹'],
  ă: ['¨', '¾', '»', '¼', '½', 'Æ'],
  â: ['©', 'Ê', 'Ç', 'È', 'É', 'Ë'],
  e: ['e', 'Ð', 'Ì', 'Î', 'Ï', 'Ñ'],
  ê: ['ª', 'Õ', 'Ò', 'Ó', 'Ô', 'Ö'],
  i: ['i', 'Ý', '×', 'Ø', 'Ü', 'Þ'],
  o: ['o', 'ã', 'ß', 'á', 'â', 'ä'],
  ô: ['«', 'è', 'å', 'æ', 'ç', 'é'],
  ơ: ['¬', 'í', 'ê', 'ë', 'ì', 'î'],
  u: ['u', 'ó', 'ï', 'ñ', 'ò', 'ô'],
  ư: ['\u00ad', 'ø', 'õ', 'ö', '÷', 'ù'],
  y: ['y', 'ý', 'ú', 'û', 'ü', 'þ'],
};

/**
 * The only capitals with a code of their own in the .VnTime font. The other 60
 * capitals (Á, Ề, Ợ…) do not exist there: typists switched to the all-capitals
 * font .VnTimeH, whose glyphs at the lower-case code points are capitals. The
 * file therefore stores "HîP" for "HỢP", and the case must come from context.
 */
const TCVN3_CAPITALS: Readonly<Record<string, string>> = {
  Ă: '¡',
  Â: '¢',
  Ê: '£',
  Ô: '¤',
  Ơ: '¥',
  Ư: '¦',
  Đ: '§',
};

/**
 * VNI-Windows (VNI Times and friends): a base letter followed by a separate mark
 * character, plus single characters for the i-family, ỵ, ơ, ư and đ. Columns follow
 * TONE_MARKS. Upper-case letters use the upper-case form of every character here
 * ("AÙ" for Á, "Ö" for Ư, "Ñ" for Đ).
 */
const VNI_ROWS: Readonly<Record<(typeof BASES)[number], readonly string[]>> = {
  a: ['a', 'aù', 'aø', 'aû', 'aõ', 'aï'],
  ă: ['aê', 'aé', 'aè', 'aú', 'aü', 'aë'],
  â: ['aâ', 'aá', 'aà', 'aå', 'aã', 'aä'],
  e: ['e', 'eù', 'eø', 'eû', 'eõ', 'eï'],
  ê: ['eâ', 'eá', 'eà', 'eå', 'eã', 'eä'],
  i: ['i', 'í', 'ì', 'æ', 'ó', 'ò'],
  o: ['o', 'où', 'oø', 'oû', 'oõ', 'oï'],
  ô: ['oâ', 'oá', 'oà', 'oå', 'oã', 'oä'],
  ơ: ['ô', 'ôù', 'ôø', 'ôû', 'ôõ', 'ôï'],
  u: ['u', 'uù', 'uø', 'uû', 'uõ', 'uï'],
  ư: ['ö', 'öù', 'öø', 'öû', 'öõ', 'öï'],
  y: ['y', 'yù', 'yø', 'yû', 'yõ', 'î'],
};

function composeLetter(base: string, toneIndex: number): string {
  return (base + TONE_MARKS[toneIndex]).normalize('NFC');
}

/** Every Vietnamese letter with a diacritic, lower-case then its capital: 134 entries. */
function buildTable(
  rows: typeof TCVN3_ROWS,
  lowerD: string,
  capital: (lower: string, code: string) => string,
): Map<string, string> {
  const table = new Map<string, string>();
  for (const base of BASES) {
    rows[base].forEach((code, tone) => {
      const lower = composeLetter(base, tone);
      if (lower === base && tone === 0 && /^[a-z]$/.test(base)) return; // plain ASCII vowel
      table.set(lower, code);
      table.set(lower.toUpperCase(), capital(lower.toUpperCase(), code));
    });
  }
  table.set('đ', lowerD);
  table.set('Đ', capital('Đ', lowerD));
  return table;
}

/** Unicode letter → TCVN3 character. Capitals without a code of their own share the lower-case code. */
export const TCVN3_BY_LETTER: ReadonlyMap<string, string> = buildTable(
  TCVN3_ROWS,
  '®',
  (upper, code) => TCVN3_CAPITALS[upper] ?? code,
);

/** Unicode letter → VNI-Windows sequence (one or two characters). */
export const VNI_BY_LETTER: ReadonlyMap<string, string> = buildTable(VNI_ROWS, 'ñ', (_upper, code) =>
  code.toUpperCase(),
);

/** TCVN3 character → lower-case Unicode letter (or the capital, for the seven real capitals). */
export const TCVN3_DECODE: ReadonlyMap<string, string> = (() => {
  const decode = new Map<string, string>();
  for (const [letter, code] of TCVN3_BY_LETTER) {
    const isOwnCapital = TCVN3_CAPITALS[letter] === code;
    if (letter === letter.toLowerCase() || isOwnCapital) decode.set(code, letter);
  }
  return decode;
})();

/**
 * VNI sequence → Unicode letter. Besides the exact forms, an upper-case base with a
 * lower-case mark ("Aù") is accepted as the capital: some converters and keyboard
 * drivers produced it for title-case words.
 */
export const VNI_DECODE: ReadonlyMap<string, string> = (() => {
  const decode = new Map<string, string>();
  for (const [letter, code] of VNI_BY_LETTER) {
    decode.set(code, letter);
    if (code.length === 2 && letter !== letter.toLowerCase()) {
      decode.set(code[0] + code[1].toLowerCase(), letter);
    }
  }
  return decode;
})();
