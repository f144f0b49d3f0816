// Homes that show the work, tried as a new user would: a producer on a 390 px phone
// sees its products with their certificate state and the next step, and opens this
// year's sheet from there; a commune officer sees its counts and follows "waiting for
// confirmation" to the filtered list; the central officer sees the provinces.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { signIn } from './support/browser.ts';
import { liveServerAndBrowser } from './support/live.ts';

const live = liveServerAndBrowser();

it('a producer’s home lists its products with state and next step; the step leads to what completes the record', async () => {
  const context = await live.browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await signIn(page, live.server.url, 'htx.nemchua@demo.ocop.vn');
  await page.setViewportSize({ width: 390, height: 844 });
  const products = page.getByRole('heading', { name: /^Sản phẩm của bạn — / });
  await products.waitFor();
  // on a phone each product is a card: its name, stars, certificate and next step
  const main = page.locator('main');
  await main.locator('[data-id]').first().waitFor();
  const steps = await main
    .locator('[data-id]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  assert.ok(steps.length > 0);
  const text = await main.innerText();
  assert.match(text, /Việc tiếp theo/);
  assert.match(text, /Còn thiếu: ảnh sản phẩm/, 'the demo records lack only a photo');
  assert.doesNotMatch(text, /completeRecord|startSelfAssessment|renewalWindowClosed|productPhoto/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the home fits the phone (${width} px)`);

  // the step takes the producer to the product, where a photo completes the record
  const product = 'Nem chua Thanh Hóa';
  const card = main.locator('li, tr').filter({ has: page.getByRole('link', { name: product, exact: true }) });
  await card.getByRole('link', { name: 'Bổ sung hồ sơ' }).click();
  await page.getByRole('heading', { name: product }).waitFor();
  const sharp = (await import('sharp')).default;
  const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#b5452a' } })
    .png()
    .toBuffer();
  await page
    .getByLabel(/Thêm ảnh/)
    .setInputFiles({ name: 'nem-chua.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('img', { name: /Ảnh sản phẩm 640×480/ }).waitFor();

  // back home, the record is complete (its certificate is in force, 199 days left: nothing due yet,
  // or the re-evaluation once the window opens)
  await page.goto(`${live.server.url}/app`);
  const again = main
    .locator('li, tr')
    .filter({ has: page.getByRole('link', { name: product, exact: true }) });
  await again.locator('[data-id]').first().waitFor();
  const ids = await again
    .locator('[data-id]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  assert.ok(
    ids.includes('upToDate') || ids.includes('prepareRenewal'),
    `after the photo, the record is complete (${ids.join(', ')})`,
  );
  const other = main
    .locator('li, tr')
    .filter({ has: page.getByRole('link', { name: 'Chả tôm Thành Sen', exact: true }) });
  assert.match(await other.innerText(), /Đã qua thời hạn nộp hồ sơ đánh giá lại/);
  await context.close();
});

it('a commune officer’s home counts its work; "waiting for confirmation" opens the producers it has to confirm', async () => {
  const context = await live.browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await signIn(page, live.server.url, 'xa1.thanhhoa@demo.ocop.vn');
  const pending = page.getByTestId('tile-pending');
  await pending.waitFor();
  const waiting = Number(/(\d+)\s*$/.exec(await pending.innerText())![1]);
  assert.ok(waiting >= 1, 'the demo has a producer waiting in the commune');
  await page.getByTestId('tile-products').waitFor();
  await page.getByTestId('home-states').locator('li').first().waitFor();
  await pending.click();
  await page.waitForURL(/\/app\/chu-the\?status=pending$/);
  const rows = page.locator('main tbody tr');
  await rows.filter({ hasText: 'Chờ xác nhận' }).first().waitFor();
  assert.equal(await rows.count(), waiting, 'the list holds as many as the home counted');
  assert.match(await rows.first().innerText(), /Chờ xác nhận/);
  await context.close();
});

it('the central officer’s home has a row per province', async () => {
  const context = await live.browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await signIn(page, live.server.url, 'trunguong@demo.ocop.vn');
  const table = page.getByRole('table', { name: 'Theo tỉnh/thành phố' });
  await table.waitFor();
  assert.match(await table.innerText(), /Thanh Hóa/);
  await context.close();
});
