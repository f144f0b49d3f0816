// The facts a record may lack when it was recorded from a published list, listed in
// one order wherever they are shown: the import's rows, the worklist, the export.
import { INCOMPLETE_FACTS } from '../../shared/enums.ts';

export type IncompleteFact = (typeof INCOMPLETE_FACTS)[number];

/** The facts given, each once, in the order of INCOMPLETE_FACTS (unknown ids left out). */
export function inFactOrder(facts: Iterable<string>): IncompleteFact[] {
  const given = new Set(facts);
  return INCOMPLETE_FACTS.filter((f) => given.has(f));
}

/** What a record says of itself, as far as its gaps go. */
export interface RecordFacts {
  /** its producer is a stand-in for one the list did not name */
  producerPlaceholder: boolean;
  /** the level of the unit it was placed at; below a commune the commune is missing */
  unitLevel: 'province' | 'district' | 'commune' | null;
  productSet: number | null;
  /** its current certificate, when it has one */
  certificate: { stars: number | null; decisionNumber: string | null; decisionDate: string | null } | null;
  /** the gaps its newest recognition recorded when it was brought in */
  recordedGaps?: Iterable<string>;
}

/**
 * The facts a record lacks, in their order. The data-quality worklist states the same
 * rule in SQL to page over a territory (`gapsOf`, server/modules/registry/worklist.repository.ts);
 * a test over every record of the published lists holds the two to one answer.
 */
export function gapsOfRecord(r: RecordFacts): IncompleteFact[] {
  const gaps = new Set<string>(r.recordedGaps ?? []);
  if (r.producerPlaceholder) gaps.add('producer');
  if (r.unitLevel !== 'commune') gaps.add('commune');
  if (!r.productSet) gaps.add('productSet');
  if (r.certificate) {
    if (r.certificate.stars === null) gaps.add('stars');
    if (!r.certificate.decisionNumber) gaps.add('decisionNumber');
    if (!r.certificate.decisionDate) gaps.add('decisionDate');
  }
  return inFactOrder(gaps);
}
