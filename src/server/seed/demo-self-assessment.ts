// A self-assessment draft in the demo world: the Thành Sen cooperative's first
// product, answered one level below the best option on every criterion, so the
// sheet shows a mid-range star, the markers that block the next one and advice.
import { and, eq, ne } from 'drizzle-orm';
import { procedureVersionOn, rubricVersionOf } from '../../domain/regimes/procedure-versions.ts';
import { compileSet, scoreSheet, type Answers } from '../../domain/scoring/score.ts';
import type { Tx } from '../db/client.ts';
import { adminUnits, producers, producerWorkforce, products, selfAssessments } from '../db/schema/index.ts';
import { getRubricSet } from '../modules/rubrics/rubrics.service.ts';

export const DEMO_ASSESSMENT_PRODUCER_TAX_CODE = '2801234567';

export async function seedDemoSelfAssessment(tx: Tx, today: string): Promise<void> {
  const [product] = await tx
    .select({
      id: products.id,
      producerId: products.producerId,
      productSet: products.productSet,
      unitId: producers.unitId,
      unitVersionId: producers.unitVersionId,
    })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(eq(producers.taxCode, DEMO_ASSESSMENT_PRODUCER_TAX_CODE))
    .orderBy(products.name)
    .limit(1);
  if (!product?.productSet) return;
  // its workforce by residence: 14 in its own commune, 4 from a neighbouring one (78 % local)
  const [unit] = await tx
    .select({ provinceId: adminUnits.provinceId })
    .from(adminUnits)
    .where(eq(adminUnits.id, product.unitId));
  const [other] = await tx
    .select({ id: adminUnits.id })
    .from(adminUnits)
    .where(
      and(
        eq(adminUnits.provinceId, unit.provinceId),
        eq(adminUnits.level, 'commune'),
        ne(adminUnits.id, product.unitId),
      ),
    )
    .orderBy(adminUnits.code)
    .limit(1);
  await tx.insert(producerWorkforce).values([
    {
      producerId: product.producerId,
      unitId: product.unitId,
      unitVersionId: product.unitVersionId,
      workers: 14,
      asOf: `${Number(today.slice(0, 4)) - 1}-12-31`,
    },
    ...(other
      ? [
          {
            producerId: product.producerId,
            unitId: other.id,
            unitVersionId: product.unitVersionId,
            workers: 4,
            asOf: `${Number(today.slice(0, 4)) - 1}-12-31`,
          },
        ]
      : []),
  ]);
  const procedureVersionId = procedureVersionOn(today);
  const rubricVersionId = rubricVersionOf(procedureVersionId);
  const { set, rules } = await getRubricSet(tx, rubricVersionId, product.productSet);
  const answers: Answers = {};
  for (const x of compileSet(set).criteria) {
    const ranked = x.c.options.map((o) => o.position).sort((a, b) => x.rank[a] - x.rank[b]);
    answers[x.code] = ranked.at(-2) ?? ranked.at(-1) ?? 0;
  }
  const facts = { hasStory: true };
  const result = scoreSheet(set, answers, facts, rules);
  await tx.insert(selfAssessments).values({
    productId: product.id,
    producerId: product.producerId,
    rubricVersionId,
    procedureVersionId,
    setNo: product.productSet,
    year: Number(today.slice(0, 4)),
    answers,
    facts,
    total: result.total,
    stars: result.stars,
    comments: {
      [set.parts[0].sections[0].criteria[0].code]:
        'Nguyên liệu mua của các hộ trong xã, có sổ ghi chép thu mua.',
    },
  });
}
