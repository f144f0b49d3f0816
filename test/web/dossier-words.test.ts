// The dossier screens say what a dossier lacks, where its commune deadline stands and
// why a move was refused in words, in both languages, never by a code: every gap the
// completeness rule can find, the days left or late, Mẫu 03's problems, round names.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { dossierGaps, type DossierContent } from '../../src/domain/dossiers/dossier-content.ts';
import { DeadlineCell } from '../../src/web/features/dossiers/deadline.tsx';
import { ErrorNote } from '../../src/web/features/dossiers/error-note.tsx';
import { gapText } from '../../src/web/features/dossiers/form-words.ts';
import { roundName } from '../../src/web/features/dossiers/labels.ts';
import { ApiError } from '../../src/web/lib/api-error.ts';
import { I18nProvider } from '../../src/web/lib/i18n.tsx';

function render(lang: 'vi' | 'en', element: ReturnType<typeof createElement>) {
  (globalThis as { localStorage?: unknown }).localStorage = { getItem: () => lang, setItem: () => {} };
  return renderToStaticMarkup(createElement(I18nProvider, null, element))
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

/** A dossier that lacks a little of everything, and holds an expired paper. */
const lacking: DossierContent = {
  productSetNo: 7,
  legalType: 'cooperative',
  form01: { representative: 'Trịnh Thị Hoa', title: '', phone: '', email: null, commitment: false },
  general: null,
  business: [],
  plan: { goals: '', markets: 'Hà Nội', investments: '' },
  selfAssessment: { id: 's', status: 'draft' },
  samples: { count: 3, handedOverOn: '2027-02-01', receivedBy: '' },
  papers: [{ kind: 'food_safety', number: '15/2023/ATTP', validUntil: '2027-01-31' }],
};
/** codes that are no word of either language ("papers" and "samples" are English words) */
const CODES = [
  'form01',
  'form02',
  'food_safety',
  'business_registration',
  'incomplete',
  'notFinal',
  'tooFewSamples',
];

describe('what a dossier lacks', () => {
  const gaps = dossierGaps(lacking, '2027-02-01');
  it('every gap named by its item and field, in each language, with no code left', () => {
    assert.ok(gaps.length >= 10, `${gaps.length} gaps`);
    for (const lang of ['vi', 'en'] as const)
      for (const g of gaps) {
        const words = gapText(g, lang);
        for (const code of CODES) assert.ok(!words.includes(code), `${lang}: "${words}" says ${code}`);
      }
    assert.equal(
      gapText({ item: 'form01', code: 'incomplete', field: 'title' }, 'vi'),
      'Phiếu đăng ký (Mẫu 01): chưa điền — Chức vụ',
    );
    assert.equal(
      gapText({ item: 'papers', code: 'expired', field: 'food_safety 15/2023/ATTP' }, 'en'),
      'Legal papers: a paper has expired — Food safety 15/2023/ATTP',
    );
  });

  it('a refused submission lists the gaps it was refused for', () => {
    const refusal = new ApiError(422, 'DOSSIER_INCOMPLETE', 'Hồ sơ còn thiếu 2 mục; bổ sung trước khi nộp', {
      gaps: [
        { item: 'form02.selfAssessment', code: 'notFinal' },
        { item: 'samples', code: 'tooFewSamples' },
      ],
    });
    const text = render('vi', createElement(ErrorNote, { error: refusal }));
    assert.match(text, /^Hồ sơ còn thiếu 2 mục/);
    assert.match(text, /Mẫu 02 — III\. Tự đánh giá: phiếu tự đánh giá chưa hoàn tất/);
    assert.match(text, /Mẫu sản phẩm: chưa đủ 5 mẫu sản phẩm/);
  });

  it("Mẫu 03's problems are said in words, not in the message's codes", () => {
    const refusal = new ApiError(422, 'FORM03_INCOMPLETE', 'Mẫu 03 chưa đủ: noteRequired: ideaOrigin', {
      problems: [
        { code: 'noteRequired', item: 'ideaOrigin' },
        { code: 'fieldMissing', field: 'signer' },
      ],
    });
    const vi = render('vi', createElement(ErrorNote, { error: refusal }));
    assert.equal(
      vi,
      'Chưa gửi được: Nguồn gốc ý tưởng sản phẩm: cần nhận xét vì không đạt Chưa điền: người ký',
    );
    const en = render('en', createElement(ErrorNote, { error: refusal }));
    assert.match(en, /Origin of the product idea: remarks needed when not met/);
    for (const text of [vi, en]) assert.doesNotMatch(text, /noteRequired|ideaOrigin|fieldMissing/);
  });
});

describe('the commune deadline', () => {
  const deadline = (over: object) => ({
    due: '2027-03-01',
    basis: 'QĐ 26/2026/QĐ-TTg, Điều 7',
    standing: 'open' as const,
    workingDaysLeft: 15,
    workingDaysLate: null,
    ...over,
  });
  it('the days left, due today or the days late while the commune holds the dossier', () => {
    assert.equal(
      render('vi', createElement(DeadlineCell, { deadline: deadline({}) })),
      'hạn 01/03/2027 còn 15 ngày làm việc',
    );
    assert.equal(
      render('en', createElement(DeadlineCell, { deadline: deadline({ workingDaysLeft: 1 }) })),
      'due 1 Mar 2027 1 working day left',
    );
    assert.equal(
      render(
        'vi',
        createElement(DeadlineCell, { deadline: deadline({ standing: 'dueToday', workingDaysLeft: null }) }),
      ),
      'hạn 01/03/2027 Hết hạn hôm nay',
    );
    const late = deadline({ standing: 'overdue', workingDaysLeft: null, workingDaysLate: 5 });
    assert.equal(
      render('vi', createElement(DeadlineCell, { deadline: late })),
      'hạn 01/03/2027 ⚠ quá hạn 5 ngày làm việc',
    );
    assert.equal(
      render('en', createElement(DeadlineCell, { deadline: late })),
      'due 1 Mar 2027 ⚠ 5 working days late',
    );
  });

  it('only the day once the commune has checked it, and a dash when there is none', () => {
    assert.equal(
      render('vi', createElement(DeadlineCell, { deadline: deadline({ workingDaysLeft: null }) })),
      'hạn 01/03/2027',
    );
    assert.equal(render('en', createElement(DeadlineCell, { deadline: null })), '—');
  });
});

describe('round names', () => {
  it('as the records name them in Vietnamese, and in English', () => {
    assert.equal(roundName({ no: 1, year: 2027, kind: 'regular' }, 'vi'), 'Đợt 1 năm 2027');
    assert.equal(roundName({ no: 3, year: 2027, kind: 'extra' }, 'en'), 'Round 3 of 2027 (extra)');
  });
});
