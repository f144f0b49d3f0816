// A provincial officer imports a messy list the way the province keeps it, checks
// the mapping and the errors, commits, finds a product typing without accents and
// exports the list; finds products by their producer or their commune; sees each
// product's certificate state and filters by it; a central officer sees provinces; a producer
// registers itself and sees only its own records and their history in words; the
// administrator reads the audit log and verifies it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { listSettled, signIn as signInAs } from './support/browser.ts';
import { liveServerAndBrowser } from './support/live.ts';
import { ROOT } from './support/server.ts';

const live = liveServerAndBrowser();

const signIn = (page: Page, email: string) => signInAs(page, live.server.url, email);

it('imports the Thanh Hóa list, shows the faulty rows, commits, finds and exports', async () => {
  const context = await live.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, 'tinh.thanhhoa@demo.ocop.vn');
  await page.locator('[data-nav=imports]').click();
  await page.getByLabel('Tệp .xlsx hoặc .csv').setInputFiles({
    name: 'thanh-hoa-2023.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync(`${ROOT}test/fixtures/imports/thanh-hoa-2023.xlsx`),
  });
  await page.getByRole('button', { name: 'Tải lên và đọc tệp' }).click();
  const productName = page.locator('select[data-field=productName]');
  await productName.waitFor();
  assert.notEqual(await productName.inputValue(), '', 'the product name column is guessed');
  // the officer drops the notes column from the mapping
  await page.locator('select[data-field=note]').selectOption('');
  await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
  const summary = page.getByTestId('import-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /Có lỗi 4/);
  // the invalid rows, each problem named by its field
  await summary.getByText(/Thanh Sơn Tây/).waitFor();
  await summary.locator('[data-field=stars]').first().waitFor();
  await summary.locator('[data-field=taxCode]').first().waitFor();
  // each row says what it records, in words
  await summary.locator('[data-row-kind=recognition]', { hasText: 'Công nhận' }).first().waitFor();
  // errors and warnings are told apart in words, not by colour alone
  await summary.locator('li[data-issue=error]', { hasText: /^Lỗi: Mã số thuế — / }).waitFor();
  await summary
    .locator('li[data-issue=warning]', { hasText: /^Cảnh báo: / })
    .first()
    .waitFor();
  // the officer corrects the ambiguous stars "3-4" of one row in place
  const starsRow = summary.locator('tr', { has: page.locator('[data-field=stars]') });
  await starsRow.getByRole('button', { name: 'Sửa dòng này' }).click();
  await starsRow.getByLabel('Hạng sao').fill('3 sao');
  await starsRow.getByRole('button', { name: 'Lưu' }).click();
  await summary.getByText(/Có lỗi 3/).waitFor();
  await page.getByRole('button', { name: 'Ghi vào cơ sở dữ liệu' }).click();
  // every number says what it counts
  await page
    .locator('main')
    .getByText(/Hoàn tất: Đã tạo \d+ chủ thể, \d+ sản phẩm, \d+ giấy chứng nhận/)
    .waitFor();
  // the import is found again in the list of earlier imports, with its status and result in words
  await page.getByRole('link', { name: '← Các lần nhập' }).click();
  const listed = page.getByTestId('past-imports').locator('tr', { hasText: 'thanh-hoa-2023.xlsx' });
  assert.match(await listed.innerText(), /Đã ghi vào sổ\s+Lê Thị Thanh\s+.*Đã tạo \d+ chủ thể, \d+ sản phẩm/);

  await page.locator('[data-nav=products]').click();
  await page.getByLabel('Tìm kiếm (không cần dấu)').fill('mat ong rung ben en');
  await page.getByRole('link', { name: 'Mật ong rừng Bến En' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Xuất Excel' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^san-pham-ocop-.*\.xlsx$/);
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  assert.equal(sheet.getCell('B1').value, 'Tên sản phẩm');
  assert.equal(sheet.getCell('B2').value, 'Mật ong rừng Bến En');
  await context.close();
});

it('finds products by their producer or their commune, says what matched, and what an empty search looked for', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'tinh.thanhhoa@demo.ocop.vn');
  await page.locator('[data-nav=products]').click();
  await page.getByText('Tìm theo tên sản phẩm, tên chủ thể, xã/phường hoặc tỉnh/thành').waitFor();
  const search = page.getByLabel('Tìm kiếm (không cần dấu)');
  const row = (name: string) =>
    page.locator('main table tbody tr', { has: page.getByRole('link', { name }) });
  // a place, typed without accents: the demo producers of Phường Hàm Rồng
  await search.fill('ham rong');
  await row('Bánh gai Tứ Trụ').getByTestId('matched-by').getByText('Khớp theo: Xã/phường').waitFor();
  await row('Nem chua Thanh Hóa').locator('mark', { hasText: 'Hàm Rồng' }).waitFor();
  // a producer's name: its products whose own names do not say it
  await search.fill('nem chua');
  await row('Chả tôm Thành Sen').getByTestId('matched-by').getByText('Khớp theo: Tên chủ thể').waitFor();
  await row('Nem chua Thanh Hóa').locator('mark', { hasText: 'Nem chua' }).first().waitFor();
  assert.equal(await row('Nem chua Thanh Hóa').getByTestId('matched-by').count(), 0, 'its own name matched');
  // nothing found: the list says what was searched
  await search.fill('khong co san pham nay');
  await page
    .getByTestId('search-empty')
    .getByText(
      'Không có sản phẩm nào có tên, tên chủ thể, xã/phường hoặc tỉnh/thành chứa “khong co san pham nay”',
    )
    .waitFor();
  // producers by their commune
  await page.locator('[data-nav=producers]').click();
  await page.getByLabel('Tìm kiếm (không cần dấu)').fill('ham rong');
  await row('Hợp tác xã Nem chua Thành Sen')
    .getByTestId('matched-by')
    .getByText('Khớp theo: Xã/phường')
    .waitFor();
  await context.close();
});

