// What a reader on a slow phone or with a screen reader meets: the built app sent
// compressed and in pieces (a first view of the product list fetches its page's code,
// not the other areas'), one polite live region per page through which changes are
// said, stars as one image named in the reader's language, and the language switch
// on every public page.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { it } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { MIN_BYTES } from '../scripts/build/precompress.ts';
import { signIn } from './support/browser.ts';
import { liveServerAndBrowser } from './support/live.ts';
import { ROOT } from './support/server.ts';

const live = liveServerAndBrowser();

/** A GET whose body is left as sent (fetch would decode it). */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

const liveRegions = (page: Page) =>
  page.evaluate(() => ({
    live: document.querySelectorAll('[aria-live]').length,
    status: document.querySelectorAll('[role=status]').length,
  }));

it('the build leaves a Brotli and a gzip copy beside each script and style sheet, and the server sends them to who asks', async () => {
  const assets = join(ROOT, 'dist', 'web', 'assets');
  const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
  assert.ok(files.length > 10, 'the pages are split into chunks');
  for (const f of files) {
    if (statSync(join(assets, f)).size < MIN_BYTES) continue;
    assert.ok(existsSync(join(assets, `${f}.br`)) && existsSync(join(assets, `${f}.gz`)), f);
  }
  const html = (await rawGet(`${live.server.url}/`)).body.toString();
  const urls = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  // the early start runs as soon as it arrives (an async script) or, at the latest, first
  // in the entry; it waits for no other chunk (React least of all)
  const entry = readFileSync(
    join(ROOT, 'dist', 'web', /<script type="module" crossorigin src="\/([^"]+)"/.exec(html)![1]),
    'utf8',
  );
  const imported = [...entry.matchAll(/import\s*\{[^}]*\}\s*from\s*"\.\/([^"]+)"/g)].map((m) => m[1]);
  assert.match(
    imported.find((f) => !f.startsWith('rolldown-runtime')) ?? '',
    /^early-start-/,
    imported.join(' '),
  );
  const early = readFileSync(join(assets, imported.find((f) => f.startsWith('early-start'))!), 'utf8');
  assert.doesNotMatch(early, /(^|[;\s])import\s*[{*]?[^()]*?from\s*"/, 'the early start imports no chunk');
  assert.match(
    html,
    new RegExp(
      `<script type="module" async crossorigin src="/assets/${imported.find((f) => f.startsWith('early-start'))}">`,
    ),
  );
  assert.ok(urls.some((u) => u.endsWith('.css')) && urls.some((u) => /\/react-/.test(u)), urls.join(' '));
  for (const url of urls) {
    const plain = await rawGet(`${live.server.url}${url}`);
    const br = await rawGet(`${live.server.url}${url}`, { 'accept-encoding': 'gzip, deflate, br' });
    if (plain.body.length < MIN_BYTES) continue;
    assert.equal(plain.headers['content-encoding'], undefined, url);
    assert.equal(br.headers['content-encoding'], 'br', url);
    assert.equal(br.headers.vary, 'Accept-Encoding', url);
    assert.ok(brotliDecompressSync(br.body).equals(plain.body), url);
  }
});

it('a first view of the product list fetches the shell and the registry pages, compressed, and no other area’s code', async () => {
  const context = await live.browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await signIn(page, live.server.url, 'tinh.thanhhoa@demo.ocop.vn');
  // a phone with an empty cache and the same session, straight to the list
  const fresh = await live.browser.newContext({
    viewport: { width: 390, height: 844 },
    storageState: await context.storageState(),
  });
  const list = await fresh.newPage();
  const scripts: { path: string; encoding: string | undefined }[] = [];
  list.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    if (path.endsWith('.js')) scripts.push({ path, encoding: res.headers()['content-encoding'] });
  });
  await list.goto(`${live.server.url}/app/san-pham`);
  await list.locator('main [data-testid=card-list] > li').first().waitFor();
  const names = scripts.map((s) => s.path.replace(/^\/assets\/|-[\w-]{8}\.js$/g, ''));
  for (const needed of ['index', 'react', 'router', 'registry-pages'])
    assert.ok(names.includes(needed), needed);
  for (const other of [
    'registry-detail-pages',
    'self-assessment-page',
    'import-detail-page',
    'admin-units-pages',
    'audit-page',
    'users-page',
  ])
    assert.ok(!names.includes(other), `${other} is not fetched for the product list`);
  for (const s of scripts)
    if (statSync(join(ROOT, 'dist', 'web', s.path)).size >= MIN_BYTES)
      assert.match(s.encoding ?? '', /^(br|gzip)$/, `${s.path} compressed`);
  await fresh.close();
  await context.close();
});

