// Life after certification in Chromium, as a new user meets it: a producer on a phone
// reads its notices from the bell, marks them read and opens the re-evaluation of a
// certificate in its window; a province officer reads the expiry radar (groups, list,
// spreadsheet, indicators) on a phone and a desk, and revokes a certificate from the
// product page with the signed decision; the product's public address says so at once.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './support/browser.ts';
import { liveServerAndBrowser } from './support/live.ts';

const live = liveServerAndBrowser();

/** Signs in through the login page; on a phone the navigation stays folded in the menu. */
async function signIn(page: Page, email: string) {
  await page.goto(`${live.server.url}/dang-nhap`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('main-nav').waitFor({ state: 'attached' });
}

const unreadOfBell = async (page: Page) =>
  Number(await page.getByTestId('notice-bell').getAttribute('data-unread'));

it('a producer reads its notices from the bell, marks them read, and files a re-evaluation in its window', async () => {
  const context = await live.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'htx.nemchua@demo.ocop.vn');
  const bell = page.getByTestId('notice-bell');
  await page.locator('[data-testid=notice-bell]:not([data-unread="0"])').waitFor();
  const unread = await unreadOfBell(page);
  assert.match((await bell.getAttribute('aria-label')) ?? '', new RegExp(`${unread} chưa đọc`));
  await bell.click();
  await page.getByRole('heading', { name: 'Thông báo', level: 1 }).waitFor();
  const first = page.locator('[data-notice][data-read=false]').first();
  await first.waitFor();
  // the body is behind a disclosure; the kind is said in words
  await first.getByText('Xem nội dung').click();
  await first.getByText('Thu gọn').waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /renewalWindowOpened|certificateExpired/);
  await first.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
  await page.locator(`[data-testid=notice-bell][data-unread="${unread - 1}"]`).waitFor();
  await page.getByRole('button', { name: 'Chưa đọc', exact: true }).click();
  await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
  await page.getByTestId('unread-count').filter({ hasText: 'Không có thông báo chưa đọc' }).waitFor();
  await page.locator('[data-testid=notice-bell][data-unread="0"]').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the inbox fits the phone (${width} px)`);

  // a certificate in its renewal window: the last day to file, and the button that opens the dossier
  await page.goto(`${live.server.url}/app/san-pham`);
  await page.getByRole('link', { name: 'Nem nướng Thành Sen' }).first().click();
  const note = page.locator('[data-renewal=open]');
  await note.waitFor();
  assert.match(await note.innerText(), /nộp hồ sơ đến hết ngày \d{2}\/\d{2}\/\d{4}/);
  await note.getByRole('button', { name: 'Nộp hồ sơ đánh giá lại' }).click();
  await page.waitForURL(/\/app\/ho-so\/[0-9a-f-]{36}$/);
  await context.close();
});

it('a province officer reads the radar on a phone and a desk, with its list, spreadsheet and indicators', async () => {
  const context = await live.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'tinh.thanhhoa@demo.ocop.vn');
  // the home's card leads to the radar
  await page.getByTestId('home-radar').waitFor();
  await page.getByRole('link', { name: 'Mở trang rà soát hiệu lực' }).click();
  await page.getByRole('heading', { name: 'Rà soát hiệu lực giấy chứng nhận' }).waitFor();
  const windowOpen = page.locator('[data-group=windowOpen]');
  // the counts have come when the day they are of is said
  await page.getByText(/^Số liệu ngày \d{2}\/\d{2}\/\d{4}$/).waitFor();
  const total = Number(await page.getByTestId('radar-total-windowOpen').innerText());
  assert.ok(total > 0, 'the demo has certificates in their window');
  await windowOpen.click();
  assert.equal(await windowOpen.getAttribute('aria-pressed'), 'true');
  const list = page.locator('section[aria-labelledby=radar-list]');
  await list.locator('[data-testid=data-table][aria-busy=false] a[href^="/app/san-pham/"]').first().waitFor();
  assert.match(await list.innerText(), /còn \d+ ngày/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the radar fits the phone (${width} px)`);

  const href = await page.getByTestId('radar-export').getAttribute('href');
  assert.equal(href, '/api/lifecycle/radar/export?group=windowOpen');
  const sheet = await page.request.get(`${live.server.url}${href}`);
  assert.equal(sheet.status(), 200);
  assert.match(sheet.headers()['content-type'] ?? '', /spreadsheetml/);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('heading', { name: 'Chỉ số sau chứng nhận' }).waitFor();
  await page.getByTestId('chart-survival').locator('li').first().waitFor();
  assert.match(
    await page.getByTestId('chart-survival').innerText(),
    /Công nhận năm \d{4}: \d+\/\d+ còn hiệu lực/,
  );
  await context.close();
});

