// The audit page in both languages: objects by name and type in words (linked to
// their page, or said to be gone), what each row changed, times in Vietnam time
// whatever the machine's zone, an empty state, and the chain's verification in words.
import assert from 'node:assert/strict';
// a machine far from Vietnam: what the page shows must not depend on it
process.env.TZ = 'America/Los_Angeles';
import { describe, it } from 'node:test';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import type { AuditLogPage, VerifyReport } from '../../src/web/features/audit/api.ts';
import { AuditTable } from '../../src/web/features/audit/audit-page.tsx';
import { VerifyResult } from '../../src/web/features/audit/verify-result.tsx';
import { I18nProvider } from '../../src/web/lib/i18n.tsx';

const PRODUCT = '3f2a6c1e-0000-4000-8000-000000000001';
type Item = AuditLogPage['items'][number];
const item = (over: Partial<Item>): Item => ({
  id: 1,
  at: '2026-06-19T17:05:00.000Z',
  actorLabel: 'xa1.thanhhoa@demo.ocop.vn',
  ip: null,
  action: 'product.updated',
  label: { vi: 'Sửa thông tin sản phẩm', en: 'Changed the product' },
  summary: '',
  before: null,
  after: null,
  changes: [],
  objectType: 'product',
  objectId: PRODUCT,
  objectName: 'Nem chua Thành Sen',
  objectExists: true,
  ...over,
});

/** Renders inside the i18n provider and a router (links need one), in a language. */
async function render(lang: 'vi' | 'en', node: () => ReactNode): Promise<string> {
  (globalThis as { localStorage?: unknown }).localStorage = { getItem: () => lang, setItem: () => {} };
  const router = createRouter({
    routeTree: createRootRoute({ component: () => createElement(I18nProvider, null, node()) }),
    history: createMemoryHistory({ initialEntries: ['/app/nhat-ky'] }),
  });
  await router.load();
  return renderToStaticMarkup(createElement(RouterProvider, { router })).replace(/<!-- -->/g, '');
}
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const table = (page: AuditLogPage | undefined) => () =>
  createElement(AuditTable, { page, loading: false, first: true, onNewest() {}, onOlder() {} });

describe('the audit log page', () => {
  const page: AuditLogPage = {
    nextBefore: null,
    items: [
      item({
        id: 3,
        changes: [
          {
            field: 'ipStatus',
            label: { vi: 'Sở hữu trí tuệ', en: 'Intellectual property' },
            before: { vi: 'Chưa đăng ký', en: 'None' },
            after: { vi: 'Đã nộp đơn', en: 'Application filed' },
            personal: false,
          },
        ],
      }),
      item({
        id: 2,
        objectId: '3f2a6c1e-0000-4000-8000-000000000002',
        objectName: null,
        objectExists: false,
      }),
      item({
        id: 1,
        action: 'admin_unit_mapping.settled',
        label: { vi: 'Xác định đơn vị kế thừa', en: 'Settled the successor unit' },
        objectType: 'admin_unit_mapping',
        objectId: '812',
        objectName: 'Thị trấn Phù Yên, Tỉnh Sơn La',
      }),
    ],
  };

  it('names objects and their type in words, links those with a page, and never shows their ids', async () => {
    const html = await render('vi', table(page));
    assert.match(html, new RegExp(`<a [^>]*href="/app/san-pham/${PRODUCT}"[^>]*>Nem chua Thành Sen</a>`));
    assert.match(text(html), /Ánh xạ xã cũ → mới Thị trấn Phù Yên, Tỉnh Sơn La/);
    assert.doesNotMatch(html, /<a [^>]*>Thị trấn Phù Yên/, 'a mapping has no page of its own');
    assert.match(text(html), /Sản phẩm \(không còn tồn tại\)/);
    assert.doesNotMatch(
      text(html),
      /3f2a6c1e|admin_unit_mapping|\bproduct\b/,
      'no id or type code in the text',
    );
    assert.match(text(html), /Sở hữu trí tuệ : Chưa đăng ký → Đã nộp đơn/);
    const en = text(await render('en', table(page)));
    assert.match(en, /Old → new commune mapping Thị trấn Phù Yên/);
    assert.match(en, /\(no longer exists\)/);
    assert.match(en, /Intellectual property : None → Application filed/);
    assert.match(en, /No\. Time Actor Action Object/);
  });

  it('shows times in Vietnam time, whatever the machine’s time zone', async () => {
    const html = await render('vi', table(page));
    // 17:05 UTC on 19 June is 00:05 on 20 June in Vietnam
    assert.match(html, /<time dateTime="2026-06-19T17:05:00.000Z">00:05 20\/06\/2026<\/time>/);
    assert.match(await render('en', table(page)), />20 Jun 2026, 00:05</);
  });

  it('says so when the log is empty', async () => {
    assert.match(
      text(await render('vi', table({ items: [], nextBefore: null }))),
      /Nhật ký chưa có dòng nào\./,
    );
    assert.match(
      text(await render('en', table({ items: [], nextBefore: null }))),
      /The audit log has no rows yet\./,
    );
  });
});

describe('the verification of the chain', () => {
  const intact: VerifyReport = {
    ok: true,
    rows: 1234,
    lastId: 1234,
    checkpoints: 1,
    redacted: 0,
    hashesChecked: true,
    problems: [],
  };
  const broken: VerifyReport = {
    ...intact,
    ok: false,
    problems: [
      { id: 12, kind: 'hash_mismatch', message: 'row content does not match its hash' },
      { id: null, kind: 'checkpoint_bad_signature', message: 'cp-1.json: bad signature' },
    ],
  };

  it('says the chain is intact, in each language with its number format', async () => {
    assert.match(
      text(await render('vi', () => createElement(VerifyResult, { report: intact }))),
      /Chuỗi nhật ký toàn vẹn: đã kiểm tra 1\.234 dòng và 1 điểm kiểm tra đã ký\./,
    );
    assert.match(
      text(await render('en', () => createElement(VerifyResult, { report: intact }))),
      /The chain is intact: 1,234 rows and 1 signed checkpoint checked\./,
    );
  });

  it('names each problem in words; the English detail only on the English page', async () => {
    const vi = text(await render('vi', () => createElement(VerifyResult, { report: broken })));
    assert.match(vi, /Chuỗi nhật ký có 2 vấn đề:/);
    assert.match(vi, /Nội dung dòng không khớp với mã băm của nó \(dòng đã bị sửa\) \(dòng 12\)/);
    assert.match(vi, /Điểm kiểm tra không đọc được hoặc chữ ký không hợp lệ/);
    assert.doesNotMatch(vi, /does not match|hash_mismatch/);
    const en = text(await render('en', () => createElement(VerifyResult, { report: broken })));
    assert.match(en, /The chain has 2 problems:/);
    assert.match(en, /\(row 12\) — row content does not match its hash/);
  });
});
