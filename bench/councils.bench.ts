// The council's figures, each beside a ceiling from the same run:
// - a member's click on a criterion → the updated total and star on the sheet page
//   (`/app/phieu-cham/{item}`, the demo's open session, hoidong@; the sheet bar's
//   `sheet-bar-result`, where a phone shows them), on a mid-range phone
//   profile: 360×740, CPU slowed 4× through CDP; floor: a click that only sets an
//   attribute under the same throttle;
// - the minutes of a 30-product session and one certificate rendered as PDF (the
//   renderers alone, on realistic data); floor: one blank pdfkit page;
// - the chair closing a 30-product session of 7 scoring members (`actOnItem` closeItem
//   on each dossier: sheets read, result computed, sheets locked, dossier moved, audit);
//   ceiling: the raw SQL reading the same sheets. PGlite always; PostgreSQL when
//   TEST_PG_URL names a server holding the test template (`test/support/prepare.ts postgres`).
import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import { DEMO_PASSWORD, launchBrowser } from '../e2e/support/browser.ts';
import { startServer } from '../e2e/support/server.ts';
import type { Grant } from '../src/domain/access/policy.ts';
import { compileSet, optionRank, scoreSheet, type Answers } from '../src/domain/scoring/score.ts';
import type { AuditActor } from '../src/server/core/actor.ts';
import { queryRows } from '../src/server/db/client.ts';
import { dossiers, selfAssessments } from '../src/server/db/schema/index.ts';
import { renderCertificate } from '../src/server/modules/certificates/certificate.pdf.ts';
import { addMember, createCouncil } from '../src/server/modules/councils/councils.service.ts';
import { actOnItem } from '../src/server/modules/councils/item-results.service.ts';
import type { MinutesData } from '../src/server/modules/councils/minutes.pdf.ts';
import { renderMinutes } from '../src/server/modules/councils/minutes.pdf.ts';
import {
  actOnSession,
  addDossiers,
  createSession,
  recordAttendance,
} from '../src/server/modules/councils/sessions.service.ts';
import { saveMySheet } from '../src/server/modules/councils/sheets.service.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../test/support/factories.ts';
import { setOf } from '../test/support/rubrics.ts';
import { buildPgliteTemplate, PGLITE_TEMPLATE } from '../test/support/templates.ts';
import { createTestDatabase, type Engine } from '../test/support/test-db.ts';

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/* ---------- click → star on a phone ---------- */

export interface MemberClickBench {
  clicks: number;
  p50ms: number;
  p95ms: number;
  frameP50ms: number;
  frameP95ms: number;
  floorP50ms: number;
  floorP95ms: number;
  floorFrameP50ms: number;
}
export const MEMBER_PHONE = { width: 360, height: 740, cpuSlowdown: 4 } as const;

