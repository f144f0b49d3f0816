// `ocop seed --demo` and the first start: loads the demo world through the same
// services a person would use (accounts via users.service), writing one audit
// summary row for the registry part, then files its dossiers (demo-dossiers.ts) and
// runs the province's council on some of them (demo-councils.ts).
// Runs once; app_meta remembers it.
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { addDaysIso } from '../../domain/calendar/dates.ts';
import { certificateValidUntil } from '../../domain/certificates/validity.ts';
import { procedureVersionOn } from '../../domain/regimes/procedure-versions.ts';
import type { Tx } from '../db/client.ts';
import { analyzeDatabase } from '../db/maintenance.ts';
import { DEMO_COUNCIL_ACCOUNTS, DEMO_EXTRA_PRODUCTS, DEMO_PRODUCER_LOGINS } from './demo-council-data.ts';
import { seedDemoCouncils } from './demo-councils.ts';
import { seedDemoDossiers } from './demo-dossiers.ts';
import { DEMO_LIFECYCLE_PRODUCTS } from './demo-lifecycle-data.ts';
import { seedDemoLifecycle } from './demo-lifecycle.ts';
import { seedDemoSelfAssessment } from './demo-self-assessment.ts';
import {
  adminUnits,
  adminUnitScopes,
  appMeta,
  certificates,
  producers,
  products,
} from '../db/schema/index.ts';
import type { AppDeps } from '../core/deps.ts';
import { CURRENT_STRUCTURE } from '../../domain/admin-units/structures.ts';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import { appendAudit } from '../modules/audit/audit.service.ts';
import { createUser } from '../modules/users/users.service.ts';
import {
  DEMO_HISTORICAL,
  DEMO_MULTI_UNIT,
  DEMO_OFFICERS,
  DEMO_PASSWORD,
  DEMO_PENDING,
  DEMO_PENDING_PROVINCE,
  DEMO_PROVINCES,
  type DemoProducer,
  type DemoProduct,
} from './demo-data.ts';

import { DEMO_COUNCIL_ID } from './demo-council-data.ts';

export { DEMO_COUNCIL_ID };
const META_KEY = 'seed.demo';

export interface DemoLogin {
  email: string;
  role: string;
  unit: string;
}

export async function isDemoSeeded(deps: AppDeps): Promise<boolean> {
  const rows = await deps.database.db.select().from(appMeta).where(eq(appMeta.key, META_KEY));
  return rows.length > 0;
}

