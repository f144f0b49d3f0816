// The working-day calendar as officers and administrators use it: a commune officer
// on a phone reads 2025 (the swap of Friday 2/5 for Saturday 26/4 and the instrument
// that decided it) and 2026 (a holiday on a Sunday marked) and counts 15 working days across Tết 2026, with no edit offered;
// an administrator gives 2028 — not decided yet — a day off and an instrument, is
// told by date what the server refuses, and sees the year saved.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { signIn } from './support/browser.ts';
import { liveServerAndBrowser } from './support/live.ts';

const live = liveServerAndBrowser();

it('a commune officer reads 2025 and counts 15 working days from 10/02/2026; no edit is offered', async () => {
  const context = await live.browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await signIn(page, live.server.url, 'xa1.thanhhoa@demo.ocop.vn');
  await page.locator('[data-nav=calendar]').click();
  await page.getByRole('heading', { name: 'Lịch làm việc', level: 1 }).waitFor();
  await page.setViewportSize({ width: 360, height: 740 });

  await page.getByLabel('Năm', { exact: true }).selectOption('2025');
  await page.waitForURL(/[?&]year=2025\b/);
  const year = page.locator('[data-testid=calendar-year][data-year="2025"]');
  await year.waitFor();
  const status = await page.getByTestId('year-status').innerText();
  assert.match(status, /Đã có quyết định — Theo văn bản đã nạp sẵn/);
  assert.match(status, /Đã đối chiếu với nguồn thứ hai/);
  assert.match(
    await page.getByTestId('instruments').innerText(),
    /Công văn 8726\/VPCP-KGVX — ngày 26\/11\/2024/,
  );

  // on a phone each day is a card: the date heads it, the weekday, name and kind follow
  const daysOff = page.getByRole('region', { name: /^Ngày nghỉ/ });
  const swap = daysOff.locator('li').filter({ hasText: '02/05/2025' });
  assert.match(await swap.innerText(), /Thứ Sáu[\s\S]*Nghỉ hoán đổi/);
  const makeUp = page
    .getByRole('region', { name: 'Ngày làm bù' })
    .locator('li')
    .filter({ hasText: '26/04/2025' });
  assert.match(await makeUp.innerText(), /Thứ Bảy/);
  // no day off of 2025 fell on a weekend; in 2026 the Hùng Kings' day (Sunday 26/4) did, and is marked
  assert.equal(await daysOff.locator('li').filter({ hasText: 'Rơi vào cuối tuần' }).count(), 0);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the year fits the phone (${width} px)`);
  assert.equal(
    await page.getByRole('button', { name: /^Sửa lịch năm/ }).count(),
    0,
    'no edit for an officer',
  );
  assert.equal(await page.getByTestId('calendar-form').count(), 0);
  await page.getByLabel('Năm', { exact: true }).selectOption('2026');
  const hung = page
    .locator('[data-testid=calendar-year][data-year="2026"]')
    .getByRole('region', { name: /^Ngày nghỉ/ })
    .locator('li')
    .filter({ hasText: '26/04/2026' });
  assert.match(await hung.innerText(), /Chủ nhật[\s\S]*Rơi vào cuối tuần[\s\S]*Giỗ Tổ Hùng Vương/);

  // 15 working days from Tuesday 10/02/2026 step over the five Tết days 16/2–20/2
  const tool = page.getByRole('region', { name: 'Tính thời hạn' });
  await tool.getByLabel('Từ ngày').fill('2026-02-10');
  await tool.getByLabel('Số ngày').fill('15');
  await tool.getByLabel('Tính theo').selectOption({ label: 'ngày làm việc' });
  await tool.getByRole('button', { name: 'Tính' }).click();
  const result = page.getByTestId('deadline-result');
  await result.waitFor();
  const said = await result.innerText();
  assert.match(said, /Ngày cuối cùng: Thứ Ba, 10\/03\/2026/);
  assert.match(said, /15 ngày làm việc kể từ 10\/02\/2026/);
  assert.match(said, /Các năm đã tính đều có quyết định/);
  // the result is said once through the page's live region
  await page
    .getByTestId('announcer')
    .filter({ hasText: 'Ngày cuối cùng của thời hạn: Thứ Ba, 10/03/2026' })
    .waitFor();

  // a count into a year not decided yet says so
  await tool.getByLabel('Từ ngày').fill('2027-12-20');
  await tool.getByLabel('Số ngày').fill('30');
  await tool.getByRole('button', { name: 'Tính' }).click();
  await result.filter({ hasText: 'Năm chưa có quyết định' }).waitFor();
  assert.match(await result.innerText(), /Bộ luật Lao động: 2027, 2028/);
  await context.close();
});

it('an administrator adds a day off to 2028, is told what the server refuses, and sees the year saved', async () => {
  const context = await live.browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await signIn(page, live.server.url, 'admin@demo.ocop.vn');
  await page.goto(`${live.server.url}/app/lich-lam-viec?year=2028`);
  await page.locator('[data-testid=calendar-year][data-year="2028"]').waitFor();
  assert.match(
    await page.getByTestId('year-status').innerText(),
    /Chưa có quyết định: theo Bộ luật Lao động/,
  );
  await page.getByRole('button', { name: 'Sửa lịch năm 2028' }).click();
  const form = page.getByTestId('calendar-form');
  await form.waitFor();

  // a new day off on a date already off (1/1/2028, New Year's Day) is refused by its date
  const daysOff = form.getByRole('group', { name: 'Ngày nghỉ' });
  await daysOff.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
  const row = daysOff.locator('li').last();
  await row.getByLabel('Ngày', { exact: true }).fill('2028-01-01');
  await row.getByLabel('Loại').selectOption({ label: 'Ngày lễ theo dương lịch' });
  await row.getByLabel('Tên (tiếng Việt)').fill('Ngày nghỉ theo quyết định thử');
  await row.getByLabel('Tên (tiếng Anh)').fill('Day off by a trial decision');
  const instruments = form.getByRole('group', { name: 'Văn bản quyết định' });
  await instruments.getByRole('button', { name: 'Thêm văn bản' }).click();
  const instrument = instruments.locator('li').last();
  await instrument.getByLabel('Số, ký hiệu văn bản').fill('Thông báo 1/TB-BNV');
  await instrument.getByLabel('Ngày ban hành').fill('2027-11-15');
  await instrument.getByLabel('Cơ quan ban hành').fill('Bộ Nội vụ');
  await instrument.getByLabel('Trích yếu').fill('Lịch nghỉ lễ, Tết năm 2028');

  // leaving with the changes unsaved asks first
  await page.locator('[data-nav=rubrics]').click();
  await page.getByRole('alertdialog', { name: 'Rời trang khi còn thay đổi chưa lưu?' }).waitFor();
  await page.getByRole('button', { name: 'Ở lại trang' }).click();

  await form.getByRole('button', { name: 'Lưu lịch năm 2028' }).click();
  const refusal = form.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /Ngày 01\/01\/2028 được khai hai lần/);

  // on a working Thursday it is saved; the page says so and shows the year as edited
  await row.getByLabel('Ngày', { exact: true }).fill('2028-06-01');
  await form.getByRole('button', { name: 'Lưu lịch năm 2028' }).click();
  await page.getByTestId('announcer').filter({ hasText: 'Đã lưu lịch năm 2028' }).waitFor();
  const saved = page
    .getByRole('region', { name: /^Ngày nghỉ/ })
    .locator('tr')
    .filter({ hasText: '01/06/2028' });
  await saved.waitFor();
  assert.match(await saved.innerText(), /Thứ Năm\s+Ngày nghỉ theo quyết định thử\s+Ngày lễ theo dương lịch/);
  assert.match(
    await page.getByTestId('year-status').innerText(),
    /Đã có quyết định — Do quản trị viên cập nhật/,
  );

  // still there after a reload, in English too
  await page.evaluate(() => localStorage.setItem('ocop.lang', 'en'));
  await page.reload();
  const again = page
    .getByRole('region', { name: /^Days off/ })
    .locator('tr')
    .filter({ hasText: '1 Jun 2028' });
  await again.waitFor();
  assert.match(await again.innerText(), /Thursday\s+Day off by a trial decision\s+Public holiday/);
  assert.match(await page.getByTestId('instruments').innerText(), /Thông báo 1\/TB-BNV — of 15 Nov 2027/);
  await context.close();
});
