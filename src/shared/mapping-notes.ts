// The notes of the old→new administrative-unit map as phrases: the reconciler
// (src/domain/admin-units) states what it found as a list of phrase codes with
// parameters, the map file and the database keep that list, and each reader sees
// it in their own language. The English words reproduce, letter for letter, the
// notes the reconciler used to write, which RECONCILIATION.md still quotes. A note
// typed by an officer when settling a row by hand is free text and not a phrase.
import type { Lang } from './vocabulary.ts';

/** A unit named in a note: its GSO code and its name as the lists give it ('' when unknown). */
export type NoteUnit = {
  code: string;
  name: string;
};

/** Where a name was looked up. */
export type NotePlace =
  /** one old district */
  | { kind: 'district'; district: NoteUnit }
  /** several old districts share the name the row gives */
  | { kind: 'districts_named'; name: string }
  /** old provinces (by code), after the row's district did not hold the name */
  | { kind: 'province'; provinces: string[]; absentFrom: NoteUnit[] }
  /** one new province */
  | { kind: 'new_province'; province: NoteUnit };

/** What a parameter holds: words as written by the sources, a code, a count, units, a place. */
export type NoteParamKind = 'text' | 'code' | 'count' | 'unit' | 'units' | 'place';

interface NoteParamType {
  text: string;
  code: string;
  count: number;
  unit: NoteUnit;
  units: NoteUnit[];
  place: NotePlace;
}

interface PhraseSpec {
  params: Readonly<Record<string, NoteParamKind>>;
  vi: string;
  en: string;
}

/**
 * Every phrase, with its parameters and its words; `{name}` in the words takes the
 * parameter of that name. Names of units are quoted as the source wrote them.
 */
