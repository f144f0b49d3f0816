// The administrative-unit pages as a reader sees them, in Vietnamese and in English:
// levels, types and confidences as words (never their ids), the old→new map's notes
// in the reader's language, dates as the reader writes them, and no header or label
// left in the other language. Rows are built from the shipped files, as the API
// returns them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderMappingNote, type MappingNote } from '../../src/shared/mapping-notes.ts';
import { V } from '../../src/shared/vocabulary.ts';
import { MappingsTable, UnitsTable } from '../../src/web/features/admin-units/admin-units-tables.tsx';
import type { AdminUnit, Mapping } from '../../src/web/features/admin-units/api.ts';
import { I18nProvider } from '../../src/web/lib/i18n.tsx';
import { englishNoteWordsIn } from '../support/english-words.ts';

type Lang = 'vi' | 'en';
type UnitTuple = [string, AdminUnit['level'], string, string, string | null];
const resource = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../resources/admin-units/${name}`, import.meta.url), 'utf8'));

function unitsOf(versionId: string): Map<string, AdminUnit> {
  const file = resource(`${versionId}.json`) as { units: UnitTuple[] };
  return new Map(
    file.units.map(([code, level, type, name, parent]) => [
      code,
      {
        id: `${versionId}:${code}`,
        versionId,
        code,
        level,
        type,
        name,
        parentId: parent ? `${versionId}:${parent}` : null,
        provinceId: '',
        former: null,
      },
    ]),
  );
}
const oldUnits = unitsOf('vn-3tier');
const newUnits = unitsOf('vn-2tier-2025');
const map = resource('map-vn-3tier-to-vn-2tier-2025.json') as {
  communes: [string | null, string | null, Mapping['confidence'], 0 | 1, MappingNote][];
};

/** One row of each phrase combination the map has, as the API sends them, plus a row an officer settled. */
function mappingRows(): Mapping[] {
  const seen = new Set<string>();
  const rows: Mapping[] = [];
  for (const [o, n, confidence, partial, note] of map.communes) {
    const shape = note.map((p) => p.code).join('+');
    if (seen.has(shape)) continue;
    seen.add(shape);
    rows.push({
      id: rows.length + 1,
      level: 'commune',
      oldUnit: o ? (oldUnits.get(o) ?? null) : null,
      newUnit: n ? (newUnits.get(n) ?? null) : null,
      confidence,
      partial: partial === 1,
      note: renderMappingNote(note, 'en'),
      notePhrases: note,
      settledAt: null,
      actions: ['view', 'settle'],
    });
  }
  rows.push({
    id: rows.length + 1,
    level: 'commune',
    oldUnit: oldUnits.get('03898') ?? null,
    newUnit: newUnits.get('03910') ?? null,
    confidence: 'manual',
    partial: false,
    note: 'Thị trấn Phù Yên nhập vào Xã Phù Yên',
    notePhrases: null,
    settledAt: '2026-03-05T03:00:00.000Z',
    actions: ['view', 'settle'],
  });
  return rows;
}

function render(lang: Lang, element: ReactElement): string {
  (globalThis as { localStorage?: unknown }).localStorage = { getItem: () => lang, setItem: () => {} };
  return renderToStaticMarkup(createElement(I18nProvider, null, element));
}

/** What a reader sees: text and the words of labels, without markup or data attributes. */
function visible(html: string): { text: string; labels: string[]; headers: string[] } {
  const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
  const headers = [...html.matchAll(/<th\s[^>]*>(.*?)<\/th>/g)].map((m) => m[1]);
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
  return { text, labels, headers };
}

/**
 * Ids of the vocabularies these pages show, if one appears as a word of the page.
 * In English the level ids are ordinary words of the notes ("province 79"), so
 * only the ids that are no English word are looked for there.
 */
function rawIdsIn(text: string, lang: Lang): string[] {
  const ids = new Set<string>([
    ...(lang === 'vi' ? V.unitLevel.ids : []),
    ...V.unitType.ids,
    ...V.mappingConfidence.ids,
  ]);
  return text.split(/[^\p{L}\p{N}_]+/u).filter((w) => ids.has(w));
}

const listProps = { caption: 'x', loading: false, page: 1, total: 1, onPage: () => {} };

afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('the mapping page in the reader’s language', () => {
  const rows = mappingRows();

  it('has rows of every kind of note the map holds (the check below sees them all)', () => {
    assert.ok(rows.length > 30, `${rows.length} rows`);
    assert.ok(rows.some((r) => r.partial) && rows.some((r) => r.confidence === 'unresolved'));
  });

  it('in Vietnamese: no English prose, no raw ids, Vietnamese labels and dates', () => {
    const html = render('vi', createElement(MappingsTable, { ...listProps, rows, onSettle: () => {} }));
    const { text, labels, headers } = visible(html);
    assert.deepEqual(englishNoteWordsIn(text), []);
    assert.deepEqual(englishNoteWordsIn(labels.join(' ')), []);
    assert.deepEqual(rawIdsIn(text, 'vi'), []);
    assert.ok(text.includes('Chưa xác định') && text.includes('Một phần (xã cũ bị chia tách)'));
    assert.ok(text.includes('cả hai mã khớp đúng như nguồn ghi'));
    assert.ok(text.includes('05/03/2026'), 'the settlement date as dd/mm/yyyy');
    assert.ok(text.includes('Thị trấn Phù Yên nhập vào Xã Phù Yên'), 'a typed note as typed');
    assert.ok(labels.includes('Xác định đơn vị kế thừa của Thị trấn Phù Yên (03898)'));
    assert.deepEqual(headers, [
      'Đơn vị cũ',
      'Đơn vị mới',
      'Độ tin cậy',
      'Ghi chú',
      'Ngày xác định',
      'Thao tác',
    ]);
  });

  it('in English: the notes in English words, English labels and dates', () => {
    const html = render('en', createElement(MappingsTable, { ...listProps, rows, onSettle: () => {} }));
    const { text, labels, headers } = visible(html);
    assert.ok(text.includes('codes as given') && text.includes('Part of a split commune'));
    assert.ok(!text.includes('cả hai mã khớp') && !text.includes('Một phần'));
    assert.ok(text.includes('5 Mar 2026'));
    assert.ok(labels.includes('Settle the successor of Thị trấn Phù Yên (03898)'));
    assert.deepEqual(headers, ['Old unit', 'New unit', 'Confidence', 'Note', 'Settled on', 'Actions']);
    // the confidence ids stay in data attributes for support, never in the text
    assert.ok(html.includes('data-id="unresolved"'));
    assert.deepEqual(rawIdsIn(text, 'en'), []);
  });
});

describe('the units page in the reader’s language', () => {
  const rows = [...oldUnits.values()].filter((u) => ['01', '001', '00001', '79', '764'].includes(u.code));

  it('shows levels and types as words in both languages, with the type header in each', () => {
    const vi = visible(render('vi', createElement(UnitsTable, { ...listProps, rows, onOpen: () => {} })));
    assert.deepEqual(vi.headers, ['Mã', 'Tên', 'Cấp', 'Loại đơn vị']);
    assert.deepEqual(rawIdsIn(vi.text, 'vi'), []);
    assert.ok(vi.text.includes('Thành phố trực thuộc trung ương') && vi.text.includes('Cấp tỉnh'));
    assert.ok(vi.labels.includes('Xem các đơn vị trực thuộc Quận Gò Vấp'));

    const en = visible(render('en', createElement(UnitsTable, { ...listProps, rows, onOpen: () => {} })));
    assert.deepEqual(en.headers, ['Code', 'Name', 'Level', 'Unit type']);
    assert.ok(en.text.includes('Centrally governed city') && en.text.includes('Province level'));
    assert.ok(!en.text.includes('thanh_pho_tw') && !en.headers.includes('Loại'));
    assert.ok(en.labels.includes('Show the units within Quận Gò Vấp'));
  });

  it('says of a former unit what took it in, and from when, in both languages', () => {
    const former = (
      resource('vn-3tier-former.json') as {
        units: {
          code: string;
          level: AdminUnit['level'];
          type: string;
          name: string;
          successorCode: string;
          retiredOn: string | null;
          retiredBy: string;
        }[];
      }
    ).units.map<AdminUnit>((u) => ({
      id: `vn-3tier:${u.code}`,
      versionId: 'vn-3tier',
      code: u.code,
      level: u.level,
      type: u.type,
      name: u.name,
      parentId: null,
      provinceId: '',
      former: {
        retiredOn: u.retiredOn,
        retiredBy: u.retiredBy,
        successorId: `vn-3tier:${u.successorCode}`,
        successorName: oldUnits.get(u.successorCode)?.name ?? '',
      },
    }));
    const vi = visible(
      render('vi', createElement(UnitsTable, { ...listProps, rows: former, onOpen: () => {} })),
    );
    assert.ok(vi.text.includes('Đã nhập vào Phường Long Hồ từ 01/01/2025'), vi.text);
    assert.ok(vi.text.includes('Đã nhập vào Thành phố Thanh Hóa'), vi.text);
    assert.deepEqual(rawIdsIn(vi.text, 'vi'), []);
    const en = visible(
      render('en', createElement(UnitsTable, { ...listProps, rows: former, onOpen: () => {} })),
    );
    assert.ok(en.text.includes('Merged into Phường Long Hồ on 1 Jan 2025'), en.text);
  });
});
