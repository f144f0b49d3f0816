// Sex and ethnicity of producers' representatives, as reported in OCOP lists for
// the programme's gender and ethnic-minority indicators.
import { foldVietnamese } from '../../text/vietnamese.ts';
import { readCellText } from './cell-text.ts';
import { ETHNIC_GROUPS } from './ethnicity-data.ts';
import { fail, quote, succeed, type Message, type ParseResult } from './result.ts';

export type Sex = 'male' | 'female';

const SEX_WORDS: Readonly<Record<string, Sex>> = {
  nam: 'male',
  'nam gioi': 'male',
  m: 'male',
  male: 'male',
  man: 'male',
  nu: 'female',
  'nu gioi': 'female',
  f: 'female',
  female: 'female',
  woman: 'female',
};

/** Forms of address ("Ông", "Bà") sometimes typed in the sex column. */
const TITLE_WORDS: Readonly<Record<string, Sex>> = { ong: 'male', ba: 'female' };

/** Parses a sex cell: Nam/Nữ in any case or without diacritics, M/F, male/female; empty → null. */
export function parseSex(cell: unknown): ParseResult<Sex | null> {
  const read = readCellText(cell, { maxLength: 30 });
  if ('ok' in read) return read;
  if (read.text === null) return succeed(null);
  const key = foldVietnamese(read.text).replace(/[.]/g, '').trim();
  if (key in SEX_WORDS) return succeed(SEX_WORDS[key]);
  if (key in TITLE_WORDS) {
    return succeed(TITLE_WORDS[key], {
      vi: `${quote(read.text)} là cách xưng hô, được hiểu là giới tính ${TITLE_WORDS[key] === 'male' ? 'nam' : 'nữ'}.`,
      en: `${quote(read.text)} is a form of address, read as ${TITLE_WORDS[key]}.`,
    });
  }
  return fail(
    'UNRECOGNISED',
    `Không hiểu giới tính ${quote(read.text)}. Hãy ghi “Nam” hoặc “Nữ”.`,
    `Cannot read the sex ${quote(read.text)}. Write “Nam” (male) or “Nữ” (female).`,
  );
}

export interface Ethnicity {
  /** Two-digit GSO code, "01" (Kinh) to "54" (Rơ-măm). */
  code: string;
  /** Canonical Vietnamese name, e.g. "Mông", "Ê-đê". */
  name: string;
}

/** "H'Mông", "Hmông", "HMÔNG", "dân tộc Mông" → "hmong"/"mong": no spaces, hyphens or apostrophes. */
function makeEthnicKey(text: string): string {
  return foldVietnamese(text)
    .replace(/^(?:dan toc|nguoi|dt)\s*[:.]?\s*/, '')
    .replace(/[\s'’‘ʼ`´\-–.]/g, '');
}

interface IndexEntry {
  group: Ethnicity;
  old: boolean;
}

const INDEX: ReadonlyMap<string, IndexEntry> = (() => {
  const index = new Map<string, IndexEntry>();
  for (const g of ETHNIC_GROUPS) {
    const group = { code: g.code, name: g.name };
    for (const name of [g.name, ...g.aliases]) index.set(makeEthnicKey(name), { group, old: false });
    for (const name of g.oldAliases ?? []) index.set(makeEthnicKey(name), { group, old: true });
  }
  return index;
})();

function buildOldNameNote(typed: string, group: Ethnicity): Message {
  return {
    vi: `${quote(typed)} là tên gọi cũ, không còn dùng trong văn bản chính thức; đã ghi thành dân tộc ${group.name}.`,
    en: `${quote(typed)} is an old name no longer used officially; recorded as ${group.name}.`,
  };
}

/** Parses an ethnicity cell to one of the 54 official groups; empty → null. */
export function parseEthnicity(cell: unknown): ParseResult<Ethnicity | null> {
  const read = readCellText(cell, { maxLength: 60 });
  if ('ok' in read) return read;
  if (read.text === null) return succeed(null);
  const found = INDEX.get(makeEthnicKey(read.text));
  if (found) return succeed(found.group, found.old ? buildOldNameNote(read.text, found.group) : undefined);
  return fail(
    'UNRECOGNISED',
    `Không nhận ra dân tộc ${quote(read.text)} trong danh mục 54 dân tộc Việt Nam. Hãy ghi tên dân tộc, ví dụ “Kinh”, “Tày”, “Mông”.`,
    `${quote(read.text)} is not one of Vietnam's 54 ethnic groups. Write the group's name, e.g. “Kinh”, “Tày”, “Mông”.`,
  );
}
