// Journeys through the real server in Chromium: each demo role signs in, sees the
// navigation of its role and only its unit's data, and cannot open another unit's page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { listSettled, signIn as signInAs } from './support/browser.ts';
import { liveServerAndBrowser } from './support/live.ts';
import { apiLogin } from './support/server.ts';

const PASSWORD = 'ocop2026demo';
const live = liveServerAndBrowser();

const READ_NAV = ['dashboard', 'producers', 'products', 'rubrics', 'calendar', 'adminUnits'];
// the registry's areas an officer of a commune or a province works in
const REGISTRY_NAV = ['producers', 'products', 'duplicates', 'imports', 'worklist'];
const DESK_NAV = ['selfAssessments', 'rubrics', 'calendar', 'adminUnits'];
const OFFICER_NAV = ['dashboard', 'ideas', 'dossiers', ...REGISTRY_NAV, 'lifecycle', ...DESK_NAV];
const PROVINCE_NAV = [
  'dashboard',
  'ideas',
  'dossiers',
  'rounds',
  'councils',
  'decisions',
  'lifecycle',
  ...REGISTRY_NAV,
  ...DESK_NAV,
  'unitMappings',
];
const INSPECTOR_NAV = ['dashboard', 'producers', 'products', 'lifecycle', ...READ_NAV.slice(3)];
const ROLES: { email: string; nav: string[]; sees: string[]; hidden: string[] }[] = [
  {
    email: 'admin@demo.ocop.vn',
    nav: [
      'dashboard',
      'producers',
      'products',
      'imports',
      'rubrics',
      'calendar',
      'adminUnits',
      'unitMappings',
      'users',
      'audit',
    ],
    sees: ['Nem chua', 'Ba kích'],
    hidden: [],
  },
  {
    email: 'trunguong@demo.ocop.vn',
    nav: [
      'dashboard',
      'dossiers',
      'rounds',
      'councils',
      'decisions',
      'lifecycle',
      ...READ_NAV.slice(1),
      'unitMappings',
    ],
    sees: ['Nem chua', 'Ba kích'],
    hidden: [],
  },
  {
    email: 'tinh.thanhhoa@demo.ocop.vn',
    nav: PROVINCE_NAV,
    sees: ['Nem chua', 'Khúc Phụ'],
    hidden: ['Ba kích', 'Sá sùng'],
  },
  {
    email: 'xa1.thanhhoa@demo.ocop.vn',
    nav: OFFICER_NAV,
    sees: ['Nem chua', 'Bánh gai'],
    hidden: ['Khúc Phụ', 'Ba kích'],
  },
  {
    email: 'tinh.quangninh@demo.ocop.vn',
    nav: PROVINCE_NAV,
    sees: ['Ba kích', 'Sá sùng'],
    hidden: ['Nem chua'],
  },
  {
    email: 'xa1.quangninh@demo.ocop.vn',
    nav: OFFICER_NAV,
    sees: ['Ba kích', 'Chả mực'],
    hidden: ['Sá sùng', 'Nem chua'],
  },
  {
    email: 'kiemtra.thanhhoa@demo.ocop.vn',
    nav: INSPECTOR_NAV,
    sees: ['Nem chua', 'Khúc Phụ'],
    hidden: ['Ba kích'],
  },
  {
    email: 'htx.nemchua@demo.ocop.vn',
    nav: ['dashboard', 'myProducer', 'myProducts', 'ideas', 'selfAssessments', 'dossiers', 'rubrics'],
    sees: ['Nem chua Thành Sen'],
    hidden: ['Bánh gai', 'Ba kích'],
  },
  // the demo council's open session waits for hoidong's sheet; the advisory member scores nothing
  {
    email: 'hoidong@demo.ocop.vn',
    nav: ['dashboard', 'councilDossiers', 'rubrics'],
    sees: ['Kẹo lạc Phủ Quảng'],
    hidden: [],
  },
  { email: 'tuvan@demo.ocop.vn', nav: ['dashboard', 'councilDossiers', 'rubrics'], sees: [], hidden: [] },
];

