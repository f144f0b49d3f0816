// What an evaluation dossier holds (QĐ 26/2026 Art. 6–7, Phụ lục III) and what it
// still lacks: Mẫu 01 (the registration), Mẫu 02 (I general information, II business
// results, III the self-assessment with its evidence, IV the plan), the producer's
// legal papers, and the hand-over of 5 samples (none for community tourism, set 26).
// `dossierGaps` is the one rule of completeness: the producer sees it before
// submitting, submission is refused while it finds anything, and the commune and the
// province see the same list. A return names the items it sends back, each with its
// reason, from the same vocabulary of items.
import { DOSSIER_ITEMS } from '../../shared/enums.ts';
import { addDaysIso } from '../calendar/dates.ts';

export { DOSSIER_ITEMS };

export const TOURISM_SET_NO = 26;
/** samples handed over with a dossier of goods (Art. 7: 5 samples) */
export const SAMPLES_REQUIRED = 5;
/** legal types that hold a business registration (Luật Hợp tác xã, Luật Doanh nghiệp, NĐ 168/2025 for households) */
export const REGISTERED_LEGAL_TYPES: readonly string[] = ['cooperative', 'enterprise', 'household'];

export interface Form01 {
  /** the producer's representative who signs */
  representative: string;
  title: string;
  phone: string;
  email: string | null;
  /** the producer confirms what it declares is true (the form's commitment) */
  commitment: boolean;
}

export interface Form02General {
  foundedYear: number | null;
  /** members (cooperatives) or owners */
  members: number | null;
  workers: number | null;
  facilities: string;
  productDescription: string;
  rawMaterials: string;
  process: string;
}

/** one year of business results (Mẫu 02 part II), amounts in million đồng */
export interface BusinessYear {
  year: number;
  output: string;
  revenue: number;
  profit: number;
}

export interface Form02Plan {
  goals: string;
  markets: string;
  investments: string;
}

export interface SampleHandover {
  count: number;
  handedOverOn: string;
  receivedBy: string;
}

export interface DossierPaper {
  kind: string;
  number: string | null;
  validUntil: string | null;
}

export interface DossierContent {
  productSetNo: number | null;
  legalType: string | null;
  form01: Form01 | null;
  general: Form02General | null;
  business: BusinessYear[];
  plan: Form02Plan | null;
  /** the self-assessment the dossier carries as Mẫu 02 part III */
  selfAssessment: { id: string; status: 'draft' | 'final' } | null;
  samples: SampleHandover | null;
  papers: DossierPaper[];
}

export type DossierItem = (typeof DOSSIER_ITEMS)[number];

/** items a commune may return to the producer; the province returns these and the commune's Mẫu 03 */
export const PRODUCER_ITEMS: readonly DossierItem[] = DOSSIER_ITEMS.filter((i) => i !== 'form03');

export const GAP_CODES = [
  'missing',
  'incomplete',
  'notFinal',
  'expired',
  'noRegistration',
  'tooFewSamples',
  'samplesNotForTourism',
] as const;
export type GapCode = (typeof GAP_CODES)[number];

export interface DossierGap {
  item: DossierItem;
  code: GapCode;
  /** the field or paper concerned, when one */
  field?: string;
}

const blank = (s: string | null | undefined) => !s?.trim();