export const MAPPING_NOTE_PHRASES = {
  codes_as_given: {
    params: {},
    vi: 'cả hai mã khớp đúng như nguồn ghi',
    en: 'codes as given',
  },
  stated_by_rows: {
    params: { n: 'count' },
    vi: '{n} dòng nguồn cùng ghi cặp này',
    en: 'stated by {n} source rows',
  },
  split_piece: {
    params: { n: 'count', old: 'code' },
    vi: 'chia tách: một trong {n} dòng của đơn vị cũ mã {old}',
    en: 'split: one of {n} rows for old {old}',
  },
  old_code_padded: {
    params: { given: 'code', padded: 'code' },
    vi: 'mã cũ {given} được thêm số 0 thành {padded}',
    en: 'old code {given} padded to {padded}',
  },
  old_code_not_found: {
    params: { given: 'code' },
    vi: 'mã cũ {given} không có trong danh mục cũ',
    en: 'old code {given} not in the old list',
  },
  old_row_names_no_commune: {
    params: {},
    vi: 'dòng nguồn không ghi đơn vị cấp xã cũ',
    en: 'source row names no old commune',
  },
  old_province_unknown: {
    params: { name: 'text' },
    vi: 'không nhận ra tỉnh cũ "{name}"',
    en: 'old province "{name}" unknown',
  },
  old_province_unknown_searched: {
    params: { name: 'text', province: 'code' },
    vi: 'không nhận ra tỉnh cũ "{name}", đã tìm trong các tỉnh cũ hợp nhất vào tỉnh mới mã {province}',
    en: 'old province "{name}" unknown, searched those merged into {province}',
  },
  old_found_by_name: {
    params: { name: 'text', place: 'place', found: 'code' },
    vi: 'tìm thấy đơn vị cấp xã cũ "{name}" theo tên trong {place}, mã {found}',
    en: 'old commune "{name}" found by name in {place} as {found}',
  },
  old_name_ambiguous: {
    params: { name: 'text', place: 'place', candidates: 'units' },
    vi: 'tên cũ "{name}" ứng với nhiều đơn vị trong {place}: {candidates}',
    en: 'old name "{name}" is ambiguous in {place}: {candidates}',
  },
  old_name_missing: {
    params: { name: 'text', place: 'place' },
    vi: 'không có đơn vị cấp xã cũ nào tên "{name}" trong {place}',
    en: 'no old commune named "{name}" in {place}',
  },
  old_name_differs: {
    params: { old: 'code', name: 'text' },
    vi: 'nguồn gọi đơn vị cũ mã {old} là "{name}"',
    en: 'source calls old {old} "{name}"',
  },
  new_code_missing: {
    params: {},
    vi: 'dòng nguồn không ghi mã mới',
    en: 'source row gives no new code',
  },
  new_code_padded: {
    params: { given: 'code', padded: 'code' },
    vi: 'mã mới {given} được thêm số 0 thành {padded}',
    en: 'new code {given} padded to {padded}',
  },
  new_code_not_found: {
    params: { given: 'code' },
    vi: 'mã mới {given} không có trong danh mục mới',
    en: 'new code {given} not in the new list',
  },
  new_code_other_province: {
    params: { hit: 'code', province: 'code', statedProvince: 'text' },
    vi: 'mã mới {hit} thuộc tỉnh mã {province} nhưng dòng nguồn ghi {statedProvince}; bỏ qua mã này',
    en: 'new code {hit} lies in province {province} but the row says {statedProvince}; code ignored',
  },
  new_code_other_name: {
    params: { hit: 'code', name: 'text', statedName: 'text' },
    vi: 'mã mới {hit} là "{name}" nhưng dòng nguồn ghi "{statedName}"; bỏ qua mã này',
    en: 'new code {hit} is "{name}" but the row says "{statedName}"; code ignored',
  },
  new_code_other_province_and_name: {
    params: { hit: 'code', province: 'code', statedProvince: 'text', name: 'text', statedName: 'text' },
    vi: 'mã mới {hit} thuộc tỉnh mã {province} (dòng nguồn ghi {statedProvince}) và là "{name}" (dòng nguồn ghi "{statedName}"); bỏ qua mã này',
    en: 'new code {hit} lies in province {province} but the row says {statedProvince} and is "{name}" but the row says "{statedName}"; code ignored',
  },
  no_new_province: {
    params: {},
    vi: 'không xác định được tỉnh mới để tìm',
    en: 'no new province to search in',
  },
  new_name_missing_in_row: {
    params: {},
    vi: 'dòng nguồn không ghi tên đơn vị cấp xã mới',
    en: 'source row gives no new commune name',
  },
  searched_mapped_province: {
    params: { stated: 'code', mapped: 'code' },
    vi: 'dòng nguồn ghi tỉnh mới mã {stated}, đã tìm trong tỉnh mã {mapped} theo bảng chuyển đổi tỉnh',
    en: 'row names new province {stated}, searched the mapped province {mapped}',
  },
  new_found_by_name: {
    params: { name: 'text', place: 'place', found: 'code' },
    vi: 'tìm thấy đơn vị cấp xã mới "{name}" theo tên trong {place}, mã {found}',
    en: 'new commune "{name}" found by name in {place} as {found}',
  },
  new_name_ambiguous: {
    params: { name: 'text', place: 'place', candidates: 'units' },
    vi: 'tên mới "{name}" ứng với nhiều đơn vị trong {place}: {candidates}',
    en: 'new name "{name}" is ambiguous in {place}: {candidates}',
  },
  new_name_missing: {
    params: { name: 'text', place: 'place' },
    vi: 'không có đơn vị cấp xã mới nào tên "{name}" trong {place}',
    en: 'no new commune named "{name}" in {place}',
  },
  crosses_province_map: {
    params: { old: 'code', oldProvince: 'code', mappedProvince: 'code', new: 'code', newProvince: 'code' },
    vi: 'trái với bảng chuyển đổi tỉnh: mã cũ {old} (tỉnh mã {oldProvince} → {mappedProvince}) trỏ tới mã {new} thuộc tỉnh mã {newProvince}',
    en: 'crosses the province map: old {old} (province {oldProvince} → {mappedProvince}) points to {new} in province {newProvince}',
  },
  no_source_row: {
    params: { old: 'unit' },
    vi: 'nguồn không có dòng chuyển đổi nào cho {old}',
    en: 'no mapping row in source for {old}',
  },
  same_name_in_new_province: {
    params: { province: 'code', candidates: 'units' },
    vi: 'tỉnh mới mã {province} có đơn vị cùng tên: {candidates}',
    en: 'same name in new province {province}: {candidates}',
  },
  province_merged_whole: {
    params: {},
    vi: 'cả tỉnh hợp nhất nguyên vẹn vào tỉnh mới (Nghị quyết 202/2025/QH15)',
    en: 'province merged whole (NQ 202/2025/QH15)',
  },
} as const satisfies Record<string, PhraseSpec>;