const signIn = (page: Page, email: string) => signInAs(page, live.server.url, email, PASSWORD);

async function navAreas(page: Page): Promise<string[]> {
  return page.locator('[data-nav]').evaluateAll((els) => els.map((e) => e.getAttribute('data-nav') ?? ''));
}

describe('each demo role', () => {
  for (const role of ROLES) {
    it(`${role.email} sees its navigation and only its unit's producers`, async () => {
      const context = await live.browser.newContext({ locale: 'vi-VN' });
      const page = await context.newPage();
      await signIn(page, role.email);
      assert.deepEqual(await navAreas(page), role.nav);
      if (role.nav.includes('producers') || role.nav.includes('myProducer')) {
        await page
          .locator(role.nav.includes('producers') ? '[data-nav=producers]' : '[data-nav=myProducer]')
          .click();
        // pages load their code on the way: wait for the list's address before reading it, not the home's tables
        await page.waitForURL(/\/app\/chu-the$/);
        await page.getByRole('heading', { level: 1, name: /Chủ thể/ }).waitFor();
        await page.locator('main table tbody tr td a').first().waitFor();
        const text = await page.locator('main').innerText();
        for (const s of role.sees) assert.ok(text.includes(s), `${role.email} should see ${s}`);
        for (const s of role.hidden) assert.ok(!text.includes(s), `${role.email} must not see ${s}`);
      } else {
        await page.locator('[data-nav=councilDossiers]').click();
        await page
          .getByText(role.sees[0] ?? 'Chưa có hồ sơ nào')
          .first()
          .waitFor();
      }
      await context.close();
    });
  }
});

/**
 * Opens the producers list from the navigation and reads it once it answers: the home has tables
 * of its own, so the list is read only at its own address, under its own heading, settled.
 */
async function producersList(page: Page): Promise<string> {
  await page.locator('[data-nav=producers]').click();
  await page.waitForURL(/\/app\/chu-the$/);
  await page.getByRole('heading', { level: 1, name: /Chủ thể/ }).waitFor();
  await listSettled(page);
  return page.locator('main [data-testid=data-table]').innerText();
}

describe('unit boundaries', () => {
  it('a commune officer cannot open a producer page of another unit', async () => {
    const central = await apiLogin(live.server.url, 'trunguong@demo.ocop.vn', PASSWORD);
    const list = (await (
      await fetch(`${live.server.url}/api/producers?q=ba%20kich`, { headers: { cookie: central.cookie } })
    ).json()) as { items: { id: string; name: string }[] };
    const foreign = list.items[0];
    assert.ok(foreign, 'the Quảng Ninh producer exists');
    const context = await live.browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'xa1.thanhhoa@demo.ocop.vn');
    await page.goto(`${live.server.url}/app/chu-the/${foreign.id}`);
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /Không tìm thấy/);
    assert.ok(!(await page.locator('main').innerText()).includes(foreign.name));
    await context.close();
  });

  it('the unit switcher changes what an officer of two communes sees', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'xa.kiemnhiem@demo.ocop.vn');
    const first = await producersList(page);
    const options = await page
      .getByTestId('grant-switcher')
      .locator('option')
      .evaluateAll((els) =>
        els.map((e) => ({ value: (e as HTMLOptionElement).value, label: e.textContent ?? '' })),
      );
    assert.equal(options.length, 2);
    await page.getByTestId('grant-switcher').selectOption(options[1].value);
    // the switch lands on the home of the new grant: wait for it to name that grant before leaving it
    await page.getByTestId('active-role').filter({ hasText: options[1].label }).waitFor();
    const second = await producersList(page);
    assert.notEqual(first, second);
    assert.ok(first.includes('Nem chua') && !second.includes('Nem chua'));
    await context.close();
  });

  it('a visitor without a session is sent to the sign-in page, and English is one click away', async () => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${live.server.url}/app/chu-the`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill('admin@demo.ocop.vn');
    await page.getByLabel('Password').fill('wrong-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    assert.match(await page.getByRole('alert').innerText(), /Wrong email or password/);
    await context.close();
  });
});