export async function seedDemo(deps: AppDeps): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  const today = deps.clock.today();
  await deps.database.db.transaction(async (tx) => {
    const units = new Map<
      string,
      { province: { id: string; name: string }; communes: { id: string; name: string }[] }
    >();
    for (const p of DEMO_PROVINCES) units.set(p.code, await pickUnits(tx, p.code));
    let producerCount = 0;
    let productCount = 0;
    for (const p of DEMO_PROVINCES) {
      const u = units.get(p.code)!;
      for (const [i, list] of p.producers.entries()) {
        for (const given of list) {
          const producer = {
            ...given,
            login: given.login ?? DEMO_PRODUCER_LOGINS[given.name],
            products: [
              ...given.products,
              ...(DEMO_EXTRA_PRODUCTS[given.name] ?? []),
              ...(DEMO_LIFECYCLE_PRODUCTS[given.name] ?? []),
            ],
          };
          const id = await insertProducer(tx, producer, u.communes[i].id, CURRENT_STRUCTURE, today);
          producerCount++;
          productCount += producer.products.length;
          if (producer.login) {
            await createUser(
              deps,
              SYSTEM_ACTOR,
              {
                email: producer.login,
                fullName: producer.representative,
                password: DEMO_PASSWORD,
                mustChangePassword: false,
                grants: [{ role: 'producer', scopeKind: 'producer', producerId: id }],
              },
              tx,
            );
            logins.push({
              email: producer.login,
              role: 'producer',
              unit: `${producer.name} — ${u.communes[i].name}`,
            });
          }
        }
      }
    }
    // a producer that registered itself and waits for its commune's confirmation
    {
      const commune = units.get(DEMO_PENDING_PROVINCE)!.communes[0];
      const id = await insertProducer(tx, DEMO_PENDING, commune.id, CURRENT_STRUCTURE, today, 'pending');
      const userId = await createUser(
        deps,
        SYSTEM_ACTOR,
        {
          email: DEMO_PENDING.login,
          fullName: DEMO_PENDING.representative,
          password: DEMO_PASSWORD,
          mustChangePassword: false,
          grants: [{ role: 'producer', scopeKind: 'producer', producerId: id }],
        },
        tx,
      );
      await tx.update(producers).set({ ownerUserId: userId }).where(eq(producers.id, id));
      producerCount++;
      productCount += DEMO_PENDING.products.length;
      logins.push({
        email: DEMO_PENDING.login,
        role: 'producer',
        unit: `${DEMO_PENDING.name} — ${commune.name} (chờ xã xác nhận)`,
      });
    }
    const historical = await pickHistoricalCommune(tx);
    if (historical) {
      const { product, ...rest } = DEMO_HISTORICAL;
      await insertProducer(tx, { ...rest, products: [product] }, historical, historical.split(':')[0], today);
      producerCount++;
      productCount++;
    }
    for (const o of DEMO_OFFICERS) {
      const u = 'province' in o ? units.get(o.province)! : null;
      const unit =
        o.scope === 'province'
          ? u!.province
          : o.scope === 'commune'
            ? u!.communes[(o as { commune: number }).commune]
            : null;
      const grant =
        o.scope === 'nation'
          ? { role: o.role, scopeKind: 'nation' as const }
          : o.scope === 'council'
            ? { role: o.role, scopeKind: 'council' as const, councilId: DEMO_COUNCIL_ID }
            : { role: o.role, scopeKind: 'unit' as const, unitId: unit!.id };
      await createUser(
        deps,
        SYSTEM_ACTOR,
        {
          email: o.email,
          fullName: o.fullName,
          password: DEMO_PASSWORD,
          mustChangePassword: false,
          grants: [grant],
        },
        tx,
      );
      logins.push({
        email: o.email,
        role: o.role,
        unit: unit?.name ?? (o.scope === 'council' ? 'Hội đồng OCOP (demo)' : 'Toàn quốc'),
      });
    }
    for (const m of DEMO_COUNCIL_ACCOUNTS) {
      await createUser(
        deps,
        SYSTEM_ACTOR,
        {
          email: m.email,
          fullName: m.fullName,
          password: DEMO_PASSWORD,
          mustChangePassword: false,
          grants: [{ role: 'council_member', scopeKind: 'council', councilId: DEMO_COUNCIL_ID }],
        },
        tx,
      );
      logins.push({ email: m.email, role: 'council_member', unit: `Hội đồng OCOP (demo) — ${m.agency}` });
    }
    const multi = units.get(DEMO_MULTI_UNIT.province)!;
    await createUser(
      deps,
      SYSTEM_ACTOR,
      {
        email: DEMO_MULTI_UNIT.email,
        fullName: DEMO_MULTI_UNIT.fullName,
        password: DEMO_PASSWORD,
        mustChangePassword: false,
        grants: multi.communes.map((c) => ({
          role: 'commune_officer' as const,
          scopeKind: 'unit' as const,
          unitId: c.id,
        })),
      },
      tx,
    );
    logins.push({
      email: DEMO_MULTI_UNIT.email,
      role: 'commune_officer',
      unit: multi.communes.map((c) => c.name).join(' + '),
    });
    await seedDemoSelfAssessment(tx, deps.clock.today());
    await appendAudit(tx, deps.auditSecret, SYSTEM_ACTOR, {
      action: 'seed.demo',
      objectType: 'registry',
      summary: `${producerCount} chủ thể, ${productCount} sản phẩm, ${logins.length} tài khoản`,
    });
    await tx.insert(appMeta).values({ key: META_KEY, value: { logins, at: new Date().toISOString() } });
  });
  // the dossiers go through the services, each of which opens its own transaction
  const filing = Date.now();
  await seedDemoDossiers(deps);
  const council = Date.now();
  await seedDemoCouncils(deps);
  const lifecycle = Date.now();
  await seedDemoLifecycle(deps);
  deps.log.info('demo dossiers, council and lifecycle seeded', {
    dossiersMs: council - filing,
    councilMs: lifecycle - council,
    lifecycleMs: Date.now() - lifecycle,
  });
  await analyzeDatabase(deps.database.db);
  return logins;
}

export async function demoLogins(deps: AppDeps): Promise<DemoLogin[]> {
  const [row] = await deps.database.db.select().from(appMeta).where(eq(appMeta.key, META_KEY));
  return (row?.value as { logins?: DemoLogin[] })?.logins ?? [];
}

