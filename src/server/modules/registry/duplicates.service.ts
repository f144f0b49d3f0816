// Ranked suspected duplicates within what the grant may see, with the signals
// that matched; and the check run when a product is registered.
import { registryListScope, type Grant, type ListScope } from '../../../domain/access/policy.ts';
import { scoreDuplicate } from '../../../domain/registry/duplicates.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { candidatePairs, type PairRow } from './duplicates.repository.ts';

function present(r: PairRow) {
  const verdict = scoreDuplicate({
    sameProducer: r.same_producer,
    relatedProducer: r.related,
    sameSet: r.same_set,
    nameSimilarity: r.name_sim,
    textSimilarity: r.text_sim,
    photoDistance: r.photo_distance,
  });
  return {
    a: { id: r.a_id, name: r.a_name, producerName: r.a_producer },
    b: { id: r.b_id, name: r.b_name, producerName: r.b_producer },
    ...verdict,
    signals: {
      nameSimilarity: Math.round(r.name_sim * 100) / 100,
      textSimilarity: r.text_sim === null ? null : Math.round(r.text_sim * 100) / 100,
      photoDistance: r.photo_distance,
      related: r.related,
    },
  };
}

export async function listSuspectedDuplicates(
  deps: AppDeps,
  grant: Grant,
  opts: { minScore: number; page: number; pageSize: number },
) {
  const scope = registryListScope(grant);
  // the whole country at once is a batch job, not a page: officers look per province
  if (scope.kind === 'all' || scope.kind === 'none' || scope.kind === 'producer')
    throw new AppError('FORBIDDEN');
  const pairs = (await candidatePairs(deps.database.db, scope, { limit: 5000 }))
    .map(present)
    .filter((p) => p.score >= opts.minScore)
    .sort((x, y) => y.score - x.score);
  return {
    items: pairs.slice((opts.page - 1) * opts.pageSize, opts.page * opts.pageSize),
    total: pairs.length,
    page: opts.page,
    pageSize: opts.pageSize,
  };
}

/**
 * Suspected duplicates of one product, shown when it is registered: only those the
 * caller may see (a producer sees its own products; an officer its territory). A
 * suspicion among the province's other products is said without naming them.
 */
export async function duplicatesOf(db: Executor, grant: Grant, productId: string, provinceId: string | null) {
  if (!provinceId) return { suspectedDuplicates: [], similarNotShown: false };
  const suspected = async (scope: ListScope) =>
    (await candidatePairs(db, scope, { focus: productId, limit: 50 }))
      .map(present)
      .filter((p) => p.suspected)
      .sort((x, y) => y.score - x.score)
      .map((p) => ({ ...p, other: p.a.id === productId ? p.b : p.a }));
  const scope = registryListScope(grant);
  const visible =
    scope.kind === 'none'
      ? []
      : await suspected(scope.kind === 'all' ? { kind: 'province', unitId: provinceId } : scope);
  const shown = new Set(visible.map((p) => p.other.id));
  const inProvince =
    scope.kind === 'province' || scope.kind === 'all'
      ? visible
      : await suspected({ kind: 'province', unitId: provinceId });
  return {
    suspectedDuplicates: visible.slice(0, 10),
    similarNotShown: inProvince.some((p) => !shown.has(p.other.id)),
  };
}