it('shows every product’s certificate: former stars and the state in words, filtered by state, the filter kept in the address', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  // the central officer reads every province's products
  await signIn(page, 'trunguong@demo.ocop.vn');
  await page.locator('[data-nav=products]').click();
  const search = page.getByLabel('Tìm kiếm (không cần dấu)');
  const stateFilter = page.locator('select[data-filter=certificateState]');
  // the demo's rows, told apart from same-named ones the import above brought
  const row = (name: string, producer: string) =>
    page.locator('main table tbody tr', { has: page.getByRole('link', { name }), hasText: producer });
  // the demo's Sá sùng khô Vân Đồn was recognised on 22/12/2022: its certificate ended on 21/12/2025
  // (Bánh gai Tứ Trụ, expired too, was recognised again by the demo council's decision)
  await search.fill('sa sung');
  const saSung = row('Sá sùng khô Vân Đồn', 'Công ty Cổ phần Sá sùng Vân Đồn');
  await saSung.getByRole('img', { name: 'trước đây 3 sao' }).waitFor();
  await saSung.locator('[data-certificate-state=expired]', { hasText: 'Hết hiệu lực' }).waitFor();
  await saSung.getByText('Hiệu lực đến 21/12/2025').waitFor();
  // filtered by state: still there when expired is asked for, gone when in force is
  await stateFilter.selectOption({ label: 'Hết hiệu lực' });
  await page.waitForURL(/certificateState=expired/);
  await saSung.waitFor();
  await stateFilter.selectOption({ label: 'Còn hiệu lực' });
  await page.waitForURL(/certificateState=valid/);
  await saSung.waitFor({ state: 'detached' });
  // a reload shows the same list: the filter and the search live in the address
  await page.reload();
  assert.equal(await stateFilter.inputValue(), 'valid');
  assert.equal(await search.inputValue(), 'sa sung');
  // a product never recognised says so in words, in both columns
  await search.fill('mam tom');
  await stateFilter.selectOption({ label: 'Chưa có giấy chứng nhận' });
  const mamTom = row('Mắm tôm Hậu Lộc', 'Công ty TNHH Nước mắm Khúc Phụ');
  await mamTom.getByText('Chưa xếp hạng').waitFor();
  await mamTom.locator('[data-certificate-state=none]', { hasText: 'Chưa có giấy chứng nhận' }).waitFor();
  // Back from the record returns to the filtered list
  await mamTom.getByRole('link', { name: 'Mắm tôm Hậu Lộc' }).click();
  await page.getByRole('heading', { name: 'Mắm tôm Hậu Lộc' }).waitFor();
  await page.locator('main [data-certificate-state=none]').first().waitFor();
  await page.goBack();
  await mamTom.waitFor();
  assert.equal(await stateFilter.inputValue(), 'none');
  // a group of states: those that may no longer carry the mark, never-recognised ones among them
  await search.fill('');
  await stateFilter.selectOption({ label: 'Không còn được dùng nhãn OCOP (kể cả chưa có)' });
  await page.waitForURL(
    /certificateState=expired%2Clapsed%2Crevoked%2Csuperseded%2CunknownValidity%2Cnone|certificateState=expired,lapsed,revoked,superseded,unknownValidity,none/,
  );
  await listSettled(page);
  await page.locator('main table tbody tr').first().waitFor();
  for (const state of await page
    .locator('main table tbody [data-certificate-state]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-certificate-state'))))
    assert.ok(
      ['expired', 'lapsed', 'revoked', 'superseded', 'unknownValidity', 'none'].includes(String(state)),
      String(state),
    );
  // the export link carries the same filter
  const href = await page.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href');
  assert.match(
    String(href),
    /certificateState=expired%2Clapsed%2Crevoked%2Csuperseded%2CunknownValidity%2Cnone/,
  );
  // the navigation link opens the whole list again: the fields follow the address
  await search.fill('tu tru');
  await page.waitForURL(/q=tu/);
  await page.locator('[data-nav=products]').click();
  await page.waitForURL(/\/app\/san-pham$/);
  assert.equal(await search.inputValue(), '');
  assert.equal(await stateFilter.inputValue(), '');
  await context.close();
});

