// From the council to the certificate, tried as new users would, each on the screen they
// carry. The system admin opens three accounts and the Thanh Hóa province officer brings
// two demo dossiers to the council (through the API); then, in the browser, the officer
// sets up a council of those three, plans a session with both dossiers, records who is
// present and opens the scoring. The members score from their own list — one on a phone
// whose connection drops mid-sheet: the page says what is not yet sent and sends it by
// itself once back online. One member scores far below the others; the chair sees the
// flag and asks for re-scoring, the member's sheet marks the criteria in question, and
// the closed result shows every member's total, the mean with two decimals and the
// stars. The minutes print with every member and the mean. The province drafts the
// decision (printed "DỰ THẢO"), uploads the signed copy, and the certificate is issued:
// its text, its landscape page and its QR code, which leads to the product's public
// address showing the new stars. The producer reads its result per criterion beside its
// own with the advice to the next star. The 90-point product goes through the centre:
// forwarded, taken up, scored by a central council and recognised 5★ by the minister.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { decodeQr, readPdf, renderPages } from '../test/support/pdf.ts';
import { DEMO_PASSWORD, launchBrowser } from './support/browser.ts';
import { apiLogin, startServer, type RunningServer } from './support/server.ts';

const TODAY = '2027-03-02'; // a Tuesday, as in the dossier journey: the demo's rounds are counted from it
const ADMIN = 'admin@demo.ocop.vn';
const PROVINCE = 'tinh.thanhhoa@demo.ocop.vn';
const CENTRE = 'trunguong@demo.ocop.vn';
// both products belong to Công ty TNHH Nước mắm Khúc Phụ (demo-data.ts, demo-dossier-data.ts)
const PRODUCER = 'dn.nuocmam@demo.ocop.vn';
const FIRST = 'Mắm tôm Hậu Lộc'; // at communeChecked in the demo
const SECOND = 'Nước mắm cá cơm Khúc Phụ'; // at advisoryReview in the demo
const MEMBER_PASSWORD = 'HoiDong2027mat';

interface Account {
  email: string;
  fullName: string;
  position: 'chair' | 'member';
  agency: string;
}
const CHAIR: Account = {
  email: 'hd2.chutich@demo.ocop.vn',
  fullName: 'Đỗ Minh Khang',
  position: 'chair',
  agency: 'Văn phòng UBND tỉnh',
};
const ON_PHONE: Account = {
  email: 'hd2.yte@demo.ocop.vn',
  fullName: 'Vũ Thị Lan Anh',
  position: 'member',
  agency: 'Sở Y tế',
};
const DIVERGENT: Account = {
  email: 'hd2.congthuong@demo.ocop.vn',
  fullName: 'Bùi Quốc Toản',
  position: 'member',
  agency: 'Sở Công Thương',
};
const MEMBERS = [CHAIR, ON_PHONE, DIVERGENT];
const CENTRAL_CHAIR = { email: 'tw.chutich@demo.ocop.vn', fullName: 'Trần Đức Bảo' };

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'ocop-council-'));