async function pickUnits(tx: Tx, provinceCode: string) {
  const provinceId = `${CURRENT_STRUCTURE}:${provinceCode}`;
  const [province] = await tx
    .select({ id: adminUnits.id, name: adminUnits.name })
    .from(adminUnits)
    .where(eq(adminUnits.id, provinceId));
  const communes = await tx
    .select({ id: adminUnits.id, name: adminUnits.name })
    .from(adminUnits)
    .where(and(eq(adminUnits.provinceId, provinceId), eq(adminUnits.level, 'commune')))
    .orderBy(asc(adminUnits.code))
    .limit(2);
  if (!province || communes.length < 2)
    throw new Error(`demo seed: province ${provinceCode} not found in ${CURRENT_STRUCTURE}`);
  return { province, communes };
}

async function pickHistoricalCommune(tx: Tx): Promise<string | null> {
  const [row] = await tx
    .select({ id: adminUnits.id })
    .from(adminUnits)
    .innerJoin(adminUnitScopes, eq(adminUnitScopes.unitId, adminUnits.id))
    .where(
      and(
        sql`${adminUnits.versionId} <> ${CURRENT_STRUCTURE}`,
        eq(adminUnits.level, 'commune'),
        isNotNull(adminUnitScopes.currentCommuneId),
        sql`${adminUnits.nameFold} LIKE '%dong van%'`,
      ),
    )
    .orderBy(asc(adminUnits.code))
    .limit(1);
  return row?.id ?? null;
}

async function insertProducer(
  tx: Tx,
  p: DemoProducer,
  unitId: string,
  versionId: string,
  today: string,
  status: 'active' | 'pending' = 'active',
): Promise<string> {
  const [scope] = await tx.select().from(adminUnitScopes).where(eq(adminUnitScopes.unitId, unitId));
  const place = {
    unitId,
    unitVersionId: versionId,
    scopeProvinceId: scope?.currentProvinceId ?? null,
    scopeCommuneId: scope?.currentCommuneId ?? null,
  };
  const [row] = await tx
    .insert(producers)
    .values({
      name: p.name,
      legalType: p.legalType,
      taxCode: p.taxCode,
      ...place,
      representativeName: p.representative,
      representativeSex: p.sex,
      representativeEthnicity: p.ethnicity,
      representativeDisability: false,
      phone: p.phone ?? null,
      email: p.email ?? null,
      status,
    })
    .returning({ id: producers.id });
  for (const product of p.products) {
    const [prod] = await tx
      .insert(products)
      .values({
        producerId: row.id,
        name: product.name,
        productSet: product.set,
        description: product.description ?? null,
        ...place,
      })
      .returning({ id: products.id });
    const decidedOn = decidedOnOf(product, today);
    if (product.stars && decidedOn) {
      const validUntil = certificateValidUntil(decidedOn);
      const procedure = procedureVersionOn(decidedOn);
      await tx.insert(certificates).values({
        productId: prod.id,
        stars: product.stars,
        decisionNo: `${decisionNumber(product.name)}/${product.stars === 5 ? 'QĐ-BNNMT' : 'QĐ-UBND'}`,
        decisionDate: decidedOn,
        decisionYear: Number(decidedOn.slice(0, 4)),
        issuer: product.stars === 5 ? 'Bộ trưởng Bộ Nông nghiệp và Môi trường' : 'Chủ tịch UBND tỉnh',
        procedureVersionId: procedure,
        validFrom: decidedOn,
        validUntil,
        status: 'valid',
        renewalFiledOn:
          product.renewalFiledDaysBeforeExpiry === undefined
            ? null
            : addDaysIso(validUntil, -product.renewalFiledDaysBeforeExpiry),
        historical: true,
      });
    }
  }
  return row.id;
}

/**
 * The decision day of a demo certificate: given, or the day that makes its last valid
 * day fall `expiresInDays` from the seeding day (36 months before the day after it).
 */
function decidedOnOf(product: DemoProduct, today: string): string | null {
  if (product.decidedOn) return product.decidedOn;
  if (product.expiresInDays === undefined) return null;
  const [y, m, d] = addDaysIso(today, product.expiresInDays + 1)
    .split('-')
    .map(Number);
  const from = new Date(Date.UTC(y - 3, m - 1, d));
  // the same calendar day three years earlier (29/2 falls back to 28/2)
  if (from.getUTCMonth() !== m - 1) from.setUTCDate(0);
  return from.toISOString().slice(0, 10);
}

/** A stable, plausible decision number derived from the product name. */
function decisionNumber(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) % 9000;
  return 100 + h;
}
