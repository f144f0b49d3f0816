// Issuing official product codes by the rule in force (resources/rules): the
// number is drawn from the commune's register with one atomic upsert, the code and
// the rule it was issued under are stored together, and the change is audited.
import { readFileSync } from 'node:fs';
import { and, eq, gte, sql } from 'drizzle-orm';
import { fileURLToPath } from 'node:url';
import type { Grant } from '../../../domain/access/policy.ts';
import { productActions } from '../../../domain/access/records.ts';
import {
  formatProductCode,
  ruleInForce,
  sequenceScopeKey,
  type ProductCodeRule,
} from '../../../domain/registry/product-code.ts';
import { queryRows, type Tx } from '../../db/client.ts';
import { certificates, products } from '../../db/schema/index.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { AuditActor } from '../../core/actor.ts';
import { appendAudit } from '../audit/audit.service.ts';

const RULES_FILE = fileURLToPath(
  new URL('../../../../resources/rules/product-code-rules.json', import.meta.url),
);
let rules: ProductCodeRule[] | null = null;
export function productCodeRules(): ProductCodeRule[] {
  rules ??= (JSON.parse(readFileSync(RULES_FILE, 'utf8')) as { rules: ProductCodeRule[] }).rules;
  return rules;
}

export async function issueProductCode(
  tx: Tx,
  deps: AppDeps,
  actor: AuditActor,
  productId: string,
  today: string,
): Promise<string> {
  const [product] = await tx.select().from(products).where(eq(products.id, productId)).for('update');
  if (!product) throw new AppError('NOT_FOUND');
  if (product.code) throw new AppError('PRODUCT_CODE_TAKEN', { value: product.code });
  const rule = ruleInForce(productCodeRules(), today);
  if (!rule) throw new AppError('CODE_RULE_MISSING', { date: today });
  if (!product.scopeCommuneId || !product.scopeProvinceId) throw new AppError('CODE_NEEDS_COMMUNE');
  const [recognised] = await tx
    .select({ decisionDate: certificates.decisionDate })
    .from(certificates)
    .where(
      and(
        eq(certificates.productId, productId),
        eq(certificates.status, 'valid'),
        gte(certificates.validUntil, today),
      ),
    );
  if (rule.assignedAt === 'recognition' && !recognised) throw new AppError('CODE_NEEDS_RECOGNITION');
  const year = Number(
    (rule.yearOf === 'recognition' && recognised ? recognised.decisionDate : today).slice(0, 4),
  );
  const parts = {
    province: product.scopeProvinceId.split(':')[1],
    commune: product.scopeCommuneId.split(':')[1],
    year,
  };
  const scope = sequenceScopeKey(rule, parts);
  const [{ seq }] = await queryRows<{ seq: number }>(
    tx,
    sql`
    INSERT INTO product_code_sequences (scope, last_value) VALUES (${scope}, 1)
    ON CONFLICT (scope) DO UPDATE SET last_value = product_code_sequences.last_value + 1
    RETURNING last_value AS seq`,
  );
  const code = formatProductCode(rule, { ...parts, seq });
  await tx
    .update(products)
    .set({ code, codeRuleId: rule.id, updatedAt: sql`now()` })
    .where(eq(products.id, productId));
  await appendAudit(tx, deps.auditSecret, actor, {
    action: 'product.code_issued',
    objectType: 'product',
    objectId: productId,
    after: { code, rule: rule.id, verifiedRule: rule.verified },
  });
  return code;
}

export async function issueProductCodeFor(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  productId: string,
  today = deps.clock.today(),
) {
  const [p] = await deps.database.db
    .select({
      producerId: products.producerId,
      scopeProvinceId: products.scopeProvinceId,
      scopeCommuneId: products.scopeCommuneId,
    })
    .from(products)
    .where(eq(products.id, productId));
  if (!productActions(grant, p).includes('view')) throw new AppError('NOT_FOUND');
  // codes are issued by the province that recognised the product
  if (grant.role !== 'province_officer') throw new AppError('FORBIDDEN');
  return deps.database.db.transaction((tx) => issueProductCode(tx, deps, actor, productId, today));
}