it('a page has one polite live region: the self-assessment sheet says its prediction there, not in every card', async () => {
  const context = await live.browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${live.server.url}/dang-nhap`);
  await page.getByLabel('Email').waitFor();
  assert.deepEqual(await liveRegions(page), { live: 1, status: 1 }, 'the sign-in page');
  await signIn(page, live.server.url, 'htx.nemchua@demo.ocop.vn');
  await page.locator('[data-nav=selfAssessments]').click();
  // the demo draft (the sheets of dossiers already filed are final)
  await page
    .locator('main :is(tr, li)')
    .filter({ hasText: 'Bản nháp' })
    .locator('a[href^="/app/tu-danh-gia/"]')
    .first()
    .click();
  await page.getByTestId('score-summary').waitFor();
  await page.locator('fieldset[data-criterion]').first().waitFor();
  assert.deepEqual(await liveRegions(page), { live: 1, status: 1 }, 'the self-assessment sheet');
  // choosing an option changes the prediction, and the region says the new one
  const shownTotal = async () => /(\d+)\/100/.exec(await page.getByTestId('predicted-total').innerText())![1];
  const before = await shownTotal();
  const cards = page.locator('fieldset[data-criterion]');
  search: for (let c = 0; c < (await cards.count()); c++) {
    const radios = cards.nth(c).locator('input[type=radio]:not([disabled])');
    for (let i = 0; i < (await radios.count()); i++) {
      await radios.nth(i).check();
      if ((await shownTotal()) !== before) break search;
    }
  }
  const total = await shownTotal();
  assert.notEqual(total, before);
  await page
    .getByTestId('announcer')
    .filter({ hasText: new RegExp(`^Dự kiến: [^.]+ · Tổng điểm: ${total}/100(\\. Có thay đổi chưa lưu)?$`) })
    .waitFor();
  assert.deepEqual(await liveRegions(page), { live: 1, status: 1 }, 'after a change');
  await context.close();
});

it('stars are an image named in the reader’s language, and the public pages switch language', async () => {
  const context = await live.browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await signIn(page, live.server.url, 'tinh.thanhhoa@demo.ocop.vn');
  await page.locator('[data-nav=products]').click();
  const vi = page
    .locator('main table')
    .getByRole('img', { name: /^[345] sao$/ })
    .first();
  await vi.waitFor();
  assert.match((await vi.textContent()) ?? '', /^★{3,5}$/);
  await page.getByTestId('language-switch').click();
  await page
    .locator('main table')
    .getByRole('img', { name: /^[345] stars$/ })
    .first()
    .waitFor();
  await context.close();

  for (const path of ['/', '/dang-nhap', '/dang-ky']) {
    const visitor = await live.browser.newContext({ viewport: { width: 360, height: 740 } });
    const p = await visitor.newPage();
    await p.goto(`${live.server.url}${path}`);
    const toEnglish = p.getByRole('button', { name: 'Ngôn ngữ: Tiếng Việt — chuyển sang English' });
    await toEnglish.click();
    await p.getByRole('button', { name: 'Language: English — switch to Tiếng Việt' }).waitFor();
    assert.equal(await p.evaluate(() => document.documentElement.lang), 'en', path);
    await visitor.close();
  }
});
