// The commune's check of a dossier (QĐ 26/2026 Art. 7.2, Mẫu 03): the four items it
// assesses — (a) the product's origin and local raw material, (b) local labour, (c)
// where the idea came from, (d) local identity and know-how — each met or not with
// the commune's note, and its proposal to the province, signed. The local-labour
// item is suggested from the producer's workforce records (the share living in the
// commune), as on the self-assessment; the officer decides.

import { COMMUNE_CHECK_ITEMS } from '../../shared/enums.ts';

export { COMMUNE_CHECK_ITEMS };
export type CommuneCheckItem = (typeof COMMUNE_CHECK_ITEMS)[number];

export const COMMUNE_CHECK_LABELS: Record<CommuneCheckItem, { vi: string; en: string }> = {
  originAndRawMaterial: {
    vi: 'Nguồn gốc sản phẩm và nguyên liệu tại địa phương',
    en: 'Origin of the product and local raw material',
  },
  localLabour: { vi: 'Sử dụng lao động địa phương', en: 'Local labour' },
  ideaOrigin: { vi: 'Nguồn gốc ý tưởng sản phẩm', en: 'Origin of the product idea' },
  localIdentity: {
    vi: 'Tính đặc trưng, bản sắc, tri thức địa phương',
    en: 'Local identity, character and know-how',
  },
};

export interface CommuneItemAssessment {
  met: boolean;
  note: string;
}

export interface Form03 {
  items: Record<CommuneCheckItem, CommuneItemAssessment>;
  /** the commune's proposal to the province, in its words */
  proposal: string;
  /** who signs for the commune's People's Committee */
  signer: string;
  signerTitle: string;
}

export type Form03Problem =
  | { code: 'itemMissing'; item: CommuneCheckItem }
  | { code: 'noteRequired'; item: CommuneCheckItem }
  | { code: 'fieldMissing'; field: 'proposal' | 'signer' | 'signerTitle' };

/** What keeps a Mẫu 03 from being sent: every item assessed, a note on each not met, the proposal signed. */
export function form03Problems(f: {
  items: Partial<Record<CommuneCheckItem, CommuneItemAssessment>>;
  proposal: string;
  signer: string;
  signerTitle: string;
}): Form03Problem[] {
  const problems: Form03Problem[] = [];
  for (const item of COMMUNE_CHECK_ITEMS) {
    const a = f.items[item];
    if (!a) problems.push({ code: 'itemMissing', item });
    else if (!a.met && a.note.trim().length < 5) problems.push({ code: 'noteRequired', item });
  }
  for (const field of ['proposal', 'signer', 'signerTitle'] as const)
    if (!f[field].trim()) problems.push({ code: 'fieldMissing', field });
  return problems;
}

/**
 * The local-labour suggestion from the workforce records: met when at least half the
 * workers live in the commune; none without records. The officer confirms or changes it.
 */
export function suggestLocalLabour(share: {
  percent: number | null;
}): { met: boolean; percent: number } | null {
  if (share.percent === null) return null;
  return { met: share.percent >= 50, percent: Math.round(share.percent * 10) / 10 };
}
