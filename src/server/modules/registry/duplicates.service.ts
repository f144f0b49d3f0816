// Ranked suspected duplicates within what the grant may see, with the signals
// that matched; and the check run when a product is registered.
import { registryListScope, type Grant } from '../../../domain/access/policy.ts';
import { scoreDuplicate } from '../../../domain/registry/duplicates.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { candidatePairs, type PairRow } from './duplicates.repository.ts';

function present(r: PairRow) {
  const verdict = scoreDuplicate({
    sameProducer: r.same_producer, relatedProducer: r.related, sameSet: r.same_set, nameSimilarity: r.name_sim,
    textSimilarity: r.text_sim, photoDistance: r.photo_distance,
  });
  return {
    a: { id: r.a_id, name: r.a_name, producerName: r.a_producer },
    b: { id: r.b_id, name: r.b_name, producerName: r.b_producer },
    ...verdict,
    signals: { nameSimilarity: Math.round(r.name_sim * 100) / 100, textSimilarity: r.text_sim === null ? null : Math.round(r.text_sim * 100) / 100, photoDistance: r.photo_distance, related: r.related },
  };
}

export async function listSuspectedDuplicates(deps: AppDeps, grant: Grant, opts: { minScore: number; page: number; pageSize: number }) {
  const scope = registryListScope(grant);
  // the whole country at once is a batch job, not a page: officers look per province
  if (scope.kind === 'all' || scope.kind === 'none' || scope.kind === 'producer') throw new AppError('FORBIDDEN');
  const pairs = (await candidatePairs(deps.database.db, scope, { limit: 5000 })).map(present).filter((p) => p.score >= opts.minScore).sort((x, y) => y.score - x.score);
  return { items: pairs.slice((opts.page - 1) * opts.pageSize, opts.page * opts.pageSize), total: pairs.length, page: opts.page, pageSize: opts.pageSize };
}

/** Suspected duplicates of one product among those of its province: shown when it is registered. */
export async function duplicatesOf(db: Executor, productId: string, provinceId: string | null) {
  if (!provinceId) return [];
  const pairs = await candidatePairs(db, { kind: 'province', unitId: provinceId }, { focus: productId, limit: 50 });
  return pairs.map(present).filter((p) => p.suspected).sort((x, y) => y.score - x.score).slice(0, 10)
    .map((p) => ({ ...p, other: p.a.id === productId ? p.b : p.a }));
}
