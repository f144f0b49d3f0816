// From an idea to the council, tried as new users would, each on the screen they carry:
// the Thanh Hóa province officer (desktop) opens the 2027 call for product ideas; a
// cooperative (phone) writes an idea, the commune (phone) returns it once and selects
// it; the business plan is sent and approved and the idea becomes a product. Its first
// dossier starts with Mẫu 02's description and plan taken from the idea; submitting it
// early names what is missing; once complete (forms, samples, this year's finalised
// self-assessment; the cooperative's papers are on record) it reaches the commune with its 15
// working days, comes back once for one item, is checked on Mẫu 03, accepted by the
// province into a round, reviewed by the advisory group and put to the council. The
// timeline keeps every move and the three printed forms are PDFs.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const TODAY = '2027-03-02'; // a Tuesday
const PROVINCE = 'tinh.thanhhoa@demo.ocop.vn';
const COMMUNE = 'xa1.thanhhoa@demo.ocop.vn';
// an active cooperative in the commune xa1.thanhhoa covers (demo-data.ts)
const PRODUCER = 'htx.nemchua@demo.ocop.vn';

const IDEA = {
  name: 'Bánh đa vừng Thành Sen',
  description: 'Bánh đa nướng than hoa từ gạo nếp cái hoa vàng và vừng đen, đóng túi 10 chiếc.',
  rawMaterials: 'Gạo nếp cái hoa vàng của các hộ trong xã; vừng đen mua theo hợp đồng.',
  localIdentity: 'Nghề tráng bánh đa truyền thống của làng, hơn 100 năm.',
};
const PLAN = {
  goals: 'Đạt 3 sao OCOP trong năm 2027, mở rộng sang siêu thị trong tỉnh.',
  markets: 'Chợ, cửa hàng đặc sản Thanh Hóa; siêu thị; bán trực tuyến.',
  capacity: '20.000 túi mỗi năm',
  investments: 'Lò nướng than hoa mới và máy đóng gói hút chân không.',
  funding: 'Vốn tự có 60%, vay ưu đãi 40%',
  timeline: 'Quý II lắp máy; quý III ra mắt bao bì mới.',
};

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