it('the central officer’s national lists name each record’s province', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'trunguong@demo.ocop.vn');
  for (const nav of ['products', 'producers']) {
    await page.locator(`[data-nav=${nav}]`).click();
    await page.waitForURL(nav === 'products' ? /\/app\/san-pham$/ : /\/app\/chu-the$/);
    // the list's own page, not the home it came from (pages load their code on the way)
    await page
      .getByRole('heading', { level: 1, name: nav === 'products' ? 'Sản phẩm' : 'Chủ thể' })
      .waitFor();
    await page.locator('main').getByRole('columnheader', { name: 'Tỉnh/thành', exact: true }).waitFor();
    await page
      .locator('main table tbody tr', { hasText: /Thanh Hóa|Quảng Ninh/ })
      .first()
      .waitFor();
  }
  await context.close();
});

it('a producer registers itself, then sees only its own record', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${live.server.url}/dang-ky`);
  await page.getByLabel('Họ và tên').fill('Trần Thị Mai');
  await page.getByLabel('Email', { exact: true }).first().fill('mai.tran@example.vn');
  await page.getByLabel('Mật khẩu').fill('mat-khau-2026');
  await page.getByLabel('Tên', { exact: true }).fill('Hộ kinh doanh Chè lam Mai Trần');
  await page.getByLabel('Loại hình').selectOption('household');
  await page.getByLabel('Tỉnh/thành').selectOption('vn-2tier-2025:38');
  await page.getByLabel('Tìm kiếm (không cần dấu)').fill('ham rong');
  await page.locator('select[name=unitId] option', { hasText: 'Hàm Rồng' }).waitFor({ state: 'attached' });
  await page.locator('select[name=unitId]').selectOption('vn-2tier-2025:14758');
  await page.getByLabel('Người đại diện theo pháp luật').fill('Trần Thị Mai');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByTestId('main-nav').waitFor();
  await page.locator('[data-nav=myProducer]').click();
  await page.getByRole('link', { name: 'Hộ kinh doanh Chè lam Mai Trần' }).waitFor();
  const rows = await page.locator('main table tbody tr').count();
  assert.equal(rows, 1);
  // and adds its first product from its record
  await page.getByRole('link', { name: 'Hộ kinh doanh Chè lam Mai Trần' }).click();
  await page.getByRole('heading', { name: 'Thêm sản phẩm' }).waitFor();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Thêm sản phẩm' }) });
  await form.getByLabel('Tên', { exact: true }).fill('Chè lam gừng Mai Trần');
  await form.getByLabel('Bộ sản phẩm').selectOption('6');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('heading', { name: 'Chè lam gừng Mai Trần' }).waitFor();
  // the history names the event in words (its code stays in data-action) and what was given
  const history = page.locator('section', { has: page.getByRole('heading', { name: 'Lịch sử thay đổi' }) });
  await history.locator('span[data-action="product.created"]', { hasText: 'Đăng ký sản phẩm' }).waitFor();
  await history.getByText('Bộ sản phẩm: 6. Chế biến từ gạo, ngũ cốc').waitFor();
  // and a photo of it
  const sharp = (await import('sharp')).default;
  const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#7a4b1c' } })
    .png()
    .toBuffer();
  await page
    .getByLabel(/Thêm ảnh/)
    .setInputFiles({ name: 'che-lam.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('img', { name: /Ảnh sản phẩm 640×480/ }).waitFor();
  // and completes it: raw-material origin and trademark status
  const edit = page.locator('form', { has: page.getByRole('heading', { name: 'Sửa thông tin sản phẩm' }) });
  await edit.getByLabel('Nguồn gốc nguyên liệu').fill('Gạo nếp cái hoa vàng Thọ Xuân, gừng trồng tại xã');
  await edit.getByLabel('Sở hữu trí tuệ').selectOption('application_filed');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await edit.getByTestId('form-saved').waitFor();
  // said once in the page's one live region, not by a status element of the form
  await page
    .getByTestId('announcer')
    .filter({ hasText: /^Đã lưu$/ })
    .waitFor();
  await history
    .locator('span[data-action="product.updated"]', { hasText: 'Sửa thông tin sản phẩm' })
    .waitFor();
  // what changed, in words: the field, before → after
  await history.getByText('Sở hữu trí tuệ: Chưa đăng ký → Đã nộp đơn').waitFor();
  await history.getByText(/^Nguồn gốc nguyên liệu: \(trống\) → Gạo nếp cái hoa vàng/).waitFor();
  // saving again without a change adds nothing to the history
  await page.reload();
  await history.locator('span[data-action="product.updated"]').first().waitFor();
  const lines = await history.locator('li[data-field]').count();
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await edit.getByTestId('form-saved').waitFor();
  await page.reload();
  await history.locator('span[data-action="product.updated"]').first().waitFor();
  assert.equal(await history.locator('span[data-action="product.updated"]').count(), 1);
  assert.equal(await history.locator('li[data-field]').count(), lines);

  // typed and not saved: a link asks before dropping it; staying keeps the text
  const productUrl = page.url();
  await edit.getByLabel('Bao bì').fill('Hộp giấy kraft 500 g');
  await page.locator('[data-nav=myProducts]').click();
  const ask = page.getByRole('alertdialog', { name: 'Rời trang khi còn thay đổi chưa lưu?' });
  await ask.waitFor();
  await ask.getByRole('button', { name: 'Ở lại trang' }).click();
  await ask.waitFor({ state: 'hidden' });
  assert.equal(page.url(), productUrl);
  assert.equal(await edit.getByLabel('Bao bì').inputValue(), 'Hộp giấy kraft 500 g');
  // closing or reloading the tab asks the browser's own question
  const unload = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  assert.equal(await unload, 'beforeunload');
  assert.equal(page.isClosed(), false);
  // leaving on purpose drops the text
  await page.locator('[data-nav=myProducts]').click();
  await page.getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
  await page.waitForURL(/\/app\/san-pham$/);
  await context.close();
});

it('the administrator reads the audit log in words and verifies the chain', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'admin@demo.ocop.vn');
  await page.locator('[data-nav=audit]').click();
  const log = page.locator('main table');
  // the product registered above, by its name, linked to its page; its type in words
  const row = log.locator('tr', { has: page.locator('span[data-action="product.updated"]') }).first();
  await row.getByRole('link', { name: 'Chè lam gừng Mai Trần' }).waitFor();
  assert.match(await row.innerText(), /Sản phẩm/);
  assert.doesNotMatch(await log.innerText(), /[0-9a-f]{8}-[0-9a-f]{4}-/, 'no ids in the log');
  await page.getByRole('button', { name: 'Kiểm tra chuỗi' }).click();
  await page
    .getByTestId('verify-result')
    .getByText(/^Chuỗi nhật ký toàn vẹn: đã kiểm tra [\d.]+ dòng/)
    .waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: /^Chuỗi nhật ký toàn vẹn: đã kiểm tra [\d.]+ dòng/ })
    .waitFor();
  await row.getByRole('link', { name: 'Chè lam gừng Mai Trần' }).click();
  await page.getByRole('heading', { name: 'Chè lam gừng Mai Trần' }).waitFor();
  await context.close();
});

it('a product’s permanent public address answers its status on a phone, without signing in', async () => {
  const officer = await live.browser.newContext();
  const page = await officer.newPage();
  await signInAs(page, live.server.url, 'tinh.thanhhoa@demo.ocop.vn');
  await page.goto(`${live.server.url}/app/san-pham?q=nem%20chua%20thanh%20hoa`);
  await page.getByRole('link', { name: 'Nem chua Thanh Hóa', exact: true }).first().click();
  await page.getByRole('heading', { name: 'Nem chua Thanh Hóa', level: 1 }).waitFor();
  const address = await page.getByTestId('public-address').getAttribute('href');
  assert.match(String(address), /\/sp\/[0-9a-z]{10}$/);
  await officer.close();
  // a consumer's phone: no session, a small screen
  const phone = await live.browser.newContext({ viewport: { width: 390, height: 844 } });
  const pub = await phone.newPage();
  const response = await pub.goto(String(address));
  assert.equal(response?.status(), 200);
  assert.equal(await pub.locator('html').getAttribute('lang'), 'vi');
  await pub.getByRole('heading', { name: 'Nem chua Thanh Hóa' }).waitFor();
  await pub.getByRole('img', { name: '4 sao' }).waitFor();
  const text = await pub.locator('body').innerText();
  assert.match(text, /Còn hiệu lực/);
  assert.match(text, /Hiệu lực đến \d{2}\/\d{2}\/\d{4}|\d{2}\/\d{2}\/\d{4}/);
  assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}|renewalWindow|valid\b/);
  const width = await pub.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page fits the phone (${width} px)`);
  await phone.close();
});