type Phrases = typeof MAPPING_NOTE_PHRASES;
export type MappingNoteCode = keyof Phrases;
export const MAPPING_NOTE_CODES = Object.keys(MAPPING_NOTE_PHRASES) as MappingNoteCode[];

/** One phrase: its code and its parameters. */
export type MappingNotePhrase = {
  [C in MappingNoteCode]: { code: C } & {
    -readonly [P in keyof Phrases[C]['params']]: NoteParamType[Phrases[C]['params'][P] & NoteParamKind];
  };
}[MappingNoteCode];

/** A note of the reconciler: its phrases in order. */
export type MappingNote = MappingNotePhrase[];

/** The parameter kinds of a phrase, for checking and for the API schema. */
export function phraseParams(code: MappingNoteCode): Readonly<Record<string, NoteParamKind>> {
  return MAPPING_NOTE_PHRASES[code].params;
}

const SEPARATOR = '; ';

/** "01234 Xã A" in English as the notes always wrote it; "Xã A (01234)" in Vietnamese, as the pages show units. */
function unitText(u: NoteUnit, lang: Lang): string {
  if (!u.name) return u.code;
  return lang === 'vi' ? `${u.name} (${u.code})` : `${u.code} ${u.name}`;
}

function unitsText(units: readonly NoteUnit[], lang: Lang): string {
  return units.map((u) => unitText(u, lang)).join(', ');
}

function placeText(p: NotePlace, lang: Lang): string {
  const vi = lang === 'vi';
  switch (p.kind) {
    case 'district':
      return vi ? unitText(p.district, lang) : `district ${unitText(p.district, lang)}`;
    case 'districts_named':
      return vi ? `các đơn vị cấp huyện tên "${p.name}"` : `the districts named "${p.name}"`;
    case 'province': {
      const codes = p.provinces.join(', ') || (vi ? '(không xác định)' : '(none)');
      if (p.absentFrom.length === 0) return vi ? `tỉnh cũ mã ${codes}` : `province ${codes}`;
      const absent = unitsText(p.absentFrom, lang);
      return vi
        ? `tỉnh cũ mã ${codes} (không có trong ${absent})`
        : `province ${codes} (absent from district ${absent})`;
    }
    case 'new_province':
      return vi ? `tỉnh mới ${unitText(p.province, lang)}` : `new province ${unitText(p.province, lang)}`;
  }
}

function paramText(kind: NoteParamKind, value: unknown, lang: Lang): string {
  switch (kind) {
    case 'text':
    case 'code':
      return String(value);
    case 'count':
      return String(value);
    case 'unit':
      return unitText(value as NoteUnit, lang);
    case 'units':
      return unitsText(value as NoteUnit[], lang);
    case 'place':
      return placeText(value as NotePlace, lang);
  }
}

/** One phrase in a language; a code this version does not know is shown as it is (never happens with shipped data). */
export function renderMappingPhrase(phrase: MappingNotePhrase, lang: Lang): string {
  const spec = (MAPPING_NOTE_PHRASES as Record<string, PhraseSpec | undefined>)[phrase.code];
  if (!spec) return phrase.code;
  const values = phrase as unknown as Record<string, unknown>;
  return spec[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const kind = spec.params[name];
    return kind && values[name] !== undefined ? paramText(kind, values[name], lang) : whole;
  });
}

/** A whole note in a language, its phrases joined as the reconciler always joined them. */
export function renderMappingNote(note: readonly MappingNotePhrase[], lang: Lang): string {
  return note.map((p) => renderMappingPhrase(p, lang)).join(SEPARATOR);
}

/** What a note is searched by: its Vietnamese and its English words. */
export function mappingNoteSearchText(note: readonly MappingNotePhrase[]): string {
  return `${renderMappingNote(note, 'vi')}\n${renderMappingNote(note, 'en')}`;
}
