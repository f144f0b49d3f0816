// The import screens say what every number counts, in both languages, and tell an
// error from a warning by an icon and a word, not by colour alone.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IssueLine, RowGaps, RowKind } from '../../src/web/features/imports/import-rows.tsx';
import type { ImportRowView } from '../../src/web/features/imports/api.ts';
import { IMPORT_FIELD_LABELS } from '../../src/shared/import-fields.ts';
import { DEFAULT_PRODUCER_FIELDS, DEFAULT_PRODUCT_FIELDS } from '../../src/domain/import/sheet/field-defs.ts';
import { ImportSteps } from '../../src/web/features/imports/import-steps.tsx';
import {
  countsSummary,
  createdSentence,
  matchedSentence,
  skippedSentence,
} from '../../src/web/features/imports/labels.ts';
import { I18nProvider } from '../../src/web/lib/i18n.tsx';

function render(lang: 'vi' | 'en', element: ReturnType<typeof createElement>) {
  // the language is read from localStorage, as in the browser
  (globalThis as { localStorage?: unknown }).localStorage = { getItem: () => lang, setItem: () => {} };
  return renderToStaticMarkup(createElement(I18nProvider, null, element)).replace(/<!-- -->/g, '');
}
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

const committed = {
  rows: 24,
  valid: 14,
  invalid: 4,
  review: 3,
  duplicate: 1,
  existingProducers: 2,
  existingProducts: 1,
  created: { producers: 6, products: 7, certificates: 1 },
};

describe('the results of an import, each number with its noun', () => {
  it('what a committed list of products created', () => {
    assert.equal(
      createdSentence(committed, 'products', 'vi'),
      'Đã tạo 6 chủ thể, 7 sản phẩm, 1 giấy chứng nhận',
    );
    assert.equal(
      createdSentence(committed, 'products', 'en'),
      'Created 6 producers, 7 products, 1 certificate',
    );
    assert.equal(createdSentence(committed, 'producers', 'en'), 'Created 6 producers');
  });

  it('what was already in the registry and what was not written, and why', () => {
    assert.equal(
      matchedSentence(committed, 'products', 'vi'),
      'Đã có trong sổ, không tạo lại: chủ thể của 2 dòng, sản phẩm của 1 dòng',
    );
    assert.equal(
      matchedSentence(committed, 'products', 'en'),
      'Already in the registry, not created again: the producer of 2 rows, the product of 1 row',
    );
    assert.equal(
      skippedSentence(committed, 'vi'),
      'Không ghi: 4 dòng có lỗi, 3 dòng chờ rà soát, 1 dòng trùng trong tệp',
    );
    assert.equal(
      skippedSentence(committed, 'en'),
      'Not written: 4 rows with errors, 3 rows awaiting review, 1 row repeated in the file',
    );
    assert.equal(skippedSentence({ rows: 2, valid: 2 }, 'vi'), null);
    assert.equal(matchedSentence({ rows: 2, valid: 2 }, 'products', 'vi'), null);
  });

  it('the short result of the list', () => {
    assert.equal(
      countsSummary(committed, 'products', 'committed', 'vi'),
      'Đã tạo 6 chủ thể, 7 sản phẩm, 1 giấy chứng nhận',
    );
    assert.equal(countsSummary(committed, 'products', 'validated', 'en'), '24 rows: 14 valid, 4 with errors');
    assert.equal(countsSummary({}, 'products', 'uploaded', 'vi'), '—');
  });
});

describe('errors and warnings of a row', () => {
  const line = (kind: 'error' | 'warning') =>
    createElement(IssueLine, { kind, field: 'stars', message: '“3-4” là hai hạng sao' });

  it('say "Lỗi" or "Cảnh báo" in words, beside an icon hidden from screen readers', () => {
    const error = render('vi', line('error'));
    const warning = render('vi', line('warning'));
    assert.equal(textOf(error), 'Lỗi: Hạng sao — “3-4” là hai hạng sao');
    assert.equal(textOf(warning), 'Cảnh báo: Hạng sao — “3-4” là hai hạng sao');
    for (const html of [error, warning]) assert.match(html, /<svg aria-hidden="true"/);
    // the two icons differ in shape, not only in colour
    assert.notEqual(/<svg[\s\S]*<\/svg>/.exec(error)?.[0], /<svg[\s\S]*<\/svg>/.exec(warning)?.[0]);
  });

  it('and "Error" or "Warning" in English', () => {
    assert.match(textOf(render('en', line('error'))), /^Error: Stars — /);
    assert.match(textOf(render('en', line('warning'))), /^Warning: Stars — /);
  });

  it('name every field an import fills in words, in both languages', () => {
    const keys = [...DEFAULT_PRODUCER_FIELDS, ...DEFAULT_PRODUCT_FIELDS].map((f) => f.key);
    for (const key of keys) {
      assert.ok(IMPORT_FIELD_LABELS[key], `no words for ${key}`);
      const first = [...DEFAULT_PRODUCER_FIELDS, ...DEFAULT_PRODUCT_FIELDS].find((f) => f.key === key)
        ?.synonyms[0];
      assert.equal(IMPORT_FIELD_LABELS[key].vi, first, key);
    }
  });
});

describe('what a row records and what it lacks', () => {
  const row = {
    rowNo: 12,
    values: {
      kind: 'proposalToCentre',
      evaluation: 'upgrade',
      gaps: ['producer', 'decisionDate'],
    },
  } as unknown as ImportRowView;

  it('the kind of the row and of its evaluation, in words', () => {
    assert.equal(
      textOf(render('vi', createElement(RowKind, { row }))),
      'Đề nghị trung ương xét 5 saoNâng hạng',
    );
    const en = textOf(render('en', createElement(RowKind, { row })));
    assert.doesNotMatch(en, /proposalToCentre|upgrade\b/);
  });

  it('the facts it lacks, listed as gaps to complete, named for assistive technology', () => {
    const html = render('vi', createElement(RowGaps, { row }));
    assert.match(html, /aria-label="Thông tin còn thiếu của dòng 12, ghi nhận để bổ sung sau"/);
    assert.equal(textOf(html), 'Thiếu chủ thểThiếu ngày quyết định');
    assert.equal(
      render('vi', createElement(RowGaps, { row: { ...row, values: { ...row.values, gaps: [] } } })),
      '',
    );
  });
});

describe('the step an import stands at', () => {
  it('an uploaded file waits at the mapping, said to assistive technology too', () => {
    const html = render('vi', createElement(ImportSteps, { status: 'uploaded' }));
    assert.match(html, /<li aria-current="step"[^>]*><span aria-hidden="true">2\. <\/span>Ghép cột<\/li>/);
    assert.match(textOf(html), /Tải tệp lên \(đã xong\)/);
  });
  it('a checked or failed file waits at the check; a cancelled one has no step', () => {
    assert.match(
      render('en', createElement(ImportSteps, { status: 'failed' })),
      /aria-current="step"[^>]*>.*Check and correct/,
    );
    assert.equal(render('vi', createElement(ImportSteps, { status: 'cancelled' })), '');
  });
});
