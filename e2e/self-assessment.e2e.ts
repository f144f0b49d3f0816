// A producer, tried as a new user would: opens this year's sheet for its product,
// answers it, sees why it is 3★ and what would make it 4★, follows the advice, saves,
// attaches evidence and prints the sheet. The page's numbers are checked against the
// shared scoring function on the same answers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import type { RubricPack } from '../src/domain/rubric/pack.ts';
import { rulesForSet, type RulesOverlay } from '../src/domain/rubric/rules.ts';
import { compileSet, scoreSheet } from '../src/domain/scoring/score.ts';
import { signIn } from './support/browser.ts';
import { liveServerAndBrowser } from './support/live.ts';
import { ROOT } from './support/server.ts';

const live = liveServerAndBrowser();

const pack = JSON.parse(readFileSync(`${ROOT}resources/rubrics/qd26-2026.json`, 'utf8')) as RubricPack;
const overlay = JSON.parse(
  readFileSync(`${ROOT}resources/rubrics/rules/qd26-2026.rules.json`, 'utf8'),
) as RulesOverlay;

async function chosenAnswers(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [
        ...document.querySelectorAll<HTMLInputElement>('fieldset[data-criterion] input[type=radio]:checked'),
      ].map((r) => [r.closest('fieldset')!.dataset.criterion!, Number(r.value)]),
    ),
  );
}
const shownStars = async (page: Page) =>
  Number(await page.getByTestId('predicted-stars').getAttribute('data-stars'));
const savedState = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') === 'saved',
  );
const shownTotal = async (page: Page) =>
  Number(/(\d+)\/100/.exec(await page.getByTestId('predicted-total').innerText())![1]);

it('a producer fills the sheet, sees why it is 3★ and reaches 4★ by the advice, saves, attaches evidence, prints', async () => {
  const context = await live.browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1400, height: 1000 },
  });
  const page = await context.newPage();
  await signIn(page, live.server.url, 'htx.nemchua@demo.ocop.vn');
  await page.locator('[data-nav=selfAssessments]').click();
  await page.getByRole('form', { name: 'Bắt đầu tự đánh giá' }).waitFor();
  await page.getByLabel('Năm đánh giá').fill('2027');
  await page.getByRole('button', { name: 'Mở phiếu' }).click();
  await page.getByTestId('score-summary').waitFor();
  const setNo = Number(/Bộ (\d+):/.exec(await page.locator('main').innerText())![1]);
  const set = pack.sets.find((s) => s.no === setNo)!;
  const rules = rulesForSet(overlay, setNo);

  // the workforce records suggest the local-labour answer (14 of 18 workers live in the commune)
  assert.match(
    await page.getByTestId('suggestion-3.3').innerText(),
    /14\/18 lao động \(78%\) cư trú trên địa bàn cấp xã → mức 3/,
  );

  // the product story exists; every criterion answered one level below its best option
  await page.getByLabel('Sản phẩm có câu chuyện sản phẩm').check();
  const cards = page.locator('fieldset[data-criterion]');
  for (let i = 0; i < (await cards.count()); i++) {
    const radios = cards.nth(i).locator('input[type=radio]');
    await radios.nth(Math.max(0, (await radios.count()) - 3)).check();
  }
  const answers = await chosenAnswers(page);
  const expected = scoreSheet(set, answers, { hasStory: true }, rules);
  assert.equal(await shownTotal(page), expected.total, 'the page scores as the domain function does');
  assert.equal(await shownStars(page), expected.stars);
  assert.ok(expected.stars < 5, `a sheet below the top (got ${expected.stars}★)`);
  const advice = page.getByTestId('advice');
  assert.match(await advice.innerText(), new RegExp(`Để đạt ${Math.max(expected.stars + 1, 3)} sao`));
  if (expected.blockingMarkers.some((m) => m.level <= expected.stars + 1))
    assert.ok(await page.getByTestId('blocking-markers').isVisible());

  // follow every step of the advice: the star rises to the target
  const target = Math.max(3, expected.stars + 1);
  const steps = await advice.locator('li').allInnerTexts();
  assert.ok(steps.length > 0);
  for (const text of steps) {
    const [, code, to] = /^(\S+) .*lên mức (\d+)/.exec(text)!;
    await page.locator(`fieldset[data-criterion="${code}"] input[type=radio][value="${to}"]`).check();
  }
  assert.ok((await shownStars(page)) >= target, `following the advice reaches ${target}★`);
  const reached = await shownTotal(page);

  // the draft saves itself a moment after the last change ("Lưu nháp" would save at once)
  await savedState(page);
  assert.match(await page.locator('[data-save-state]').innerText(), /^✓ Đã lưu lúc \d\d:\d\d$/);
  await page.reload();
  await page.getByTestId('score-summary').waitFor();
  assert.equal(await shownTotal(page), reached, 'the saved draft reopens as saved');

  const firstCard = page.locator('fieldset[data-criterion]').first();
  if ((await firstCard.locator('details').getAttribute('open')) === null)
    await firstCard.locator('summary').click();
  await firstCard.locator('input[type=file]').setInputFiles({
    name: 'Phiếu kiểm nghiệm.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% kiểm nghiệm\n%%EOF\n'),
  });
  await firstCard.getByRole('link', { name: 'Phiếu kiểm nghiệm.pdf' }).waitFor();
  await firstCard.locator('input[type=file]').setInputFiles({
    name: 'not-a-pdf.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('MZ executable'),
  });
  await firstCard.getByRole('alert').waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'In phiếu (PDF)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^tu-danh-gia-.*-2027\.pdf$/);
  const pdf = readFileSync((await download.path())!);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');

  await page.getByRole('button', { name: 'Hoàn tất phiếu' }).click();
  await page.getByRole('button', { name: 'Mở lại để sửa' }).waitFor();
  assert.equal(await page.getByTestId('sheet-status').innerText(), 'Đã hoàn tất');
  assert.equal(
    await page.locator('fieldset[data-criterion] input[type=radio]:not([disabled])').count(),
    0,
    'a final sheet is read-only',
  );
  await context.close();
});

