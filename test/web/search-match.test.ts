// A searched registry list says why each row is there and, when nothing is found,
// what was searched — in both languages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DataTable } from '../../src/web/components/ui/data-table.tsx';
import { Highlight, MatchNote, SearchEmpty } from '../../src/web/features/registry/search-match.tsx';
import { I18nProvider } from '../../src/web/lib/i18n.tsx';

const html = (el: ReactElement) => renderToStaticMarkup(el).replace(/<!-- -->/g, '');
const text = (el: ReactElement) => html(el).replace(/<[^>]+>/g, '');

describe('what matched', () => {
  it('marks the searched part of a name as written, accents and all', () => {
    assert.equal(
      html(createElement(Highlight, { text: 'Phường Hàm Rồng', q: 'ham rong' })),
      'Phường <mark class="rounded-sm bg-amber-100 text-inherit">Hàm Rồng</mark>',
    );
    assert.equal(html(createElement(Highlight, { text: 'Chè búp', q: 'ham rong' })), 'Chè búp');
    assert.equal(html(createElement(Highlight, { text: 'Chè búp', q: '' })), 'Chè búp');
  });

  it('a row found by its producer or its place says so; one found by its own name says nothing more', () => {
    const note = (lang: 'vi' | 'en', matchedBy: Parameters<typeof MatchNote>[0]['matchedBy']) =>
      text(createElement(MatchNote, { lang, matchedBy, shown: { province: 'Thanh Hóa' } }));
    assert.equal(note('vi', ['producer']), 'Khớp theo: Tên chủ thể');
    assert.equal(note('en', ['producer']), 'Matched by: Producer name');
    assert.equal(note('vi', ['commune', 'province']), 'Khớp theo: Xã/phường; Tỉnh/thành “Thanh Hóa”');
    assert.equal(note('en', ['province']), 'Matched by: Province “Thanh Hóa”');
    assert.equal(note('vi', ['recordedIn']), 'Khớp theo: Đơn vị ghi nhận trước sắp xếp');
    assert.equal(note('vi', ['name', 'producer']), '', 'its own name matched');
    assert.equal(note('vi', undefined), '', 'not a search');
    assert.equal(note('vi', []), '');
  });

  it('an empty search result names what was searched, and the other filters when there are some', () => {
    const empty = (lang: 'vi' | 'en', kind: 'products' | 'producers', otherFilters = false) =>
      text(createElement(SearchEmpty, { lang, kind, q: ' ham rong ', otherFilters }));
    assert.equal(
      empty('vi', 'products'),
      'Không có sản phẩm nào có tên, tên chủ thể, xã/phường hoặc tỉnh/thành chứa “ham rong” (không phân biệt dấu).',
    );
    assert.equal(
      empty('en', 'producers', true),
      'No producer whose name, commune or province contains “ham rong” (accents ignored). Other filters are applied as well.',
    );
  });

  it('the table shows the given empty state instead of the generic one', () => {
    const table = (empty?: ReactElement) =>
      text(
        createElement(
          I18nProvider,
          null,
          createElement(DataTable<{ id: number }>, {
            caption: 'Sản phẩm',
            columns: [],
            rows: [],
            loading: false,
            page: 1,
            pageSize: 20,
            total: 0,
            onPage: () => {},
            empty,
          }),
        ),
      );
    const searched = createElement(SearchEmpty, {
      lang: 'vi',
      kind: 'products',
      q: 'ham rong',
      otherFilters: false,
    });
    assert.match(table(searched), /chứa “ham rong”/);
    assert.doesNotMatch(table(searched), /Không có dữ liệu phù hợp/);
    assert.match(table(), /Không có dữ liệu phù hợp/);
  });
});
