// The permanent public address of a product, `{PUBLIC_URL}/sp/{publicId}`: what other
// modules print and export (publicUrlOf), and what the address answers to anyone,
// without signing in (findPublicProduct). The certificate's state is the one the
// product record shows, on the app clock's date in Vietnam.
import { currentCertificateOn, starsInForce } from '../../../domain/certificates/current-certificate.ts';
import type { PublicProduct } from '../../../shared/contracts/public-product.ts';
import { publicAddressOf } from '../../../shared/public-address.ts';
import { PRODUCT_SETS } from '../../../shared/registry.ts';
import type { AppDeps } from '../../core/deps.ts';
import { publicMeaningOf } from '../certificates/certificate-meaning.service.ts';
import * as repo from './public-address.repository.ts';

/** The public address of the product with this public id (for records, exports, certificates and stamps). */
export function publicUrlOf(deps: Pick<AppDeps, 'env'>, publicId: string): string {
  return publicAddressOf(deps.env.PUBLIC_URL, publicId);
}

/** What the public address shows of a product, or null when no product has this id. */
export async function findPublicProduct(deps: AppDeps, publicId: string): Promise<PublicProduct | null> {
  const row = await repo.findByPublicId(deps.database.db, publicId);
  if (!row) return null;
  const current = currentCertificateOn(row.certificate, deps.clock.today());
  const set = row.productSet ? PRODUCT_SETS.find((s) => s.no === row.productSet) : undefined;
  return {
    publicId: row.publicId,
    publicUrl: publicUrlOf(deps, row.publicId),
    name: row.name,
    status: row.status,
    producer: { name: row.producerName },
    place: { commune: row.communeName, province: row.provinceName },
    productSet: row.productSet,
    productSetName: set?.vi ?? null,
    stars: starsInForce(current),
    certificate: current
      ? {
          state: current.state,
          validUntil: current.validUntil,
          decisionNumber: row.decisionNumber,
          meaning: row.certificate.id
            ? await publicMeaningOf(deps.database.db, {
                id: row.certificate.id,
                state: current.state,
                validUntil: current.validUntil,
              })
            : null,
        }
      : null,
  };
}