it('a blank sheet predicts no star; blocked markers are listed once per criterion; a marker that blocks is named as such', async () => {
  const context = await live.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await signIn(page, live.server.url, 'htx.nemchua@demo.ocop.vn');
  await page.locator('[data-nav=selfAssessments]').click();
  await page.getByRole('form', { name: 'Bắt đầu tự đánh giá' }).waitFor();
  await page.getByLabel('Năm đánh giá').fill('2028');
  await page.getByLabel('Dùng lại câu trả lời và minh chứng của năm trước').uncheck();
  await page.getByRole('button', { name: 'Mở phiếu' }).click();
  await page.getByTestId('score-summary').waitFor();
  const setNo = Number(/Bộ (\d+):/.exec(await page.locator('main').innerText())![1]);
  const set = pack.sets.find((s) => s.no === setNo)!;
  const rules = rulesForSet(overlay, setNo);
  const cards = page.locator('fieldset[data-criterion]');

  // nothing answered: no star, no option checked, no markers or advice
  const stars = page.getByTestId('predicted-stars');
  assert.equal(await stars.innerText(), 'Chưa có dự kiến');
  assert.equal(await stars.getAttribute('data-assessed'), 'false');
  assert.equal(await cards.locator('input[type=radio]:not([disabled]):checked').count(), 0);
  assert.match(await page.getByTestId('answered').innerText(), /^Đã trả lời 0\/\d+ tiêu chí$/);
  assert.equal(await page.getByTestId('blocking-markers').count(), 0);
  assert.equal(await page.getByTestId('shortfall').count(), 0);

  // one criterion answered "meets none": a prediction, blocked markers once per criterion
  await cards.first().locator('input[type=radio][value="0"]').check();
  assert.equal(await shownStars(page), 1);
  assert.match(await page.getByTestId('answered').innerText(), /^Đã trả lời 1\/\d+ tiêu chí$/);
  const listed = await page
    .getByTestId('blocking-markers')
    .locator('li')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.criterion!));
  const markers = scoreSheet(set, await chosenAnswers(page), { hasStory: true }, rules).blockingMarkers;
  assert.deepEqual(listed, [...new Set(markers.map((m) => m.criterion))]);
  assert.ok(listed.length < markers.length, 'fewer lines than markers');
  assert.match(
    await page.getByTestId('shortfall').innerText(),
    /^Để đạt 3 sao: còn thiếu \d+ điểm và tiêu chí .+ chưa đạt mức tối thiểu$/,
  );

  // every criterion at its best, then a ★3 criterion at "meets none": the points suffice, the marker blocks
  await page.getByLabel('Sản phẩm có câu chuyện sản phẩm').check();
  for (let i = 0; i < (await cards.count()); i++) {
    const radios = cards.nth(i).locator('input[type=radio]');
    await radios.nth((await radios.count()) - 2).check();
  }
  const marked = compileSet(set).criteria.find((x) => x.markers.some((m) => m.level === 3))!;
  await page.locator(`fieldset[data-criterion="${marked.code}"] input[type=radio][value="0"]`).check();
  const expected = scoreSheet(set, await chosenAnswers(page), { hasStory: true }, rules);
  assert.ok(expected.bandStars >= 3 && expected.stars < 3, `points for ${expected.bandStars}★, blocked`);
  assert.equal(await shownStars(page), expected.stars);
  const shortfall = await page.getByTestId('shortfall').innerText();
  assert.match(
    shortfall,
    new RegExp(`^Để đạt 3 sao: đã đủ điểm, nhưng tiêu chí .*${marked.code.replace('.', '\\.')}`),
  );
  assert.doesNotMatch(shortfall, /còn thiếu/);
  assert.match(
    await page.locator(`fieldset[data-criterion="${marked.code}"]`).innerText(),
    /★ cần mức \d+ cho 3 sao/,
  );

  // the draft saved itself (leaving at once saves first): the list shows its prediction
  await page.locator('[data-nav=selfAssessments]').click();
  const row = page.getByRole('row').filter({ hasText: '2028' });
  await row.waitFor();
  assert.doesNotMatch(await row.innerText(), /Chưa có dự kiến/);
  if (expected.stars > 0) await row.getByRole('img', { name: `${expected.stars} sao` }).waitFor();
  await context.close();
});

