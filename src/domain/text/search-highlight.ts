// Where a search text occurs in a name, compared as the database compares them
// (lower case, accents dropped, đ → d), so that a list can mark the part of a
// name that made a row match: "ham rong" marks "Hàm Rồng" in "Phường Hàm Rồng".
// Each character is folded on its own, so positions in the folded name lead back
// to the characters of the name as written.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

function foldChar(ch: string): string {
  return ch.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
}

export interface FoldedMatch {
  before: string;
  match: string;
  after: string;
}

/** The first occurrence of `query` in `text`, accent- and case-insensitively; null when none (or no query). */
export function findFolded(text: string, query: string): FoldedMatch | null {
  const name = text.normalize('NFC');
  const needle = Array.from(query.normalize('NFC').trim()).map(foldChar).join('');
  if (!needle) return null;
  let folded = '';
  // folded position → index in `name` of the character it came from
  const origin: number[] = [];
  let index = 0;
  for (const ch of name) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) origin.push(index);
    folded += f;
    index += ch.length;
  }
  origin.push(name.length);
  const at = folded.indexOf(needle);
  if (at < 0) return null;
  const start = origin[at];
  // the match ends after the character that produced its last folded unit
  const last = origin[at + needle.length - 1];
  const end = last + (name.codePointAt(last)! > 0xffff ? 2 : 1);
  return { before: name.slice(0, start), match: name.slice(start, end), after: name.slice(end) };
}
