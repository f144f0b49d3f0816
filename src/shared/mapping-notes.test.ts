// The notes of the shipped old→new map read in both languages: every phrase the map
// file uses has its words, every parameter is filled in, and the Vietnamese words
// carry no English. The English words are the ones the reconciler always wrote.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ENGLISH_NOTE_WORDS, englishNoteWordsIn } from '../../test/support/english-words.ts';
import { mappingNotePhraseSchema } from './contracts/admin-unit-notes.ts';
import {
  MAPPING_NOTE_CODES,
  mappingNoteSearchText,
  phraseParams,
  renderMappingNote,
  renderMappingPhrase,
  type MappingNote,
  type MappingNotePhrase,
  type NoteParamKind,
  type NotePlace,
} from './mapping-notes.ts';

const MAP_FILE = new URL('../../resources/admin-units/map-vn-3tier-to-vn-2tier-2025.json', import.meta.url);
const map = JSON.parse(readFileSync(MAP_FILE, 'utf8')) as {
  communes: [string | null, string | null, string, 0 | 1, MappingNote][];
};
const notes = map.communes.map((row) => row[4]);
const LEFTOVER = /\{\w+\}/;

const SAMPLE_UNIT = { code: '27349', name: 'Phường 13' };
const SAMPLE_PLACES: NotePlace[] = [
  { kind: 'district', district: { code: '764', name: 'Quận Gò Vấp' } },
  { kind: 'districts_named', name: 'Phong Điền' },
  { kind: 'province', provinces: ['79'], absentFrom: [{ code: '764', name: 'Quận Gò Vấp' }] },
  { kind: 'province', provinces: [], absentFrom: [] },
  { kind: 'new_province', province: { code: '01', name: 'Thành phố Hà Nội' } },
];
const sampleOf = (kind: NoteParamKind, place: NotePlace): unknown =>
  ({
    text: 'Phường Tân An',
    code: '07682',
    count: 3,
    unit: SAMPLE_UNIT,
    units: [SAMPLE_UNIT, { code: '26905', name: 'Phường 13' }],
    place,
  })[kind];

describe('mapping note phrases', () => {
  it('every note of the shipped map is a valid list of known phrases', () => {
    assert.equal(notes.length, 10763);
    const used = new Set<string>();
    for (const note of notes) {
      assert.ok(Array.isArray(note) && note.length > 0);
      for (const phrase of note) {
        assert.ok(mappingNotePhraseSchema.safeParse(phrase).success, JSON.stringify(phrase));
        assert.deepEqual(
          Object.keys(phrase)
            .filter((k) => k !== 'code')
            .sort(),
          Object.keys(phraseParams(phrase.code)).sort(),
          phrase.code,
        );
        used.add(phrase.code);
      }
    }
    // the reconciler's everyday phrases are all there (the file is not a stub)
    for (const code of [
      'codes_as_given',
      'stated_by_rows',
      'split_piece',
      'old_name_ambiguous',
      'new_found_by_name',
    ])
      assert.ok(used.has(code), code);
  });

  it('renders every phrase of the shipped map in both languages with every parameter filled in', () => {
    for (const note of notes) {
      for (const lang of ['vi', 'en'] as const) {
        const text = renderMappingNote(note, lang);
        assert.doesNotMatch(text, LEFTOVER, `${lang}: ${text}`);
        assert.doesNotMatch(text, /undefined|\[object/, `${lang}: ${text}`);
      }
    }
  });

  it('renders every phrase the table knows, for every kind of place, with no {parameter} left', () => {
    for (const code of MAPPING_NOTE_CODES) {
      for (const place of SAMPLE_PLACES) {
        const phrase = {
          code,
          ...Object.fromEntries(
            Object.entries(phraseParams(code)).map(([k, kind]) => [k, sampleOf(kind, place)]),
          ),
        } as MappingNotePhrase;
        assert.ok(mappingNotePhraseSchema.safeParse(phrase).success, code);
        for (const lang of ['vi', 'en'] as const) {
          const text = renderMappingPhrase(phrase, lang);
          assert.doesNotMatch(text, LEFTOVER, `${code} (${lang}): ${text}`);
          assert.notEqual(text, code);
        }
      }
    }
  });

  it('the Vietnamese words carry no English, and differ from the English ones', () => {
    assert.ok(
      ENGLISH_NOTE_WORDS.has('ambiguous') && ENGLISH_NOTE_WORDS.has('district'),
      'the word list is built',
    );
    for (const note of new Set(notes.map((n) => JSON.stringify(n)))) {
      const phrases = JSON.parse(note) as MappingNote;
      const vi = renderMappingNote(phrases, 'vi');
      assert.deepEqual(englishNoteWordsIn(vi), [], vi);
      assert.notEqual(vi, renderMappingNote(phrases, 'en'));
    }
    assert.deepEqual(englishNoteWordsIn(renderMappingNote([{ code: 'province_merged_whole' }], 'vi')), []);
  });

  it('words a note as the reconciler wrote it in English, and in Vietnamese with units as the pages show them', () => {
    const note: MappingNote = [
      {
        code: 'old_name_ambiguous',
        name: 'Phường 13',
        place: { kind: 'province', provinces: ['79'], absentFrom: [{ code: '764', name: 'Quận Gò Vấp' }] },
        candidates: [SAMPLE_UNIT, { code: '26905', name: 'Phường 13' }],
      },
      { code: 'stated_by_rows', n: 2 },
    ];
    assert.equal(
      renderMappingNote(note, 'en'),
      'old name "Phường 13" is ambiguous in province 79 (absent from district 764 Quận Gò Vấp): 27349 Phường 13, 26905 Phường 13; stated by 2 source rows',
    );
    assert.equal(
      renderMappingNote(note, 'vi'),
      'tên cũ "Phường 13" ứng với nhiều đơn vị trong tỉnh cũ mã 79 (không có trong Quận Gò Vấp (764)): Phường 13 (27349), Phường 13 (26905); 2 dòng nguồn cùng ghi cặp này',
    );
    const search = mappingNoteSearchText(note);
    assert.ok(search.includes('is ambiguous') && search.includes('ứng với nhiều đơn vị'));
  });

  it('shows a phrase this version does not know by its code rather than failing', () => {
    const unknown = { code: 'from_a_later_version' } as unknown as MappingNotePhrase;
    assert.equal(renderMappingPhrase(unknown, 'vi'), 'from_a_later_version');
  });
});