export async function benchMemberClick(clicks = 60): Promise<MemberClickBench> {
  const server = await startServer({ timeoutMs: 180_000 });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      viewport: { width: MEMBER_PHONE.width, height: MEMBER_PHONE.height },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    // as signIn does, but on a phone the navigation sits folded in its menu
    await page.goto(`${server.url}/dang-nhap`);
    await page.getByLabel('Email').fill('hoidong@demo.ocop.vn');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('main-nav').waitFor({ state: 'attached' });
    const itemId = await page.evaluate(async () => {
      const sessions = (await (await fetch('/api/council-sessions')).json()) as {
        id: string;
        status: string;
      }[];
      const open = sessions.find((s) => s.status === 'scoring');
      if (!open) return null;
      const s = (await (await fetch(`/api/council-sessions/${open.id}`)).json()) as {
        items: { id: string; myStatus: string }[];
      };
      return s.items.find((i) => i.myStatus === 'toScore')?.id ?? null;
    });
    if (!itemId) throw new Error('the demo world has no sheet waiting for hoidong@demo.ocop.vn');
    await page.goto(`${server.url}/app/phieu-cham/${itemId}`);
    // on a phone the total and star sit in the sheet bar at the foot of the screen
    await page.getByTestId('sheet-bar-result').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MEMBER_PHONE.cpuSlowdown });
    // tsx names inner functions with a __name helper that the page does not have
    await page.evaluate('window.__name = (f) => f');
    const samples = await page.evaluate(async (count) => {
      const summary = document.querySelector('[data-testid=sheet-bar-result]')!;
      // alternate each criterion between its first and last option: the total changes every click
      const radios = [...document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-criterion]')]
        .map((f) => {
          const r = [...f.querySelectorAll<HTMLInputElement>('input[type=radio]:not([disabled])')];
          return { a: r[0], b: r[r.length - 1] };
        })
        .filter((r) => r.a && r.b && r.a !== r.b);
      // the star shows once every criterion has a level: answer each first, unmeasured
      for (const r of radios) r.b.click();
      await new Promise((resolve) => setTimeout(resolve, 500));
      const measure = (target: HTMLElement, observed: Element) =>
        new Promise<{ dom: number; frame: number }>((resolve) => {
          let t0 = 0;
          const obs = new MutationObserver(() => {
            obs.disconnect();
            const dom = performance.now() - t0;
            requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
          });
          obs.observe(observed, { subtree: true, childList: true, characterData: true, attributes: true });
          // a click that changes nothing visible is counted apart, never waited for
          setTimeout(() => {
            obs.disconnect();
            resolve({ dom: Number.NaN, frame: Number.NaN });
          }, 2_000);
          t0 = performance.now();
          target.click();
        });
      const out: { dom: number; frame: number }[] = [];
      for (let i = 0; i < count; i++) {
        const r = radios[i % radios.length];
        out.push(await measure(r.a.checked ? r.b : r.a, summary));
      }
      const probe = document.createElement('button');
      probe.onclick = () => probe.setAttribute('data-n', String(Math.random()));
      document.body.append(probe);
      const floor: { dom: number; frame: number }[] = [];
      for (let i = 0; i < count; i++) floor.push(await measure(probe, probe));
      return { out, floor };
    }, clicks);
    const changed = samples.out.filter((s) => !Number.isNaN(s.dom));
    if (!changed.length) throw new Error('no click changed the sheet bar');
    const dom = changed.map((s) => s.dom);
    const frame = changed.map((s) => s.frame);
    return {
      clicks: changed.length,
      p50ms: pct(dom, 50),
      p95ms: pct(dom, 95),
      frameP50ms: pct(frame, 50),
      frameP95ms: pct(frame, 95),
      floorP50ms: pct(
        samples.floor.map((s) => s.dom),
        50,
      ),
      floorP95ms: pct(
        samples.floor.map((s) => s.dom),
        95,
      ),
      floorFrameP50ms: pct(
        samples.floor.map((s) => s.frame),
        50,
      ),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/* ---------- minutes and certificate PDFs ---------- */

export interface CouncilPdfBench {
  runs: number;
  products: number;
  minutesMedianMs: number;
  minutesBytes: number;
  certificateMedianMs: number;
  floorMedianMs: number;
}

function blankPage(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

async function median(runs: number, work: () => Promise<unknown>) {
  await work();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    ms.push(performance.now() - t);
  }
  return pct(ms, 50);
}

const MEMBERS = [
  ['Nguyễn Hữu Phong', 'chair', 'Văn phòng UBND tỉnh'],
  ['Trịnh Thị Minh Ngọc', 'viceChair', 'Sở Nông nghiệp và Môi trường'],
  ['Mai Thị Hội', 'member', 'Sở Y tế'],
  ['Lê Quang Huy', 'member', 'Sở Công Thương'],
  ['Hoàng Thị Thu Hà', 'member', 'Sở Khoa học và Công nghệ'],
  ['Đỗ Văn Bình', 'member', 'Sở Tài chính'],
  ['Vũ Thị Lan', 'member', 'Liên minh Hợp tác xã tỉnh'],
  ['Phạm Văn Lực', 'secretary', 'Văn phòng Điều phối nông thôn mới'],
] as const;

function minutesOf(products: number): MinutesData {
  const scorers = MEMBERS.filter((m) => m[1] !== 'secretary');
  return {
    council: {
      name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thanh Hóa',
      level: 'province',
      provinceName: 'Thanh Hóa',
      establishedBy: '1520/QĐ-UBND',
      establishedOn: '2026-03-16',
    },
    session: {
      title: 'Phiên họp đợt 1 năm 2027',
      meetingOn: '2027-05-20',
      place: 'Phòng họp tầng 3, Sở Nông nghiệp và Môi trường',
      mode: 'meeting',
      metOn: null,
      openedAt: '2027-05-20T01:30:00.000Z',
      closedAt: '2027-05-20T09:45:00.000Z',
    },
    rules: {
      total: 'mean',
      divergencePoints: 10,
      levelGap: 2,
      markers: 'majority',
      quorum: { share: { present: 3, of: 4 }, chairPresent: true },
    },
    quorum: { present: 7, members: 7, needed: 6, chairPresent: true },
    members: MEMBERS.map(([fullName, position, agency]) => ({ fullName, position, agency, present: true })),
    items: Array.from({ length: products }, (_, i) => {
      const base = 62 + ((i * 7) % 30);
      return {
        position: i + 1,
        productName: `Sản phẩm OCOP số ${i + 1} — Nem chua, chè lam và đặc sản xứ Thanh`,
        productCode: `38-${String(1000 + i)}`,
        producerName: `Hợp tác xã Dịch vụ nông nghiệp số ${i + 1}`,
        setNo: 7,
        conflicts:
          i % 10 === 3 ? [{ fullName: 'Lê Quang Huy', reason: 'Người thân làm việc tại hợp tác xã' }] : [],
        sheets: scorers.map(([fullName], k) => ({
          fullName,
          first: base + ((k * 3) % 5),
          rescored: i % 9 === 0 && k === 3 ? base + 2 : null,
          corrected: null,
        })),
        rescoring: i % 9 === 0 ? [{ fullName: 'Lê Quang Huy', criteria: ['1.2', '3.1', '5.2'] }] : null,
        result: {
          totalDisplay: (base + 1.57).toFixed(2),
          stars: base >= 70 ? 4 : 3,
          bandStars: base >= 70 ? 4 : 3,
          markerStars: 5,
          certifiable: true,
          disqualified: false,
          divergent: [],
          disagreements: i % 9 === 0 ? [{ criterion: '3.1', lowest: 1, highest: 3 }] : [],
          failedMarkers: [],
        },
      };
    }),
    chair: 'Nguyễn Hữu Phong',
    secretary: 'Phạm Văn Lực',
    draft: false,
    number: '12/BB-HĐOCOP',
  };
}

export async function benchCouncilPdf(runs = 9, products = 30): Promise<CouncilPdfBench> {
  const data = minutesOf(products);
  const minutes = await renderMinutes(data);
  return {
    runs,
    products,
    minutesMedianMs: await median(runs, () => renderMinutes(data)),
    minutesBytes: minutes.byteLength,
    certificateMedianMs: await median(runs, () =>
      renderCertificate({
        number: '015/2027/GCN-OCOP',
        issuerName: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
        decisionNumber: '1234/QĐ-UBND',
        decisionDate: '2027-06-10',
        productName: 'Nem chua Thanh Hóa',
        productCode: '38-1001',
        producerName: 'Hợp tác xã Nem chua Thành Sen',
        producerAddress: 'Phường Hàm Rồng, tỉnh Thanh Hóa',
        stars: 4,
        validFrom: '2027-06-10',
        validUntil: '2030-06-09',
        signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
        signerName: 'Lê Văn Tuấn',
        publicUrl: 'https://ocop.example.vn/sp/AB12CD34',
        mark: null,
      }),
    ),
    floorMedianMs: await median(runs * 4, blankPage),
  };
}

/* ---------- closing a 30-product session ---------- */

export interface CloseSessionBench {
  engine: Engine;
  products: number;
  members: number;
  closeAllMs: number;
  closeP50ms: number;
  closeP95ms: number;
  rawAllMs: number;
  rawP50ms: number;
  /** closing / raw reading, both for all 30 */
  ratio: number;
}

const grantOf = (g: Partial<Grant> & Pick<Grant, 'role' | 'scopeKind'>): Grant => ({
  id: 'bench',
  unitId: null,
  unitLevel: null,
  producerId: null,
  councilId: null,
  roundId: null,
  ...g,
});
const actorOf = (userId: string, label: string): AuditActor => ({ userId, label, ip: null, requestId: null });

/** Answers of set 7: each criterion at its best or the next level, varied by member and dossier. */
function variedAnswers(set: ReturnType<typeof setOf>['set'], member: number, item: number): Answers {
  const out: Answers = {};
  for (const [i, x] of compileSet(set).criteria.entries()) {
    const ranked = x.c.options.map((o) => o.position).sort((a, b) => optionRank(x.c, a) - optionRank(x.c, b));
    const down = (i * 5 + item * 3) % 4 === 0 || (i + member * 7 + item) % 9 === 0 ? 1 : 0;
    out[x.code] = ranked.at(-1 - down) ?? ranked[0];
  }
  return out;
}

export async function benchCloseSession(engine: Engine, products = 30): Promise<CloseSessionBench> {
  if (engine === 'pglite' && !existsSync(PGLITE_TEMPLATE)) await buildPgliteTemplate();
  const tdb = await createTestDatabase(engine);
  try {
    const deps = makeDeps(tdb.database);
    const { db } = deps.database;
    const { set, rules } = setOf('qd26-2026', 7);
    const producer = await seedProducerInUnit(deps, unit('14758'), {
      products: Array.from({ length: products }, (_, i) => `Sản phẩm bộ 7 số ${i + 1}`),
    });
    const best = variedAnswers(set, 0, 0);
    const own = scoreSheet(set, best, {}, rules);
    const dossierIds: string[] = [];
    for (const productId of producer.productIds) {
      const [sheet] = await db
        .insert(selfAssessments)
        .values({
          productId,
          producerId: producer.id,
          rubricVersionId: 'qd26-2026',
          procedureVersionId: 'r26_2026',
          setNo: 7,
          year: 2027,
          answers: best,
          total: own.total,
          stars: own.stars,
          status: 'final',
        })
        .returning({ id: selfAssessments.id });
      const [d] = await db
        .insert(dossiers)
        .values({
          productId,
          producerId: producer.id,
          kind: 'first',
          status: 'councilScoring',
          procedureVersionId: 'r26_2026',
          year: 2027,
          selfAssessmentId: sheet.id,
        })
        .returning({ id: dossiers.id });
      dossierIds.push(d.id);
    }
    const officerUser = await seedUser(deps, [
      { role: 'province_officer', scopeKind: 'unit', unitId: unit('38') },
    ]);
    const officer = grantOf({
      role: 'province_officer',
      scopeKind: 'unit',
      unitId: unit('38'),
      unitLevel: 'province',
    });
    const oa = actorOf(officerUser.id, officerUser.email);
    const council = await createCouncil(deps, officer, oa, {
      level: 'province',
      provinceId: unit('38'),
      name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thanh Hóa',
      establishedBy: '1520/QĐ-UBND',
      establishedOn: '2027-03-01',
    });
    const people: { grant: Grant; actor: AuditActor }[] = [];
    for (const [fullName, position, agency] of MEMBERS.filter((m) => m[1] !== 'secretary')) {
      const u = await seedUser(deps, [
        { role: 'council_member', scopeKind: 'council', councilId: council.id },
      ]);
      await addMember(deps, officer, oa, council.id, { email: u.email, position, agency });
      people.push({
        grant: grantOf({ role: 'council_member', scopeKind: 'council', councilId: council.id }),
        actor: actorOf(u.id, fullName),
      });
    }
    const planned = await createSession(deps, officer, oa, council.id, {
      title: 'Phiên họp đợt 1 năm 2027',
      meetingOn: '2027-05-20',
    });
    const session = await addDossiers(deps, officer, oa, planned.id, dossierIds);
    await recordAttendance(
      deps,
      officer,
      oa,
      session.id,
      session.members.map((m) => m.id),
    );
    const [chair] = people;
    await actOnSession(deps, chair.grant, chair.actor, session.id, 'openScoring');
    const items = session.items.map((i) => i.id);
    for (const [n, itemId] of items.entries())
      for (const [k, p] of people.entries())
        await saveMySheet(deps, p.grant, p.actor, itemId, {
          answers: variedAnswers(set, k, n),
          baseRevision: 0,
          changeId: `bench-${n}-${k}`,
          send: true,
        });
    const rawRead = async () => {
      const ms: number[] = [];
      for (const itemId of items) {
        const t = performance.now();
        await queryRows(
          db,
          sql`SELECT member_id, pass, version, answers, total, status FROM council_sheets WHERE item_id = ${itemId} ORDER BY member_id, pass, version`,
        );
        ms.push(performance.now() - t);
      }
      return ms;
    };
    await rawRead();
    const closeMs: number[] = [];
    for (const itemId of items) {
      const t = performance.now();
      await actOnItem(deps, chair.grant, chair.actor, itemId, 'closeItem');
      closeMs.push(performance.now() - t);
    }
    // the ceiling read after closing (the same rows, locked now), best of three passes
    const passes = [await rawRead(), await rawRead(), await rawRead()];
    const raw = passes.sort((a, b) => a.reduce((x, y) => x + y) - b.reduce((x, y) => x + y))[0];
    const closeAll = closeMs.reduce((a, b) => a + b, 0);
    const rawAll = raw.reduce((a, b) => a + b, 0);
    return {
      engine,
      products,
      members: people.length,
      closeAllMs: closeAll,
      closeP50ms: pct(closeMs, 50),
      closeP95ms: pct(closeMs, 95),
      rawAllMs: rawAll,
      rawP50ms: pct(raw, 50),
      ratio: closeAll / rawAll,
    };
  } finally {
    await tdb.drop();
  }
}
