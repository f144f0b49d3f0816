// Revocation (thu hồi) of a recognition, QĐ 26/2026 Art. 8: on one of six grounds,
// by the provincial chair for 3★ and 4★ and by the minister for 5★, decided within
// 15 days (the procedure version's `revocationDecision` limit) of the competent
// conclusion that triggers it. A case is opened from the conclusion (the deadline is
// shown from then on) and decided by uploading the signed decision; a late decision
// is still recorded, marked late.
import type { REVOCATION_GROUNDS, ROUND_LEVELS } from '../../shared/enums.ts';
import { DECISION_SUFFIX } from '../decisions/decision-number.ts';

export type RevocationGround = (typeof REVOCATION_GROUNDS)[number];

/** The article's words for each ground, printed on notices and the public page. */
export const GROUND_TEXT: Record<RevocationGround, { vi: string; en: string }> = {
  falseInformation: {
    vi: 'Hồ sơ, thông tin cung cấp không trung thực, giả mạo',
    en: 'False or forged information in the dossier',
  },
  criteriaNotMet: {
    vi: 'Sản phẩm không còn đáp ứng tiêu chí theo kết quả kiểm tra',
    en: 'The product no longer meets the criteria, per an inspection',
  },
  lawBreach: {
    vi: 'Vi phạm quy định về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ hoặc nhãn hàng hóa',
    en: 'Breach of quality, food-safety, environmental, IP or labelling law',
  },
  markMisuse: {
    vi: 'Sử dụng sai mục đích nhãn hiệu chứng nhận OCOP',
    en: 'Misuse of the OCOP mark',
  },
  productionStopped: {
    vi: 'Chủ thể ngừng sản xuất sản phẩm',
    en: 'The producer stopped making the product',
  },
  authorityConclusion: {
    vi: 'Theo kết luận khác của cơ quan có thẩm quyền',
    en: 'Another conclusion of a competent authority',
  },
};

/** Who revokes a recognition of these stars: the province's chair (3–4★) or the minister (5★). */
export function revokingLevel(stars: number | null): (typeof ROUND_LEVELS)[number] {
  return stars === 5 ? 'central' : 'province';
}

/** The suffix of the revoking decision's number: the same body that recognised it. */
export const revocationSuffix = (stars: number | null) => DECISION_SUFFIX[revokingLevel(stars)];
