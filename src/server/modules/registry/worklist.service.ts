// The data-quality worklist of a territory: what its records lack, for completion.
import { registryListScope, type Grant } from '../../../domain/access/policy.ts';
import { type IncompleteFact, inFactOrder } from '../../../domain/registry/incomplete-facts.ts';
import type { Worklist } from '../../../shared/contracts/worklist.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import * as repo from './worklist.repository.ts';

type Fact = IncompleteFact;

export async function worklistOf(
  deps: AppDeps,
  grant: Grant,
  q: { fact?: Fact; page: number; pageSize: number },
): Promise<Worklist> {
  const scope = registryListScope(grant);
  if (scope.kind === 'none') throw new AppError('FORBIDDEN');
  const { items, total, byFact } = await repo.worklistPage(
    deps.database.db,
    scope,
    q.fact,
    q.page,
    q.pageSize,
  );
  const counts = new Map(byFact.map((f) => [f.fact, f.count]));
  return {
    items: items.map((i) => ({ ...i, gaps: inFactOrder(i.gaps) })),
    total,
    page: q.page,
    pageSize: q.pageSize,
    byFact: inFactOrder(counts.keys()).map((fact) => ({ fact, count: counts.get(fact)! })),
  };
}
