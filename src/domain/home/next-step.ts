// What a producer can do next for one of its products, shown on its home. The record
// first: the registration (Mẫu 01) needs the product's set, a description and a
// photo, and the producer's representative and a way to reach it. Then the
// certificate: within the renewal window (QĐ 26/2026 Art. 12) or after it has
// lapsed, the product is re-evaluated; a product without a certificate in force is
// self-assessed (Mẫu 02) — this year's sheet begun, continued or finished.
import { mayCarryMark, type CertificateTimeState } from '../certificates/certificate-state.ts';
import type { HOME_NEXT_STEPS, RECORD_GAPS } from '../../shared/enums.ts';

export type RecordGap = (typeof RECORD_GAPS)[number];
export type NextStep = (typeof HOME_NEXT_STEPS)[number];

export interface ProductRecordFacts {
  productSet: number | null;
  description: string | null;
  photos: number;
  representativeName: string | null;
  phone: string | null;
  email: string | null;
}

const blank = (s: string | null) => !s?.trim();

export function recordGaps(f: ProductRecordFacts): RecordGap[] {
  const gaps: RecordGap[] = [];
  if (f.productSet === null) gaps.push('productSet');
  if (blank(f.description)) gaps.push('productDescription');
  if (f.photos === 0) gaps.push('productPhoto');
  if (blank(f.representativeName)) gaps.push('producerRepresentative');
  if (blank(f.phone) && blank(f.email)) gaps.push('producerContact');
  return gaps;
}

export interface NextStepFacts {
  gaps: RecordGap[];
  /** the state today of the product's current certificate; null when it holds none */
  certificate: CertificateTimeState | null;
  /** this year's self-assessment sheet, if begun */
  sheet: { status: 'draft' | 'final' } | null;
}

/** States in which the next thing is the re-evaluation dossier, not a first one. */
const RENEWING: ReadonlySet<CertificateTimeState> = new Set(['renewalWindowOpen', 'renewalWindowClosed']);

export function nextStep(f: NextStepFacts): NextStep {
  if (f.gaps.length) return 'completeRecord';
  const certified = f.certificate !== null && mayCarryMark(f.certificate);
  // a certificate in force and far from its window, or one whose renewal is filed: nothing to do
  if (certified && !RENEWING.has(f.certificate!)) return 'upToDate';
  if (f.sheet?.status === 'draft') return 'continueSelfAssessment';
  if (f.sheet?.status === 'final') return 'sheetFinished';
  return certified ? 'prepareRenewal' : 'startSelfAssessment';
}
