// The English words of the map's note phrases, to prove a Vietnamese screen or
// answer carries none of them (Vietnamese place names never use these words).
import { MAPPING_NOTE_CODES, MAPPING_NOTE_PHRASES } from '../../src/shared/mapping-notes.ts';

export const ENGLISH_NOTE_WORDS: ReadonlySet<string> = new Set(
  [
    ...MAPPING_NOTE_CODES.flatMap((code) =>
      MAPPING_NOTE_PHRASES[code].en.replace(/\{\w+\}/g, ' ').split(/\W+/),
    ),
    // the words of places (district …, the districts named …, province … absent from …)
    'district',
    'districts',
    'named',
    'absent',
    'none',
    // the words the mapping page used to show
    'partial',
  ]
    .map((w) => w.toLowerCase())
    .filter((w) => /^[a-z]{3,}$/.test(w)),
);

/** The English note words found in a text, in order. */
export function englishNoteWordsIn(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => w.toLowerCase())
    .filter((w) => ENGLISH_NOTE_WORDS.has(w));
}