before(async () => {
  server = await startServer({ env: { OCOP_TODAY: TODAY } });
  browser = await launchBrowser();
});
after(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

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

/** A signed-in API caller: the session cookie and CSRF token of a login, as the web app sends them. */
async function apiAs(email: string, password = DEMO_PASSWORD) {
  const { cookie, csrf } = await apiLogin(server.url, email, password);
  return async (method: string, path: string, body?: unknown | FormData) => {
    const headers: Record<string, string> = { cookie, 'x-csrf-token': csrf };
    if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json';
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}
type Api = Awaited<ReturnType<typeof apiAs>>;

/**
 * A person signed in on a desktop or a phone, with the browser's clock on the server's
 * fixed day: the pages take "today" from the device.
 */
async function personOn(device: 'desktop' | 'phone', email: string, password = DEMO_PASSWORD) {
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
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  await page.locator('main').waitFor();
  return page;
}

/** Opens a part of the app from the main navigation (behind the menu button on a phone). */
async function openNav(page: Page, area: string) {
  const menu = page.getByTestId('menu-button');
  await menu.waitFor({ state: 'attached' });
  if (await menu.isVisible()) await menu.click();
  await page.locator(`[data-nav="${area}"]`).click();
}

/** How a member picks an option of each criterion: by its points, among the criterion's own options. */
type Pick = 'best' | 'second' | 'lowest';

/**
 * Chooses, on each editable criterion of the sheet (those `only` keeps), the option `pick`
 * names, reading each option's points from its words ("— 4 điểm"). Returns the codes chosen.
 */
async function choose(page: Page, pick: Pick, only: (code: string, i: number) => boolean = () => true) {
  const cards = await page.locator('fieldset[data-criterion]').evaluateAll((els) =>
    els.map((el) => ({
      code: el.getAttribute('data-criterion') ?? '',
      options: [...el.querySelectorAll<HTMLInputElement>('input[type=radio]')]
        .filter((r) => r.value !== '0' && !r.disabled)
        .map((r) => ({
          value: r.value,
          points: Number(/— ([\d.]+) điểm/.exec(r.closest('label')?.textContent ?? '')?.[1] ?? 'NaN'),
        })),
    })),
  );
  const chosen: string[] = [];
  for (const [i, card] of cards.entries()) {
    if (!card.options.length || !only(card.code, i)) continue;
    const levels = [...new Set(card.options.map((o) => o.points))].sort((a, b) => b - a);
    const points = pick === 'best' ? levels[0] : pick === 'lowest' ? levels.at(-1) : (levels[1] ?? levels[0]);
    const option = card.options.find((o) => o.points === points)!;
    await page
      .locator(`fieldset[data-criterion="${card.code}"] input[type=radio][value="${option.value}"]`)
      .check();
    chosen.push(card.code);
  }
  return chosen;
}

const syncState = (page: Page) => page.getByTestId('sync-state').first();
/** Waits until the sheet's copy on the device stands as `state` (saved, offline…). */
const syncReaches = (page: Page, state: string) =>
  page.waitForFunction(
    (s) => document.querySelector('[data-testid=sync-state]')?.getAttribute('data-state') === s,
    state,
  );

/** Sends the sheet from its summary (on a phone, behind "Chi tiết") and waits until the council has it. */
async function sendSheet(page: Page) {
  const summary = page.getByTestId('sheet-summary');
  const behindDetails = !(await summary.isVisible());
  if (behindDetails) await page.getByRole('button', { name: 'Chi tiết' }).click();
  const sent = page.waitForResponse(
    (r) =>
      r.url().endsWith('/my-sheet') &&
      r.request().method() === 'PUT' &&
      /"send":true/.test(r.request().postData() ?? ''),
  );
  await summary.getByTestId('send-sheet').click();
  assert.equal((await sent).status(), 200, 'the council has the sheet');
  await summary.locator('[data-id="sent"]').waitFor();
  assert.equal(await page.getByTestId('send-refused').count(), 0);
  if (behindDetails) {
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();
    await summary.waitFor({ state: 'detached' });
  }
}

/** From the member's own list of dossiers waiting for a sheet, the sheet of `product`. */
async function openSheetFromList(page: Page, product: string) {
  await openNav(page, 'councilDossiers');
  await page.getByTestId('waiting-sheets').getByRole('link', { name: product }).click();
  await page.waitForURL(/\/app\/phieu-cham\/[0-9a-f-]{36}$/);
  await page.locator('fieldset[data-criterion]').first().waitFor();
}

const itemCard = (page: Page, product: string) => page.locator('li[data-item]').filter({ hasText: product });
/** A number as the pages write it with two decimals, in Vietnamese ("78,33"). */
const twoDecimals = (n: number) => n.toFixed(2).replace('.', ',');

let admin: Api;
let provinceApi: Api;
const dossierOf: Record<string, string> = {};
let province: Page;
let sessionUrl = '';
const members = new Map<Account, Page>();

step('the admin opens the members’ accounts; the province brings two dossiers to the council', async () => {
  admin = await apiAs(ADMIN);
  for (const m of [...MEMBERS, CENTRAL_CHAIR])
    await admin('POST', '/api/users', {
      email: m.email,
      fullName: m.fullName,
      password: MEMBER_PASSWORD,
      mustChangePassword: false,
    });

  provinceApi = await apiAs(PROVINCE);
  const find = async (stage: string, product: string) => {
    const page = await provinceApi('GET', `/api/dossiers?stage=${stage}&page=1&pageSize=200`);
    const row = page.items.find((d: { productName: string }) => d.productName === product);
    assert.ok(row, `${product} is at ${stage} in the demo`);
    return row.id as string;
  };
  dossierOf[FIRST] = await find('communeChecked', FIRST);
  dossierOf[SECOND] = await find('advisoryReview', SECOND);
  const move = (id: string, event: string) => provinceApi('POST', `/api/dossiers/${id}/events`, { event });
  await move(dossierOf[FIRST], 'accept');
  await move(dossierOf[FIRST], 'startAdvisoryReview');
  for (const id of [dossierOf[FIRST], dossierOf[SECOND]]) {
    await provinceApi('POST', `/api/dossiers/${id}/reviews`, {
      kind: 'advisoryReport',
      on: TODAY,
      note: 'Tổ tư vấn đề nghị hội đồng chấm điểm; hồ sơ đầy đủ.',
    });
    const moved = await move(id, 'startScoring');
    assert.equal(moved.stage, 'councilScoring');
  }
});

step('the province sets up a council of three, plans a session with both dossiers and opens it', async () => {
  province = await personOn('desktop', PROVINCE);
  await openNav(province, 'councils');
  await province.waitForURL(/\/app\/hoi-dong$/);
  await province.getByRole('button', { name: 'Lập hội đồng' }).click();
  await province
    .getByLabel('Tên hội đồng')
    .fill('Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thanh Hóa (đợt bổ sung)');
  await province.getByLabel('Quyết định thành lập số').fill('215/QĐ-UBND');
  await province.getByLabel('Ngày quyết định').fill('2027-02-15');
  await province.locator('form').getByRole('button', { name: 'Lập hội đồng' }).click();
  await province.waitForURL(/\/app\/hoi-dong\/[0-9a-f-]{36}$/);
  assert.match(await province.getByTestId('council-rules').innerText(), /Ít nhất 3\/4 thành viên/);

  const form = province
    .locator('form')
    .filter({ has: province.getByRole('heading', { name: 'Thêm thành viên' }) });
  const seated = province.locator('section[aria-labelledby=members]');
  for (const m of MEMBERS) {
    await form.getByLabel('Email tài khoản').fill(m.email);
    await form.getByLabel('Chức danh').selectOption(m.position);
    await form.getByLabel('Cơ quan').fill(m.agency);
    await form.getByRole('button', { name: 'Thêm thành viên' }).click();
    await seated.getByText(m.fullName).first().waitFor();
  }

  await province.getByRole('button', { name: 'Lên lịch phiên họp' }).click();
  await province.getByLabel('Tên phiên họp').fill('Phiên họp bổ sung tháng 3 năm 2027');
  await province.getByLabel('Ngày họp').fill(TODAY);
  await province.getByLabel('Địa điểm').fill('Phòng họp số 2, Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa');
  await province.locator('form').getByRole('button', { name: 'Lên lịch phiên họp' }).click();
  await province.waitForURL(/\/app\/phien-hop\/[0-9a-f-]{36}$/);
  sessionUrl = province.url();

  await province.getByRole('button', { name: 'Thêm hồ sơ đang chờ hội đồng' }).click();
  for (const product of [FIRST, SECOND]) await province.getByLabel(new RegExp(`^${product}`)).check();
  await province.getByRole('button', { name: 'Đưa 2 hồ sơ vào phiên họp' }).click();
  await itemCard(province, SECOND).waitFor();
  assert.equal(await province.locator('li[data-item]').count(), 2);

  const attendance = province.locator('section[aria-labelledby=attendance]');
  for (const m of MEMBERS) await attendance.getByLabel(new RegExp(`^${m.fullName}`)).check();
  assert.equal(await province.getByTestId('quorum').getAttribute('data-met'), 'true');
  assert.match(await province.getByTestId('quorum').innerText(), /Có mặt 3\/3 — cần 3, có Chủ tịch/);
  const saved = province.waitForResponse(
    (r) => r.url().endsWith('/attendance') && r.request().method() === 'PUT' && r.ok(),
  );
  await attendance.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await saved;
  await province.locator('button[data-event="openScoring"]').click();
  await province.getByTestId('session-status').locator('[data-id="scoring"]').waitFor();
});

step(
  'the members score the first dossier; the phone loses its connection mid-sheet and catches up',
  async () => {
    for (const m of MEMBERS)
      members.set(m, await personOn(m === ON_PHONE ? 'phone' : 'desktop', m.email, MEMBER_PASSWORD));
    const chair = members.get(CHAIR)!;
    const phone = members.get(ON_PHONE)!;
    const divergent = members.get(DIVERGENT)!;

    await openSheetFromList(chair, FIRST);
    await choose(chair, 'second');
    await sendSheet(chair);

    // the phone: half the sheet online, saved on the server
    await openSheetFromList(phone, FIRST);
    const half = (await phone.locator('fieldset[data-criterion]').count()) / 2;
    await choose(phone, 'second', (_, i) => i < half);
    await syncReaches(phone, 'saved');
    // the connection drops; the member keeps choosing and the page keeps the changes on the phone
    await phone.context().setOffline(true);
    await choose(phone, 'second', (_, i) => i >= half);
    await syncReaches(phone, 'offline');
    assert.match(await syncState(phone).innerText(), /^Chưa gửi được \d+ thay đổi — sẽ tự gửi khi có mạng$/);
    assert.ok(Number(await syncState(phone).getAttribute('data-changes')) > 0);
    // back online, the page sends them by itself
    await phone.context().setOffline(false);
    await syncReaches(phone, 'saved');
    assert.equal(await syncState(phone).getAttribute('data-changes'), '0');
    await sendSheet(phone);

    await openSheetFromList(divergent, FIRST);
    await choose(divergent, 'lowest');
    await sendSheet(divergent);
  },
);

let firstMean = '';
let firstStars = 0;

step('the chair sees the divergent member, asks for re-scoring, and closes the dossier', async () => {
  const chair = members.get(CHAIR)!;
  const divergent = members.get(DIVERGENT)!;
  await chair.goto(sessionUrl);
  const card = itemCard(chair, FIRST);
  await card.getByTestId('flags').waitFor();
  assert.match(
    await card.getByTestId('flags').innerText(),
    new RegExp(`Thành viên lệch điểm: ${DIVERGENT.fullName}`),
  );
  await card.locator('button[data-event="requestRescoring"]').click();
  await card.locator('[data-id="rescoring"]').waitFor();
  const asked = await card.locator('dd > span', { hasText: `${DIVERGENT.fullName}:` }).innerText();
  const criteria = asked
    .replace(`${DIVERGENT.fullName}:`, '')
    .split(',')
    .map((s) => s.trim());
  assert.ok(criteria.length > 0);

  // the divergent member's sheet marks the criteria in question and only those can change
  await openSheetFromList(divergent, FIRST);
  await divergent.getByText('Chấm lại theo yêu cầu của Chủ tịch').waitFor();
  const marked = await divergent
    .locator('fieldset[data-in-question]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-criterion')));
  assert.deepEqual(marked, criteria);
  // back near the others, one criterion higher than they scored it: the mean is not a whole sheet's
  const rescored = await choose(divergent, 'second');
  assert.deepEqual(rescored, criteria, 'only the criteria in question are open');
  await choose(divergent, 'best', (_, i) => i === 0);
  await sendSheet(divergent);

  await chair.reload();
  await itemCard(chair, FIRST).locator('[data-id="rescoring"]').waitFor();
  await itemCard(chair, FIRST).locator('button[data-event="closeItem"]').click();
  const result = itemCard(chair, FIRST).getByTestId('item-result');
  await result.waitFor();
  const rows = await result
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  assert.deepEqual(rows.map((r) => r[0]).sort(), MEMBERS.map((m) => m.fullName).sort());
  const finals = rows.map(([, first, rescored]) =>
    Number((rescored === '—' ? first : rescored).replace(',', '.')),
  );
  firstMean = twoDecimals(finals.reduce((a, b) => a + b, 0) / finals.length);
  const total = await result.getByTestId('council-total').innerText();
  assert.equal(total.replace('.', ','), firstMean, `the mean of ${finals.join(', ')}`);
  firstStars = Number(await result.locator('[data-stars]').getAttribute('data-stars'));
  assert.ok(firstStars >= 3 && firstStars <= 4, `a province's result: ${firstStars} stars at ${total}`);
  assert.match(await result.innerText(), new RegExp(`${firstStars} sao`));
});