it('a province officer revokes a certificate in force with the signed decision', async () => {
  const context = await live.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, 'tinh.thanhhoa@demo.ocop.vn');
  await page.goto(`${live.server.url}/app/san-pham`);
  await page.getByRole('link', { name: 'Nem chua Thanh Hóa' }).first().click();
  await page.getByTestId('revoke-open').click();
  const open = page.getByRole('form', { name: 'Mở hồ sơ thu hồi' });
  await open.getByLabel('Căn cứ thu hồi').selectOption('markMisuse');
  await open.getByLabel('Số, ký hiệu văn bản kết luận').fill('Biên bản kiểm tra số 12/BB-KT');
  const today = await page.evaluate(() =>
    new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }),
  );
  await open.getByLabel('Ngày kết luận').fill(today);
  await open.getByLabel('Cơ quan kết luận').fill('Sở Nông nghiệp và Môi trường Thanh Hóa');
  await open.getByRole('button', { name: 'Mở hồ sơ thu hồi' }).click();
  await page.locator('[data-revocation=open]').waitFor();
  assert.match(await page.getByTestId('revocation-due').innerText(), /^\d{2}\/\d{2}\/\d{4}$/);

  const decide = page.getByRole('form', { name: 'Tải lên quyết định thu hồi đã ký' });
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  await decide.getByLabel('Tệp quyết định đã ký (PDF, tối đa 20 MB)').setInputFiles({
    name: 'quyet-dinh-thu-hoi.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  });
  // a 4★ recognition is the provincial chair's: the minister's suffix is refused in words
  await decide.getByLabel('Số quyết định').fill('45/QĐ-BNNMT');
  await decide.getByRole('button', { name: 'Tải lên quyết định thu hồi đã ký' }).click();
  await decide.locator('[data-error=DECISION_NUMBER_INVALID]').waitFor();
  await decide.getByLabel('Số quyết định').fill('45/QĐ-UBND');
  await decide.getByRole('button', { name: 'Tải lên quyết định thu hồi đã ký' }).click();
  const decided = page.locator('[data-revocation=decided]');
  await decided.waitFor();
  assert.match(await decided.innerText(), /Số 45\/QĐ-UBND, ký ngày/);
  await page.locator('[data-state=revoked]').waitFor();
  const signed = await decided.getByRole('link', { name: /Mở bản đã ký/ }).getAttribute('href');
  const file = await page.request.get(`${live.server.url}${signed}`);
  assert.equal(file.status(), 200);
  assert.equal(file.headers()['content-type'], 'application/pdf');
  // the product's public address says so at once, to anyone
  const productId = new URL(page.url()).pathname.split('/').pop();
  const record = await page.request.get(`${live.server.url}/api/products/${productId}`);
  const { publicId } = (await record.json()) as { publicId: string };
  const visitor = await live.browser.newContext({ viewport: { width: 360, height: 800 } });
  const pub = await visitor.newPage();
  await pub.goto(`${live.server.url}/sp/${publicId}`);
  assert.match(
    await pub.locator('main, body').first().innerText(),
    /Đã bị thu hồi theo Quyết định số 45\/QĐ-UBND ngày \d{2}\/\d{2}\/\d{4}; sản phẩm không còn được dùng nhãn OCOP\./,
  );
  await visitor.close();
  await context.close();
});