it('on a 390 px phone the star stays in sight, the parts are a tap away, the draft saves itself and survives a lost connection', async () => {
  const context = await live.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await signIn(page, live.server.url, 'htx.nemchua@demo.ocop.vn');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: /Menu/ }).click();
  await page.locator('[data-nav=selfAssessments]').click();
  await page.getByRole('form', { name: 'Bắt đầu tự đánh giá' }).waitFor();
  await page.getByLabel('Năm đánh giá').fill('2029');
  await page.getByLabel('Dùng lại câu trả lời và minh chứng của năm trước').uncheck();
  await page.getByRole('button', { name: 'Mở phiếu' }).click();
  const bar = page.getByTestId('sheet-bar');
  await bar.waitFor();
  const inSight = async () => {
    const box = (await bar.boundingBox())!;
    return box.y >= 0 && box.y + box.height <= 844 + 0.5 && box.width <= 390 + 0.5;
  };
  assert.equal(await page.getByTestId('bar-stars').innerText(), 'Chưa có dự kiến');
  assert.ok(await inSight());
  assert.equal(
    await page.getByTestId('score-summary').count(),
    0,
    'the full summary waits behind "Chi tiết"',
  );

  // answering a criterion deep in part C: the bar, still in sight, shows the star at once
  const cards = page.locator('fieldset[data-criterion]');
  const last = cards.nth((await cards.count()) - 1);
  await last.scrollIntoViewIfNeeded();
  await last.locator('input[type=radio][value="0"]').check();
  assert.ok(await inSight(), 'the bar stays at the bottom of the screen');
  assert.equal(await page.getByTestId('bar-stars').getAttribute('data-assessed'), 'true');
  assert.match(await page.getByTestId('bar-stars').innerText(), /^★ 1 sao · \d+\/100$/);
  assert.match(await page.getByTestId('sheet-bar-blocks').innerText(), /^\d+ tiêu chí có dấu sao chưa đạt$/);

  // it saves itself, without a button
  assert.match(await bar.locator('[data-save-state]').innerText(), /Chưa lưu|Đang lưu/);
  await savedState(page);
  assert.match(await bar.locator('[data-save-state]').innerText(), /^✓ Đã lưu \d\d:\d\d$/);

  // the jump list takes the reader to part A, the details show the whole summary
  await bar.getByRole('button', { name: 'Các phần' }).click();
  const sheet = page.getByRole('dialog', { name: 'Đi tới phần' });
  await sheet.getByRole('link', { name: /^Phần A\./ }).click();
  await sheet.waitFor({ state: 'detached' });
  const partA = (await page.locator('#part-A').boundingBox())!;
  assert.ok(partA.y >= 0 && partA.y < 844 / 2, `part A's heading at the top of the screen (y=${partA.y})`);
  await bar.getByRole('button', { name: 'Chi tiết' }).click();
  await page.getByRole('dialog', { name: 'Kết quả dự kiến' }).getByTestId('predicted-total').waitFor();
  await page.getByRole('button', { name: 'Đóng' }).click();

  // the connection drops: the change waits, leaving asks, and it is saved when the connection is back
  await context.setOffline(true);
  await cards.first().locator('input[type=radio][value="0"]').check();
  await page.waitForFunction(
    () => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') === 'offline',
    undefined,
    { timeout: 10_000 },
  );
  assert.match(await bar.locator('[data-save-state]').innerText(), /Chưa lưu — mất mạng/);
  await page.getByRole('button', { name: /Menu/ }).click();
  await page.locator('[data-nav=selfAssessments]').click();
  const ask = page.getByRole('alertdialog', { name: 'Rời trang khi còn thay đổi chưa lưu?' });
  await ask.waitFor();
  await ask.getByRole('button', { name: 'Ở lại trang' }).click();
  await context.setOffline(false);
  await savedState(page);
  await page.reload();
  await cards.first().waitFor();
  assert.equal(await cards.first().locator('input[type=radio][value="0"]').isChecked(), true);
  assert.equal(await cards.last().locator('input[type=radio][value="0"]').isChecked(), true);
  await context.close();
});
