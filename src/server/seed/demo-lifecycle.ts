// Life after certification in the demo world: the Quảng Ninh office revokes a
// certificate for misuse of the mark (the case opened from the market inspectors'
// record, the chair's signed decision uploaded), and the daily job runs once on the
// seeding day, so the radar, the public pages and the producers' inboxes show each
// state of the lifecycle (demo-lifecycle-data.ts). Through the services, like the rest.
import { and, eq } from 'drizzle-orm';
import { addDaysIso } from '../../domain/calendar/dates.ts';
import type { AppDeps } from '../core/deps.ts';
import * as F from '../documents/official-form.ts';
import { certificates, products } from '../db/schema/index.ts';
import { runLifecycle } from '../modules/certificates/lifecycle.service.ts';
import { decideRevocation, openRevocation } from '../modules/certificates/revocations.service.ts';
import { DEMO_REVOCATION } from './demo-lifecycle-data.ts';
import { personOf } from './demo-dossiers.ts';

export async function seedDemoLifecycle(deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const today = deps.clock.today();
  const r = DEMO_REVOCATION;
  const [cert] = await db
    .select({ id: certificates.id, provinceId: products.scopeProvinceId })
    .from(certificates)
    .innerJoin(products, eq(products.id, certificates.productId))
    .where(and(eq(products.name, r.product), eq(certificates.status, 'valid')));
  if (cert) {
    const officer = await personOf(db, r.officer, (g) => g.unitId === cert.provinceId);
    const conclusionDate = addDaysIso(today, -r.conclusionDaysAgo);
    const opened = await openRevocation(deps, officer.grant, officer.actor, cert.id, {
      ground: r.ground,
      conclusionRef: r.conclusionRef,
      conclusionDate,
      conclusionBy: r.conclusionBy,
      note: r.note,
    });
    const signedOn = addDaysIso(today, -r.decidedDaysAgo);
    await decideRevocation(deps, officer.grant, officer.actor, opened.id, {
      number: r.number,
      signedOn,
      file: { name: 'quyet-dinh-thu-hoi.pdf', bytes: await revocationPdf(r.product, r.number, signedOn) },
    });
  }
  await runLifecycle(deps, today);
}

/** The chair's decision as the demo's signed copy. */
async function revocationPdf(product: string, number: string, signedOn: string): Promise<Uint8Array> {
  const f = F.openForm({ title: `Quyết định ${number}`, author: 'UBND tỉnh Quảng Ninh' });
  const [y, m, d] = signedOn.split('-');
  F.header(f, {
    issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH'],
    docNumber: `Số: ${number}`,
    placeDate: `Quảng Ninh, ngày ${d} tháng ${m} năm ${y}`,
  });
  F.formTitle(f, 'QUYẾT ĐỊNH', `Về việc thu hồi Giấy chứng nhận sản phẩm OCOP "${product}"`);
  F.paragraph(
    f,
    `Căn cứ Điều 8 Quyết định số 26/2026/QĐ-TTg; căn cứ ${DEMO_REVOCATION.conclusionRef} của ${DEMO_REVOCATION.conclusionBy}.`,
  );
  F.paragraph(
    f,
    `Điều 1. Thu hồi Giấy chứng nhận sản phẩm OCOP 3 sao của sản phẩm "${product}" do sử dụng sai mục đích nhãn hiệu chứng nhận OCOP. ${DEMO_REVOCATION.note}`,
  );
  F.paragraph(f, 'Điều 2. Quyết định có hiệu lực kể từ ngày ký.');
  return new Uint8Array(await F.finishForm(f, `Quyết định số ${number}`));
}