step('the second dossier scores 90 or more on every sheet, and the chair closes the session', async () => {
  for (const m of MEMBERS) {
    const page = members.get(m)!;
    await openSheetFromList(page, SECOND);
    await choose(page, 'best');
    await sendSheet(page);
  }
  const chair = members.get(CHAIR)!;
  await chair.goto(sessionUrl);
  await itemCard(chair, SECOND).locator('button[data-event="closeItem"]').click();
  const result = itemCard(chair, SECOND).getByTestId('item-result');
  await result.waitFor();
  const total = Number(await result.getByTestId('council-total').innerText());
  assert.ok(total >= 90, `the second dossier's mean: ${total}`);
  await chair.locator('button[data-event="closeSession"]').click();
  await chair.getByTestId('session-status').locator('[data-id="closed"]').waitFor();
});

step('the minutes print with every member’s name and the mean', async () => {
  const href = await province.getByRole('link', { name: 'Biên bản (PDF)' }).getAttribute('href');
  const res = await province.request.get(`${server.url}${href}`);
  assert.equal(res.status(), 200);
  const text = readPdf(await res.body()).text.join('\n');
  for (const m of MEMBERS) assert.ok(text.includes(m.fullName), `the minutes name ${m.fullName}`);
  assert.ok(
    text.includes(firstMean) || text.includes(firstMean.replace(',', '.')),
    `the minutes hold ${firstMean}`,
  );
});

