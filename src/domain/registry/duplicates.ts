// Is this product another producer's product with only the name changed (the
// knock-out "giống hệt sản phẩm của nhà sản xuất khác, chỉ đổi tên", sets 5–14),
// or the same producer registering one product twice? Name similarity alone
// cannot tell, so several signals are combined; each pair carries the signals
// that matched so an officer can judge.
export interface DuplicateSignals {
  sameProducer: boolean;
  /** same tax code, representative or address under two producer records */
  relatedProducer: 'tax_code' | 'representative' | 'address' | null;
  sameSet: boolean;
  /** trigram similarity 0..1 of the folded names */
  nameSimilarity: number;
  /** trigram similarity 0..1 of description + story + raw material, null when either has none */
  textSimilarity: number | null;
  /** smallest Hamming distance between the two products' photo hashes (64 bits), null without photos */
  photoDistance: number | null;
}

export type DuplicateReason =
  | 'same_producer'
  | 'related_producer'
  | 'same_set'
  | 'similar_name'
  | 'near_identical_name'
  | 'similar_text'
  | 'similar_photo';

export interface DuplicateVerdict {
  score: number;
  reasons: DuplicateReason[];
  suspected: boolean;
}

export const SUSPECT_THRESHOLD = 0.6;

export function scoreDuplicate(s: DuplicateSignals): DuplicateVerdict {
  const reasons: DuplicateReason[] = [];
  let score = 0;
  if (s.sameProducer) {
    score += 0.2;
    reasons.push('same_producer');
  } else if (s.relatedProducer) {
    score += 0.25;
    reasons.push('related_producer');
  }
  if (s.sameSet) {
    score += 0.1;
    reasons.push('same_set');
  }
  if (s.nameSimilarity >= 0.85) {
    score += 0.35;
    reasons.push('near_identical_name');
  } else if (s.nameSimilarity >= 0.45) {
    score += 0.2 * ((s.nameSimilarity - 0.45) / 0.4) + 0.1;
    reasons.push('similar_name');
  }
  if (s.textSimilarity !== null && s.textSimilarity >= 0.5) {
    score += 0.3 * Math.min(1, (s.textSimilarity - 0.5) / 0.4 + 0.25);
    reasons.push('similar_text');
  }
  // a renamed copy often reuses the very same photos
  if (s.photoDistance !== null && s.photoDistance <= 10) {
    score += s.photoDistance <= 4 ? 0.4 : 0.25;
    reasons.push('similar_photo');
  }
  // different sets are rarely the same product, whatever the name says
  if (!s.sameSet) score *= 0.6;
  const rounded = Math.round(Math.min(1, score) * 100) / 100;
  return { score: rounded, reasons, suspected: rounded >= SUSPECT_THRESHOLD };
}
