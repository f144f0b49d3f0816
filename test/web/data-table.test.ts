// The list footer says plainly when a total is an estimate (ADR 0010), in both
// languages, and keeps "next" open while pages come back full instead of trusting
// a page count computed from the estimate. Stars are one image named in the reader's
// language.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DataTable, Stars } from '../../src/web/components/ui/data-table.tsx';
import { I18nProvider } from '../../src/web/lib/i18n.tsx';

type Row = { id: number; name: string };
const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ id: i, name: `Sản phẩm ${i}` }));

function render(lang: 'vi' | 'en', props: Partial<Parameters<typeof DataTable<Row>>[0]>) {
  // the language is read from localStorage, as in the browser
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: () => lang,
    setItem: () => {},
  };
  const html = renderToStaticMarkup(
    createElement(
      I18nProvider,
      null,
      createElement(DataTable<Row>, {
        caption: 'Sản phẩm',
        columns: [{ key: 'name', header: 'Tên', cell: (r: Row) => r.name }],
        rows: rows(20),
        loading: false,
        page: 2,
        pageSize: 20,
        total: 45,
        onPage: () => {},
        ...props,
      }),
    ),
  );
  const footer = /<span data-testid="list-total"[^>]*>(.*?)<\/span>/.exec(html)?.[1].replace(/<!-- -->/g, '');
  const next = /<button[^>]*>(Sau|Next)<\/button>/.exec(html)?.[0] ?? '';
  return { footer, nextDisabled: next.includes('disabled=""') };
}

afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('list totals in the footer', () => {
  it('an exact total shows the count and the page count, as before', () => {
    const r = render('vi', { total: 45, totalExact: true });
    assert.equal(r.footer, 'Tổng số: 45 · Trang 2 trên 3');
    assert.equal(r.nextDisabled, false);
    assert.equal(render('vi', { total: 40 }).nextDisabled, true, 'page 2 of 2');
  });

  it('an estimated total says "more than" the counted limit and "about" the estimate, in Vietnamese', () => {
    const r = render('vi', { total: 20_187, totalExact: false, totalMoreThan: 10_000 });
    assert.equal(r.footer, 'Tổng số: hơn 10.000 (ước tính khoảng 20.187) · Trang 2');
  });

  it('and in English', () => {
    const r = render('en', { total: 20_187, totalExact: false, totalMoreThan: 10_000 });
    assert.equal(r.footer, 'Total: more than 10,000 (estimated at about 20,187) · Page 2');
  });

  it('with an estimate, "next" follows the rows: open while the page is full, closed after a short one', () => {
    // an estimate below the truth must not hide the pages after it
    const full = render('vi', { total: 40, totalExact: false, totalMoreThan: 30, rows: rows(20) });
    assert.equal(full.nextDisabled, false);
    const short = render('vi', { total: 20_187, totalExact: false, totalMoreThan: 10_000, rows: rows(7) });
    assert.equal(short.nextDisabled, true);
  });
});

describe('a list while it loads', () => {
  const html = (props: Partial<Parameters<typeof DataTable<Row>>[0]>) => {
    (globalThis as { localStorage?: unknown }).localStorage = { getItem: () => 'vi', setItem: () => {} };
    return renderToStaticMarkup(
      createElement(
        I18nProvider,
        null,
        createElement(DataTable<Row>, {
          caption: 'Sản phẩm',
          columns: [{ key: 'name', header: 'Tên', cell: (r: Row) => r.name }],
          rows: rows(3),
          loading: false,
          ...props,
        }),
      ),
    );
  };

  it('is marked busy, and keeps the last answer’s rows dimmed until the new one comes', () => {
    const loading = html({ loading: true });
    assert.match(
      loading,
      /data-testid="data-table"[^>]*aria-busy="true"|aria-busy="true"[^>]*data-testid="data-table"/,
    );
    assert.match(loading, /class="opacity-60[^"]*"/);
    assert.match(loading, /Sản phẩm 2/);
  });

  it('is not busy once answered, and its rows are not dimmed', () => {
    const settled = html({ loading: false });
    assert.match(settled, /aria-busy="false"/);
    assert.doesNotMatch(settled, /opacity-60/);
  });

  it('the first load, with no rows yet, says it is loading rather than dimming nothing', () => {
    const first = html({ loading: true, rows: undefined });
    assert.match(first, /aria-busy="true"/);
    assert.doesNotMatch(first, /opacity-60/);
    assert.match(first, /Đang tải/);
  });
});

describe('stars', () => {
  const stars = (lang: 'vi' | 'en', n: number | null, former = false) => {
    (globalThis as { localStorage?: unknown }).localStorage = { getItem: () => lang, setItem: () => {} };
    return renderToStaticMarkup(createElement(I18nProvider, null, createElement(Stars, { n, former })));
  };

  it('are one image named in Vietnamese, not five characters read one by one', () => {
    const html = stars('vi', 3);
    assert.match(html, /^<span role="img" aria-label="3 sao" title="3 sao"[^>]*>★★★<\/span>$/);
  });

  it('are named in English on the English page', () => {
    assert.match(stars('en', 4), /role="img" aria-label="4 stars"/);
    assert.match(stars('en', 1), /aria-label="1 star"/);
  });

  it('a lapsed certificate’s stars are said to be former, in either language', () => {
    assert.match(stars('vi', 3, true), /role="img" aria-label="trước đây 3 sao"/);
    assert.match(stars('en', 3, true), /role="img" aria-label="formerly 3 stars"/);
  });

  it('no stars show a dash, not an empty image', () => {
    assert.doesNotMatch(stars('vi', null), /role="img"/);
  });
});