before(async () => {
  server = await startServer({ env: { OCOP_TODAY: TODAY } });
  browser = await launchBrowser();
});
after(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

/**
 * A person signed in on a desktop or a phone. The browser's clock is set to the
 * server's fixed day too: the pages take "this year" and "today" from the device,
 * as they do for a real user whose device and server agree on the date.
 */
async function personOn(device: 'desktop' | 'phone', email: string): Promise<Page> {
  const context = await browser.newContext(
    device === 'desktop'
      ? { viewport: { width: 1366, height: 800 } }
      : { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  );
  contexts.push(context);
  await context.clock.install({ time: new Date(`${TODAY}T08:00:00+07:00`) });
  const page = await context.newPage();
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  await page.locator('main').waitFor();
  return page;
}

/**
 * A field of the dossier's forms by the words of its label. The accessible name of a
 * prefilled field or of a select also carries its value, so the label's own words are
 * matched (a field a gap names adds "(còn thiếu)" to them).
 */
const field = (scope: Locator, words: string) =>
  scope
    .locator('label')
    .filter({
      has: scope.page().locator(':scope > span', {
        hasText: new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(\\(còn thiếu\\))?$`),
      }),
    })
    .locator('input, textarea, select')
    .first();

const move = (page: Page, event: string) => page.locator(`main button[data-event="${event}"]`);
const stageOf = (page: Page, testId: string) =>
  page.getByTestId(testId).locator('[data-id]').first().getAttribute('data-id');
/** Waits until the dossier's head shows the stage. */
const reachesStage = (page: Page, stage: string) =>
  page.waitForFunction(
    (s) => document.querySelector('[data-testid=dossier-stage] [data-id]')?.getAttribute('data-id') === s,
    stage,
  );

/** The journey's steps share their people and pages: once one fails, the next ones are skipped. */
let broken = false;
function step(name: string, fn: () => Promise<void>) {
  it(name, async (t) => {
    if (broken) return t.skip('an earlier step failed');
    try {
      await fn();
    } catch (err) {
      broken = true;
      throw err;
    }
  });
}

/** Opens the move's panel, lets `fill` answer what it asks and confirms it; the caller waits for what it changes. */
async function makeMove(page: Page, event: string, fill?: (form: Locator) => Promise<void>) {
  await move(page, event).click();
  const form = page.locator(`form[data-move="${event}"]`);
  await form.waitFor();
  if (fill) await fill(form);
  await form.locator('button[type=submit]').click();
}

/** Saves the dossier's forms now and waits until nothing is left unsaved. */
async function saveForms(page: Page) {
  const now = page.getByRole('button', { name: 'Lưu ngay' });
  if (await now.isEnabled()) await now.click();
  await page.waitForFunction(() => {
    const state = document.querySelector('main [data-save-state]')?.getAttribute('data-save-state');
    const button = [...document.querySelectorAll('main button')].find((b) => b.textContent === 'Lưu ngay');
    return state === 'saved' && (button as HTMLButtonElement | undefined)?.disabled === true;
  });
}

let province: Page;
let producer: Page;
let commune: Page;
let ideaUrl = '';
let dossierUrl = '';

step('the province opens the 2027 call for product ideas', async () => {
  province = await personOn('desktop', PROVINCE);
  await province.goto(`${server.url}/app/y-tuong`);
  const form = province.getByTestId('call-form');
  await form.waitFor();
  const [ideasDue, plansDue] = [
    form.locator('input[type=date]').nth(0),
    form.locator('input[type=date]').nth(1),
  ];
  await ideasDue.fill('2027-03-31');
  await plansDue.fill('2027-06-30');
  await form.getByRole('button', { name: 'Mở đợt đăng ký năm nay' }).click();
  const call = province.getByTestId('registration-call').filter({ hasText: 'Năm 2027' });
  await call.waitFor();
  assert.match(await call.innerText(), /31\/03\/2027 \(còn 29 ngày\)/);
  assert.match(await call.innerText(), /30\/06\/2027/);
});

step('a producer writes an idea on a phone, the commune returns it once and selects it', async () => {
  producer = await personOn('phone', PRODUCER);
  await producer.goto(`${server.url}/app/y-tuong`);
  await producer.getByTestId('registration-call').filter({ hasText: 'Năm 2027' }).waitFor();
  await producer.getByRole('button', { name: 'Viết ý tưởng mới' }).click();
  const form = producer.getByTestId('idea-form');
  await form.getByLabel('Tên sản phẩm dự kiến').fill(IDEA.name);
  await form.getByLabel('Bộ sản phẩm (1–26)').fill('8');
  await form.getByLabel('Mô tả sản phẩm và nguồn gốc ý tưởng').fill(IDEA.description);
  await form.getByLabel('Nguyên liệu và nguồn nguyên liệu').fill(IDEA.rawMaterials);
  await form.getByLabel('Bản sắc, tri thức địa phương').fill(IDEA.localIdentity);
  await form.getByRole('button', { name: 'Tạo ý tưởng' }).click();
  await producer.waitForURL(/\/app\/y-tuong\/[0-9a-f-]{36}$/);
  ideaUrl = producer.url();
  await producer.getByRole('heading', { name: IDEA.name }).waitFor();
  await move(producer, 'submit').click();
  await move(producer, 'submit').waitFor({ state: 'detached' });
  assert.equal(await producer.locator('main header [data-id]').first().getAttribute('data-id'), 'submitted');

  // the commune finds it among what waits for it and returns it with a reason
  commune = await personOn('phone', COMMUNE);
  await commune.goto(`${server.url}/app/y-tuong`);
  assert.equal(
    await commune.getByRole('button', { name: 'Chờ tôi xử lý' }).getAttribute('aria-pressed'),
    'true',
  );
  await commune.getByRole('link', { name: IDEA.name }).click();
  await commune.waitForURL(ideaUrl);
  await move(commune, 'returnIdea').click();
  await commune.getByLabel('Lý do (gửi cho chủ thể)').fill('Ghi rõ số hộ cung cấp gạo nếp trong xã.');
  await commune.getByRole('button', { name: /^Xác nhận: / }).click();
  await move(commune, 'returnIdea').waitFor({ state: 'detached' });

  // the producer reads the reason, completes the idea and sends it again
  await producer.reload();
  await producer.getByText('Ghi rõ số hộ cung cấp gạo nếp trong xã.').waitFor();
  const edit = producer.getByTestId('idea-form');
  await edit
    .getByLabel('Nguyên liệu và nguồn nguyên liệu')
    .fill(`${IDEA.rawMaterials} 12 hộ trong xã cung cấp.`);
  await edit.getByRole('button', { name: 'Lưu', exact: true }).click();
  await producer.getByText('Đã lưu.').first().waitFor();
  await move(producer, 'resubmit').click();
  await move(producer, 'resubmit').waitFor({ state: 'detached' });

  await commune.reload();
  await move(commune, 'select').click();
  await move(commune, 'select').waitFor({ state: 'detached' });
  assert.equal(await commune.locator('main header [data-id]').first().getAttribute('data-id'), 'selected');
});

step('the business plan is sent and approved, and the idea becomes a product', async () => {
  await producer.reload();
  const plan = producer.getByTestId('plan-form');
  await plan.getByLabel('Mục tiêu').fill(PLAN.goals);
  await plan.getByLabel('Thị trường').fill(PLAN.markets);
  await plan.getByLabel('Công suất dự kiến').fill(PLAN.capacity);
  await plan.getByLabel('Đầu tư (nhà xưởng, máy móc)').fill(PLAN.investments);
  await plan.getByLabel('Nguồn vốn').fill(PLAN.funding);
  await plan.getByLabel('Tiến độ thực hiện').fill(PLAN.timeline);
  await plan.getByLabel('Doanh thu năm đầu (triệu đồng)').fill('600');
  await plan.getByRole('button', { name: 'Lưu', exact: true }).click();
  await move(producer, 'submitPlan').click();
  await move(producer, 'submitPlan').waitFor({ state: 'detached' });

  await commune.reload();
  await move(commune, 'approvePlan').click();
  await move(commune, 'approvePlan').waitFor({ state: 'detached' });

  await producer.reload();
  await move(producer, 'registerProduct').click();
  await producer.getByRole('link', { name: 'Mở sản phẩm' }).waitFor();
  const moves = await producer
    .locator('main ol li [data-event]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.event));
  // the steps so far, the latest first
  assert.deepEqual(moves, [
    'registerProduct',
    'approvePlan',
    'submitPlan',
    'select',
    'resubmit',
    'returnIdea',
    'submit',
  ]);
});

step('the first dossier starts from the idea; submitting early names what is missing', async () => {
  await producer.getByRole('link', { name: 'Lập hồ sơ đánh giá lần đầu từ sản phẩm này' }).click();
  await producer.waitForURL(/\/app\/ho-so$/);
  await producer.getByRole('button', { name: 'Lập hồ sơ mới' }).click();
  const open = producer.getByRole('form', { name: 'Lập hồ sơ đánh giá cho một sản phẩm' });
  await open.getByLabel('Sản phẩm').selectOption({ label: IDEA.name });
  await open.getByRole('button', { name: 'Lập hồ sơ' }).click();
  await producer.waitForURL(/\/app\/ho-so\/[0-9a-f-]{36}$/);
  dossierUrl = producer.url();
  assert.equal(await stageOf(producer, 'dossier-stage'), 'draft');

  // Mẫu 02 part I and part IV already hold what the idea and its plan said
  const main = producer.locator('main');
  assert.equal(await field(main, 'Mô tả sản phẩm').inputValue(), IDEA.description);
  assert.match(await field(main, 'Nguồn nguyên liệu').inputValue(), /12 hộ trong xã/);
  assert.equal(await field(main, 'Mục tiêu phát triển sản phẩm').inputValue(), PLAN.goals);
  assert.equal(await field(main, 'Thị trường').inputValue(), PLAN.markets);
  assert.match(await field(main, 'Kế hoạch đầu tư').inputValue(), /Nguồn vốn: Vốn tự có 60%/);

  // sending it now is refused, and the refusal names each gap in words
  await makeMove(producer, 'submit');
  const refusal = producer.locator('form[data-move="submit"] [data-error="DOSSIER_INCOMPLETE"]');
  await refusal.waitFor();
  const named = await refusal.innerText();
  for (const gap of [
    'Phiếu đăng ký (Mẫu 01): chưa điền — Chức vụ',
    'Mẫu 02 — I. Thông tin chung: chưa điền — Quy trình sản xuất',
    'Mẫu 02 — II. Kết quả sản xuất, kinh doanh: chưa có',
    'Mẫu 02 — III. Tự đánh giá: chưa có',
  ])
    assert.ok(named.includes(gap), `the refusal names "${gap}":\n${named}`);
  // the cooperative's business registration and food-safety certificate are on record already (demo)
  assert.doesNotMatch(named, /Giấy tờ pháp lý/);
  assert.match(named, /Mẫu sản phẩm: chưa có/);
  await producer.getByRole('button', { name: 'Thôi' }).click();
});

step('the producer completes the dossier and submits it; the commune has 15 working days', async () => {
  const main = producer.locator('main');
  // Mẫu 01
  await field(main, 'Người đại diện').fill('Lê Văn Thành');
  await field(main, 'Chức vụ').fill('Giám đốc hợp tác xã');
  await field(main, 'Điện thoại').fill('0237 3852 468');
  await field(main, 'Chủ thể cam kết những thông tin kê khai là đúng sự thật').check();
  // the rest of part I
  await field(main, 'Năm thành lập').fill('2015');
  await field(main, 'Số lao động').fill('18');
  await field(main, 'Cơ sở vật chất, nhà xưởng, thiết bị').fill('Nhà xưởng 200 m², hai lò nướng than hoa.');
  await field(main, 'Quy trình sản xuất').fill('Ngâm gạo, xay bột, tráng, phơi, nướng.');
  // part II: two years of results
  for (const [year, output, revenue, profit] of [
    ['2025', '15.000 túi', '450', '60'],
    ['2026', '17.000 túi', '520', '75'],
  ]) {
    await main.getByRole('button', { name: 'Thêm một năm' }).click();
    const row = main.locator('li', { has: producer.getByRole('button', { name: /^Bỏ năm / }) }).last();
    await field(row, 'Năm').fill(year);
    await field(row, 'Sản lượng').fill(output);
    await field(row, 'Doanh thu (triệu đồng)').fill(revenue);
    await field(row, 'Lợi nhuận (triệu đồng)').fill(profit);
  }
  // the samples handed to the commune
  await field(main, 'Số mẫu đã giao').fill('5');
  await field(main, 'Ngày giao mẫu').fill(TODAY);
  await field(main, 'Nơi, người nhận mẫu').fill('Bộ phận một cửa UBND xã');
  await saveForms(producer);
  assert.equal(await main.getByRole('button', { name: 'Bỏ năm 2025' }).count(), 1);
  assert.equal(await main.getByRole('button', { name: 'Bỏ năm 2026' }).count(), 1);

  // part III: this year's self-assessment of the product, every criterion answered, finalised
  await main.getByRole('link', { name: 'Tự đánh giá sản phẩm' }).click();
  const start = producer.getByRole('form', { name: 'Bắt đầu tự đánh giá' });
  await start.waitFor();
  await start.getByLabel('Sản phẩm').selectOption({ label: `${IDEA.name} (Bộ 8)` });
  await start.getByLabel('Năm đánh giá').fill('2027');
  await start.getByRole('button', { name: 'Mở phiếu' }).click();
  const cards = producer.locator('fieldset[data-criterion]');
  await cards.first().waitFor();
  const story = producer.getByLabel('Sản phẩm có câu chuyện sản phẩm');
  if (await story.count()) await story.check();
  const count = await cards.count();
  for (let i = 0; i < count; i++) {
    const radios = cards.nth(i).locator('input[type=radio]');
    await radios.nth(Math.max(0, (await radios.count()) - 2)).check();
  }
  await producer.getByRole('button', { name: 'Hoàn tất phiếu' }).click();
  await producer.getByRole('button', { name: 'Mở lại để sửa' }).waitFor();

  // back at the dossier nothing is missing; it is submitted and the commune's clock runs
  await producer.goto(dossierUrl);
  const gaps = producer.getByTestId('dossier-gaps');
  await gaps.waitFor();
  assert.equal(await gaps.innerText(), '✓ Hồ sơ đã đủ các mục để nộp.', await gaps.innerText());
  assert.match(await producer.locator('main').innerText(), /Phiếu năm 2027: \d+\/100 điểm/);
  await makeMove(producer, 'submit');
  await producer.getByText('Hạn xã kiểm tra').waitFor();
  assert.equal(await stageOf(producer, 'dossier-stage'), 'submitted');
  // received Tuesday 2/3: 3–5/3 (3), 8–12/3 (8), 15–19/3 (13), 22–23/3 (15)
  const head = await producer.locator('main header').innerText();
  assert.match(head, /hạn 23\/03\/2027/);
  assert.match(head, /còn 15 ngày làm việc/);
});

step('the commune returns one item, the producer corrects it, the commune checks it on Mẫu 03', async () => {
  await commune.goto(`${server.url}/app/ho-so`);
  await commune.getByRole('link', { name: IDEA.name }).click();
  await commune.waitForURL(dossierUrl);
  await makeMove(commune, 'returnToProducer', async (form) => {
    await field(form, 'Mục').selectOption('form02.general');
    await form.getByLabel('Lý do (người nhận cần làm gì)').fill('Ghi rõ nhiệt độ và thời gian nướng.');
  });
  await reachesStage(commune, 'returnedByCommune');

  await producer.reload();
  const note = producer.getByRole('note');
  await note.waitFor();
  assert.match(await note.innerText(), /Mẫu 02 — I\. Thông tin chung: Ghi rõ nhiệt độ và thời gian nướng\./);
  await field(producer.locator('main'), 'Quy trình sản xuất').fill(
    'Ngâm gạo 8 giờ, xay bột, tráng, phơi 2 nắng, nướng than hoa 180 °C trong 40 giây.',
  );
  await saveForms(producer);
  await makeMove(producer, 'resubmit');
  await reachesStage(producer, 'submitted');

  await commune.reload();
  await makeMove(commune, 'checkAtCommune', async (form) => {
    const items = form.locator('fieldset[data-item]');
    assert.equal(await items.count(), 4);
    for (let i = 0; i < 4; i++) await items.nth(i).getByLabel('Đạt', { exact: true }).check();
    await form.getByLabel('Đề nghị của UBND xã').fill('Đề nghị tỉnh đánh giá, phân hạng sản phẩm.');
    await form.getByLabel('Người ký', { exact: true }).fill('Trịnh Văn Xã');
    await form.getByLabel('Chức vụ người ký').fill('Phó Chủ tịch UBND xã');
  });
  await reachesStage(commune, 'communeChecked');
  const head = await commune.locator('main header').innerText();
  assert.match(head, /Xã kiểm tra ngày\s*02\/03\/2027/, 'checked on the day, within the deadline');
});

step('the province accepts it into a round, the advisory group reports, the council scores', async () => {
  await province.goto(`${server.url}/app/ho-so`);
  await province.getByRole('link', { name: IDEA.name }).click();
  await province.waitForURL(dossierUrl);
  await makeMove(province, 'accept');
  await move(province, 'startAdvisoryReview').waitFor();
  assert.match(await province.locator('main header').innerText(), /Đợt \d+ năm 2027/);
  await makeMove(province, 'startAdvisoryReview');

  const record = province.getByRole('form', { name: 'Ghi nhận' });
  await record.waitFor();
  for (const [kind, text] of [
    ['siteVisit', 'Khảo sát cơ sở ngày 02/03: nhà xưởng sạch, lò nướng đạt yêu cầu.'],
    ['advisoryReport', 'Tổ tư vấn đề nghị hội đồng chấm điểm; hồ sơ đầy đủ.'],
  ]) {
    await field(record, 'Loại ghi nhận').selectOption(kind);
    await record.getByLabel('Nội dung').fill(text);
    await record.getByRole('button', { name: 'Ghi nhận' }).click();
    await province.locator(`main li[data-kind="${kind}"]`).filter({ hasText: text }).waitFor();
  }
  await makeMove(province, 'startScoring');
  await reachesStage(province, 'councilScoring');
  assert.match(await province.getByTestId('dossier-stage').innerText(), /Hội đồng đang chấm điểm/);

  const moves = await province
    .locator('section[aria-labelledby=timeline] li[data-event]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.event));
  for (const event of [
    'submit',
    'returnToProducer',
    'resubmit',
    'checkAtCommune',
    'accept',
    'startAdvisoryReview',
    'startScoring',
  ])
    assert.ok(moves.includes(event), `the timeline shows ${event} (${moves.join(', ')})`);
});

step('Mẫu 01, 02 and 03 print as PDF', async () => {
  const links = province.getByRole('navigation', { name: 'In mẫu (PDF)' }).getByRole('link');
  assert.deepEqual(await links.allInnerTexts(), ['Mẫu 01', 'Mẫu 02', 'Mẫu 03']);
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
    const res = await province.request.get(href);
    assert.equal(res.status(), 200, href);
    assert.match(res.headers()['content-type'] ?? '', /^application\/pdf/, href);
    assert.equal((await res.body()).subarray(0, 5).toString(), '%PDF-', href);
  }
});
