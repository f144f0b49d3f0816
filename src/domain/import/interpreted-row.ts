// What interpreting one spreadsheet row gives: the producer, product, recognition,
// dossier and revocation it states, the facts it lacks, and its problems by field.
import type { IMPORT_ROW_KINDS } from '../../shared/enums.ts';
import type { IncompleteFact } from '../registry/incomplete-facts.ts';
import type { PlaceText } from './unit-resolver.ts';
import type { LegacyEncoding, Message } from './values/index.ts';

export interface RowIssue {
  field: string;
  code: string;
  message: Message;
}

/** What a row of a published list records: a recognition, a council's result, a proposal to the centre, a revocation. */
export type RowKind = (typeof IMPORT_ROW_KINDS)[number];
/** What a list holds when its rows' cells do not say (`ocop import … --kind`). */
export type ListKind = 'recognitions' | 'council-results' | 'revocations';
export const LIST_KINDS: readonly ListKind[] = ['recognitions', 'council-results', 'revocations'];

export interface InterpretedRow {
  kind: RowKind;
  /** first, upgrade, reEvaluation: from the row's words ("Nâng hạng", "Công nhận lại"); null when it does not say */
  evaluation: 'first' | 'upgrade' | 'reEvaluation' | null;
  /** a council's result or a proposal awaiting a decision */
  dossier: {
    stage: 'awaitingDecision' | 'forwardedToCentre';
    proposedStars: number | null;
    score: number | null;
    councilDate: string | null;
    year: number | null;
  } | null;
  /** the revoking decision, kept apart from the recognition it revokes */
  revocation: { decisionNo: string | null; decisionDate: string | null; ground: string | null } | null;
  producer: {
    name: string | null;
    /** the list named no producer: `name` is a stand-in for this row's product */
    placeholder: boolean;
    legalType: string | null;
    taxCode: string | null;
    registrationNo: string | null;
    addressLine: string | null;
    representativeName: string | null;
    representativeSex: string | null;
    representativeEthnicity: string | null;
    phone: string | null;
    email: string | null;
    registrationDate: string | null;
  };
  product: {
    name: string | null;
    productSet: number | null;
    code: string | null;
    gtin: string | null;
    description: string | null;
  } | null;
  certificate: {
    /** null only for a revocation of a recognition whose stars the list does not give */
    stars: number | null;
    decisionNo: string | null;
    decisionDate: string | null;
    /** from the date, or given alone (a "Năm" column, "Đợt 2 năm 2020", a section row) */
    decisionYear: number | null;
    validUntil: string | null;
    issuer: string | null;
    procedureVersionId: string | null;
    incompleteFacts: ('decisionNumber' | 'decisionDate')[];
  } | null;
  place: PlaceText;
  /** facts the row lacks, recorded for the data-quality worklist */
  gaps: IncompleteFact[];
  errors: RowIssue[];
  warnings: RowIssue[];
}

export interface InterpretOptions {
  kind: 'products' | 'producers';
  /** what the rows whose cells say nothing are (default: recognitions) */
  listKind?: ListKind;
  /** the day in Vietnam: a decision after it is refused */
  today?: string;
  /** legacy font of each text column, detected once for the whole column */
  encodings?: Record<string, LegacyEncoding | null>;
}
