// A producer registers itself and is told that it waits for its commune; the
// commune officer finds it under "Chờ xác nhận", corrects its name and confirms it;
// the producer, whose copy of the record is now stale, is told so and reloads;
// confirmed, its name is its officers' to change and its contacts stay its own.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { listSettled, signIn } from './support/browser.ts';
import { liveServerAndBrowser } from './support/live.ts';

const live = liveServerAndBrowser();

const NAME = 'Hộ kinh doanh Mứt gừng Cô Ba';
const CORRECTED = 'Hộ kinh doanh Mứt gừng Cô Ba Hàm Rồng';

const recordForm = (page: Page) => page.getByRole('region', { name: 'Thông tin chủ thể' });

async function registerAsProducer(page: Page) {
  await page.goto(`${live.server.url}/dang-ky`);
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Ba');
  await page.getByLabel('Email', { exact: true }).first().fill('co.ba@example.vn');
  await page.getByLabel('Mật khẩu').fill('mat-khau-2026');
  await page.getByLabel('Tên', { exact: true }).fill(NAME);
  await page.getByLabel('Loại hình').selectOption('household');
  await page.getByLabel('Tỉnh/thành').selectOption('vn-2tier-2025:38');
  await page.locator('select[name=unitId] option', { hasText: 'Hàm Rồng' }).waitFor({ state: 'attached' });
  await page.locator('select[name=unitId]').selectOption('vn-2tier-2025:14758');
  await page.getByLabel('Người đại diện theo pháp luật').fill('Nguyễn Thị Ba');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByTestId('main-nav').waitFor();
}

it('a self-registered producer waits for its commune, which corrects its name and confirms it', async () => {
  const producer = await (await live.browser.newContext()).newPage();
  await registerAsProducer(producer);
  // every page says where the record stands and what can be done meanwhile, in either language
  const banner = producer.getByTestId('producer-banner');
  await banner.getByRole('heading', { name: 'Hồ sơ chủ thể đang chờ xã xác nhận' }).waitFor();
  await banner.getByText(/Việc tự đánh giá sản phẩm được mở khi cán bộ OCOP của xã xác nhận/).waitFor();
  await producer.getByTestId('language-switch').click();
  await banner
    .getByRole('heading', { name: 'Your producer record is awaiting the commune’s confirmation' })
    .waitFor();
  await producer.getByTestId('language-switch').click();
  // until confirmed, the record is its own declaration: the name is an input
  await producer.getByRole('link', { name: NAME }).click();
  const mine = recordForm(producer);
  await mine.getByLabel('Tên chủ thể').waitFor();
  assert.equal(await producer.locator('[data-event=confirm]').count(), 0, 'it does not confirm itself');

  const officer = await (await live.browser.newContext()).newPage();
  await signIn(officer, live.server.url, 'xa1.thanhhoa@demo.ocop.vn');
  await officer.locator('[data-nav=producers]').click();
  await officer.getByRole('heading', { level: 1, name: 'Chủ thể' }).waitFor();
  await officer.getByLabel('Trạng thái').selectOption({ label: 'Chờ xác nhận' });
  // the filter's own answer, not the unfiltered rows still shown while it loads
  await officer.waitForURL(/[?&]status=pending/);
  await listSettled(officer);
  const row = officer.locator('main table tbody tr', { has: officer.getByRole('link', { name: NAME }) });
  await row.locator('[data-status=pending]').getByText('Chờ xác nhận').waitFor();
  // the demo's own waiting producer is listed too, and nothing else
  await officer.getByRole('link', { name: 'Hộ kinh doanh Bánh răng bừa Đông Sơn' }).waitFor();
  assert.equal(await officer.locator('main table tbody tr').count(), 2);
  await row.getByRole('link', { name: NAME }).click();

  const form = recordForm(officer);
  await form.getByLabel('Tên chủ thể').fill(CORRECTED);
  await form.getByRole('button', { name: 'Lưu' }).click();
  await form.getByRole('status').getByText('Đã lưu thông tin chủ thể').waitFor();
  await officer.getByRole('heading', { name: CORRECTED, level: 1 }).waitFor();
  const history = officer.locator('section', {
    has: officer.getByRole('heading', { name: 'Lịch sử thay đổi' }),
  });
  await history.getByText(`Tên chủ thể: ${NAME} → ${CORRECTED}`).waitFor();
  await officer.getByRole('button', { name: 'Xác nhận chủ thể' }).click();
  await officer.locator('dl [data-status=active]').getByText('Đang hoạt động').waitFor();
  await history.locator('span[data-action="producer.confirmed"]', { hasText: 'Xác nhận chủ thể' }).waitFor();

  // the producer's open copy is stale: its save is refused with a way to reload
  await mine.getByLabel('Điện thoại').fill('0912 345 678');
  await mine.getByRole('button', { name: 'Lưu' }).click();
  const alert = mine.getByRole('alert');
  await alert.getByText('Dữ liệu đã bị thay đổi bởi người khác, vui lòng tải lại').waitFor();
  await alert.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
  await producer.getByRole('heading', { name: CORRECTED, level: 1 }).waitFor();
  // confirmed: the name is shown, not offered; the phone is still its own
  await mine.locator('[data-readonly=name]').getByText(CORRECTED).waitFor();
  assert.equal(await mine.getByLabel('Tên chủ thể').count(), 0);
  await mine.getByText('Tên, loại hình, mã số thuế, đăng ký kinh doanh và địa chỉ').waitFor();
  await mine.getByLabel('Điện thoại').fill('0912 345 678');
  await mine.getByRole('button', { name: 'Lưu' }).click();
  await mine.getByRole('status').getByText('Đã lưu thông tin chủ thể').waitFor();
  // and the banner is gone from its next page
  await producer.locator('[data-nav=myProducts]').click();
  await producer.waitForURL(/\/app\/san-pham$/);
  await producer.getByTestId('producer-banner').waitFor({ state: 'detached' });

  await producer.context().close();
  await officer.context().close();
});