let publicAddress = '';

step('the province drafts the decision, uploads it signed, and the certificate is issued', async () => {
  await openNav(province, 'decisions');
  await province.getByRole('button', { name: 'Dự thảo quyết định' }).click();
  const draft = province.getByRole('form', { name: 'Dự thảo quyết định' });
  const row = draft.locator(`li[data-dossier="${dossierOf[FIRST]}"]`);
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(`Điểm: ${firstMean} · ${firstStars} sao`));
  await row.getByRole('checkbox').check();
  await draft.getByRole('button', { name: 'Lập dự thảo với 1 hồ sơ' }).click();
  await province.waitForURL(/\/app\/quyet-dinh\/[0-9a-f-]{36}$/);

  const printed = await province.request.get(
    `${server.url}${await province.getByRole('link', { name: 'Xem/in dự thảo (PDF)' }).getAttribute('href')}`,
  );
  assert.equal(printed.status(), 200);
  const draftBytes = await printed.body();
  const draftText = readPdf(draftBytes).text.join('\n');
  assert.match(draftText, /DỰ THẢO/);
  assert.ok(draftText.includes(FIRST));

  // the signed copy: the draft's own bytes stand in for the scan of the signed paper
  const signedFile = join(scratch, 'qd-123-signed.pdf');
  writeFileSync(signedFile, draftBytes);
  const sign = province.getByRole('form', { name: 'Tải lên quyết định đã ký' });
  await sign.getByLabel('Số quyết định').fill('123/QĐ-UBND');
  assert.equal(await sign.getByLabel('Ngày ký').inputValue(), TODAY);
  await sign.getByLabel('Người ký').fill('Lê Văn Tuấn');
  await sign.getByLabel('Tệp quyết định đã ký (PDF, tối đa 20 MB)').setInputFiles(signedFile);
  await sign.getByRole('button', { name: 'Tải lên quyết định đã ký' }).click();
  await province.getByTestId('decision-status').locator('[data-id="signed"]').waitFor();
  // the page asks again while the job issues the certificate
  const number = province.getByTestId('certificate-number');
  await number.waitFor({ timeout: 60_000 });
  const certificateNo = (await number.innerText()).replace(/^Số /, '');

  const pdfHref = await province.getByRole('link', { name: 'In giấy chứng nhận (PDF)' }).getAttribute('href');
  const res = await province.request.get(`${server.url}${pdfHref}`);
  assert.equal(res.status(), 200);
  const bytes = await res.body();
  const text = readPdf(bytes).text.join('\n');
  assert.ok(text.includes(certificateNo), `the certificate carries its number ${certificateNo}`);
  assert.ok(text.includes(FIRST), 'the certificate names the product');
  assert.match(text, new RegExp(`HẠNG ${firstStars} SAO`), 'the certificate names its stars');
  assert.match(text, /Theo Quyết định số 123\/QĐ-UBND ngày 02\/03\/2027/);
  const [page] = renderPages(bytes);
  assert.ok(page.width > page.height, 'landscape');
  assert.ok(page.ink > 0.01, 'not blank');
  const [address] = decodeQr(bytes);
  assert.match(address ?? '', /\/sp\/[0-9a-z]+$/, `the QR code reads ${address}`);
  assert.ok(text.includes(address), 'the address under the code is the one it encodes');
  publicAddress = new URL(address).pathname;

  // the public address, opened as a phone that read the code would
  const visitor = await browser.newContext();
  contexts.push(visitor);
  const pub = await visitor.newPage();
  await pub.goto(`${server.url}${publicAddress}`);
  await pub.getByRole('heading', { name: FIRST }).waitFor();
  assert.equal(await pub.locator('.stars').getAttribute('aria-label'), `${firstStars} sao`);
});

