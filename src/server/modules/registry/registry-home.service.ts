// The registry's part of the home pages (home.repository.ts): a scope's products by
// star, certificate state and province, the certificates due for re-evaluation, the
// producers waiting for confirmation, and a producer's own record and products with
// the state of each certificate today.
import { registryListScope, type Grant } from '../../../domain/access/policy.ts';
import {
  certificateTimeState,
  daysToExpiry,
  mayCarryMark,
} from '../../../domain/certificates/certificate-state.ts';
import type { AppDeps } from '../../core/deps.ts';
import * as repo from './home.repository.ts';

export async function scopeOverview(
  deps: AppDeps,
  grant: Grant,
  today: string,
  nearDays: number,
  listed: number,
) {
  const scope = registryListScope(grant);
  const { db } = deps.database;
  const [counts, due, pending] = await Promise.all([
    repo.countProducts(db, scope, today, nearDays),
    repo.renewalsDue(db, scope, today, nearDays, listed),
    repo.countPendingProducers(db, scope),
  ]);
  return {
    counts,
    renewals: due.map((r) => ({
      productId: r.productId,
      productName: r.productName,
      producerName: r.producerName,
      provinceName: r.provinceName,
      stars: r.stars,
      state: certificateTimeState(
        { status: r.status!, validUntil: r.validUntil, renewalFiledOn: r.renewalFiledOn },
        today,
      ),
      validUntil: r.validUntil,
      daysLeft: daysToExpiry(r.validUntil, today),
    })),
    pendingByProvince: new Map(pending.map((p) => [p.provinceId, p.n])),
  };
}

/** A producer grant's own record and products, each certificate with its state today; null for other grants. */
export async function producerOverview(deps: AppDeps, grant: Grant, today: string) {
  const scope = registryListScope(grant);
  if (scope.kind !== 'producer') return null;
  const found = await repo.producerWithProducts(deps.database.db, scope.producerId);
  if (!found) return null;
  return {
    producer: found.producer,
    products: found.products.map((p) => {
      const c = p.certificate;
      const state =
        c.status && c.validUntil
          ? certificateTimeState(
              { status: c.status, validUntil: c.validUntil, renewalFiledOn: c.renewalFiledOn },
              today,
            )
          : null;
      return {
        id: p.id,
        name: p.name,
        productSet: p.productSet,
        description: p.description,
        stars: c.stars,
        former: state !== null && !mayCarryMark(state),
        certificateState: state,
        validUntil: c.validUntil,
      };
    }),
  };
}