/** Everything the dossier lacks before it can be submitted on `today`, item by item; empty when complete. */
export function dossierGaps(d: DossierContent, today: string): DossierGap[] {
  const gaps: DossierGap[] = [];
  if (!d.form01) gaps.push({ item: 'form01', code: 'missing' });
  else {
    for (const f of ['representative', 'title', 'phone'] as const)
      if (blank(d.form01[f])) gaps.push({ item: 'form01', code: 'incomplete', field: f });
    if (!d.form01.commitment) gaps.push({ item: 'form01', code: 'incomplete', field: 'commitment' });
  }
  if (!d.general) gaps.push({ item: 'form02.general', code: 'missing' });
  else
    for (const f of ['facilities', 'productDescription', 'rawMaterials', 'process'] as const)
      if (blank(d.general[f])) gaps.push({ item: 'form02.general', code: 'incomplete', field: f });
  if (!d.business.length) gaps.push({ item: 'form02.business', code: 'missing' });
  if (!d.plan) gaps.push({ item: 'form02.plan', code: 'missing' });
  else
    for (const f of ['goals', 'markets'] as const)
      if (blank(d.plan[f])) gaps.push({ item: 'form02.plan', code: 'incomplete', field: f });
  if (!d.selfAssessment) gaps.push({ item: 'form02.selfAssessment', code: 'missing' });
  else if (d.selfAssessment.status !== 'final')
    gaps.push({ item: 'form02.selfAssessment', code: 'notFinal' });
  gaps.push(...paperGaps(d.papers, d.legalType, today));
  const tourism = d.productSetNo === TOURISM_SET_NO;
  if (tourism) {
    if (d.samples && d.samples.count > 0) gaps.push({ item: 'samples', code: 'samplesNotForTourism' });
  } else if (!d.samples) gaps.push({ item: 'samples', code: 'missing' });
  else {
    if (d.samples.count < SAMPLES_REQUIRED) gaps.push({ item: 'samples', code: 'tooFewSamples' });
    if (blank(d.samples.receivedBy)) gaps.push({ item: 'samples', code: 'incomplete', field: 'receivedBy' });
  }
  return gaps;
}

export type PaperStanding = 'valid' | 'expiringSoon' | 'expired' | 'noExpiry';

/** A paper on `today`: expired after its last day, expiring within 90 days, or valid. */
export function paperStanding(validUntil: string | null, today: string): PaperStanding {
  if (!validUntil) return 'noExpiry';
  if (validUntil < today) return 'expired';
  return validUntil <= addDaysIso(today, 90) ? 'expiringSoon' : 'valid';
}

function paperGaps(papers: DossierPaper[], legalType: string | null, today: string): DossierGap[] {
  const gaps: DossierGap[] = [];
  for (const p of papers)
    if (paperStanding(p.validUntil, today) === 'expired')
      gaps.push({ item: 'papers', code: 'expired', field: p.number ? `${p.kind} ${p.number}` : p.kind });
  const registration = papers.some(
    (p) => p.kind === 'business_registration' && paperStanding(p.validUntil, today) !== 'expired',
  );
  if (legalType && REGISTERED_LEGAL_TYPES.includes(legalType) && !registration)
    gaps.push({ item: 'papers', code: 'noRegistration', field: 'business_registration' });
  return gaps;
}

export interface ReturnReason {
  item: DossierItem;
  reason: string;
}

export type ReturnProblem =
  | { code: 'noReasons' }
  | { code: 'reasonTooShort'; item: DossierItem }
  | { code: 'itemNotReturnable'; item: string }
  | { code: 'itemTwice'; item: DossierItem };

/** At least one item, each once, each among the returnable ones, each with a reason a person can act on. */
export function returnProblems(reasons: readonly ReturnReason[], returnable: readonly DossierItem[]) {
  const problems: ReturnProblem[] = [];
  if (!reasons.length) problems.push({ code: 'noReasons' });
  const seen = new Set<string>();
  for (const r of reasons) {
    if (!returnable.includes(r.item)) problems.push({ code: 'itemNotReturnable', item: r.item });
    else if (seen.has(r.item)) problems.push({ code: 'itemTwice', item: r.item });
    else if (r.reason.trim().length < 5) problems.push({ code: 'reasonTooShort', item: r.item });
    seen.add(r.item);
  }
  return problems;
}

/**
 * What a new dossier of the product starts from: the previous dossier's forms (the
 * producer changes only what changed), never its samples (new ones are handed over)
 * nor its self-assessment (the sheet of the new year carries the evidence over).
 */
export function carriedOverContent(previous: {
  form01: Form01 | null;
  general: Form02General | null;
  business: BusinessYear[];
  plan: Form02Plan | null;
}) {
  return {
    form01: previous.form01 ? { ...previous.form01, commitment: false } : null,
    general: previous.general,
    business: previous.business,
    plan: previous.plan,
  };
}