step(
  'the producer reads the result per criterion beside its own, with the advice to the next star',
  async () => {
    const producer = await personOn('phone', PRODUCER);
    await producer.goto(`${server.url}/app/ho-so/${dossierOf[FIRST]}`);
    const panel = producer.getByTestId('council-result');
    await panel.waitFor();
    assert.equal(await panel.getByTestId('council-mean').innerText(), firstMean);
    const rows = panel.locator('tbody tr[data-criterion]');
    assert.ok((await rows.count()) > 10, 'every criterion has its row');
    const cells = await rows.first().locator('td').allInnerTexts();
    assert.equal(cells.length, 2, 'its own points beside the council’s');
    assert.match(cells[1], /^\d+(,\d{2})?$/);
    const advice = await panel.getByTestId('result-advice').innerText();
    assert.match(advice, new RegExp(`Để đạt ${firstStars + 1} sao`));
  },
);

step('the 90-point product goes through the centre and is recognised 5★ by the minister', async () => {
  // the province proposes it to the centre from the dossier's page: the move is offered at 90 points
  await province.goto(`${server.url}/app/ho-so/${dossierOf[SECOND]}`);
  await province.locator('main button[data-event="forwardToCentre"]').click();
  const form = province.locator('form[data-move="forwardToCentre"]');
  await form.waitFor();
  await form.locator('button[type=submit]').click();
  await province.waitForFunction(
    () =>
      document.querySelector('[data-testid=dossier-stage] [data-id]')?.getAttribute('data-id') ===
      'forwardedToCentre',
  );

  // the centre takes it up and its council (one chair, quorum 1/1) scores it
  const centre = await apiAs(CENTRE);
  await centre('POST', `/api/dossiers/${dossierOf[SECOND]}/events`, { event: 'startCentreReview' });
  const council = await centre('POST', '/api/councils', {
    level: 'central',
    name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp trung ương',
    rules: { quorum: { share: { present: 1, of: 1 } } },
  });
  await centre('POST', `/api/councils/${council.id}/members`, {
    email: CENTRAL_CHAIR.email,
    position: 'chair',
    agency: 'Bộ Nông nghiệp và Môi trường',
  });
  const planned = await centre('POST', `/api/councils/${council.id}/sessions`, {
    title: 'Phiên họp đánh giá sản phẩm 5 sao năm 2027',
    meetingOn: TODAY,
  });
  const session = await centre('POST', `/api/council-sessions/${planned.id}/dossiers`, {
    dossierIds: [dossierOf[SECOND]],
  });
  await centre('PUT', `/api/council-sessions/${planned.id}/attendance`, { present: [session.members[0].id] });
  const chair = await apiAs(CENTRAL_CHAIR.email, MEMBER_PASSWORD);
  await chair('POST', `/api/council-sessions/${planned.id}/events`, { event: 'openScoring' });
  const itemId = session.items[0].id;
  // the central chair scores as the province's chair did: the best option everywhere
  const provinceChair = await apiAs(CHAIR.email, MEMBER_PASSWORD);
  const provinceSession = await provinceChair('GET', `/api/council-sessions/${sessionUrl.split('/').pop()}`);
  const provinceItem = provinceSession.items.find(
    (i: { dossierId: string }) => i.dossierId === dossierOf[SECOND],
  );
  const best = (await provinceChair('GET', `/api/council-items/${provinceItem.id}/my-sheet`)).sheet.answers;
  await chair('PUT', `/api/council-items/${itemId}/my-sheet`, {
    answers: best,
    baseRevision: 0,
    changeId: 'central-journey-1',
    send: true,
  });
  await chair('POST', `/api/council-items/${itemId}/events`, { event: 'closeItem' });

  // the central officer drafts the minister's decision and uploads it signed
  const officer = await personOn('desktop', CENTRE);
  await openNav(officer, 'decisions');
  await officer.getByRole('button', { name: 'Dự thảo quyết định' }).click();
  const draft = officer.getByRole('form', { name: 'Dự thảo quyết định' });
  await draft.locator(`li[data-dossier="${dossierOf[SECOND]}"]`).getByRole('checkbox').check();
  await draft.getByRole('button', { name: 'Lập dự thảo với 1 hồ sơ' }).click();
  await officer.waitForURL(/\/app\/quyet-dinh\/[0-9a-f-]{36}$/);
  const sign = officer.getByRole('form', { name: 'Tải lên quyết định đã ký' });
  await sign.getByLabel('Số quyết định').fill('45/QĐ-BNNMT');
  await sign.getByLabel('Người ký').fill('Bộ trưởng');
  await sign
    .getByLabel('Tệp quyết định đã ký (PDF, tối đa 20 MB)')
    .setInputFiles(join(scratch, 'qd-123-signed.pdf'));
  await sign.getByRole('button', { name: 'Tải lên quyết định đã ký' }).click();
  await officer.getByTestId('certificate-number').waitFor({ timeout: 60_000 });

  const dossier = await centre('GET', `/api/dossiers/${dossierOf[SECOND]}`);
  assert.equal(dossier.stage, 'recognised');
  const certs = await centre('GET', `/api/products/${dossier.productId}/certificates`);
  const current = (Array.isArray(certs) ? certs : certs.items).find((c: { stars: number }) => c.stars === 5);
  assert.ok(current, JSON.stringify(certs));
  assert.equal(current.issuer, 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
});
