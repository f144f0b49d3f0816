// A notice to a certificate's holder: its words from the certificate's facts and the
// product's public address, addressed to the producer, linked to the public page and
// filed under the product — one shape for the job's, the renewal's and the revocation's.
import type { CertificateNoticeFacts, NoticeText } from '../../../domain/notices/notice-texts.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { NoticeDraft } from '../notices/notices.service.ts';
import { publicUrlOf } from '../registry/public-address.service.ts';

export interface HolderOf {
  productId: string;
  producerId: string;
  productName: string;
  publicId: string;
  stars: number | null;
  certificateNo: string | null;
  validUntil: string | null;
}

export function holderNotice(
  deps: Pick<AppDeps, 'env'>,
  c: HolderOf,
  kind: NoticeDraft['kind'],
  cause: string,
  words: (facts: CertificateNoticeFacts) => NoticeText,
): NoticeDraft {
  const publicUrl = publicUrlOf(deps, c.publicId);
  return {
    kind,
    audience: { kind: 'producer', producerId: c.producerId },
    ...words({
      productName: c.productName,
      stars: c.stars,
      certificateNo: c.certificateNo,
      validUntil: c.validUntil,
      publicUrl,
    }),
    link: publicUrl,
    object: { type: 'product', id: c.productId },
    cause,
  };
}
