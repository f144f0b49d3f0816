// Issuing official product codes by the rule in force (resources/rules): the
// number is drawn from the commune's register with one atomic upsert, the code and
// the rule it was issued under are stored together, and the change is audited.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Grant } from '../../../domain/access/policy.ts';
import {
  formatProductCode,
  ruleInForce,
  sequenceScopeKey,
  type ProductCodeRule,
} from '../../../domain/registry/product-code.ts';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { AuditActor } from '../../core/actor.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { recognitionOf } from '../certificates/certificates.service.ts';
import * as repo from './registry-write.repository.ts';
import { getProductFacts } from './registry.service.ts';

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
  const product = await repo.lockProduct(tx, productId);
  if (!product) throw new AppError('NOT_FOUND');
  if (product.code) throw new AppError('PRODUCT_CODE_TAKEN', { value: product.code });
  const rule = ruleInForce(productCodeRules(), today);
  if (!rule) throw new AppError('CODE_RULE_MISSING', { date: today });
  if (!product.scopeCommuneId || !product.scopeProvinceId) throw new AppError('CODE_NEEDS_COMMUNE');
  const recognised = await recognitionOf(tx, productId, today);
  if (rule.assignedAt === 'recognition' && !recognised) throw new AppError('CODE_NEEDS_RECOGNITION');
  const year = Number(
    (rule.yearOf === 'recognition' && recognised?.decisionDate ? recognised.decisionDate : today).slice(0, 4),
  );
  const parts = {
    province: product.scopeProvinceId.split(':')[1],
    commune: product.scopeCommuneId.split(':')[1],
    year,
  };
  const scope = sequenceScopeKey(rule, parts);
  const seq = await repo.nextCodeNumber(tx, scope);
  const code = formatProductCode(rule, { ...parts, seq });
  await repo.setProductCode(tx, productId, code, rule.id);
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
  await getProductFacts(deps.database.db, grant, productId);
  // codes are issued by the province that recognised the product
  if (grant.role !== 'province_officer') throw new AppError('FORBIDDEN');
  return deps.database.db.transaction((tx) => issueProductCode(tx, deps, actor, productId, today));
}
