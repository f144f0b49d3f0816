// The facts a record may lack when it was recorded from a published list, listed in
// one order wherever they are shown: the import's rows, the worklist, the export.
import { INCOMPLETE_FACTS } from '../../shared/enums.ts';

export type IncompleteFact = (typeof INCOMPLETE_FACTS)[number];

/** The facts given, each once, in the order of INCOMPLETE_FACTS (unknown ids left out). */
export function inFactOrder(facts: Iterable<string>): IncompleteFact[] {
  const given = new Set(facts);
  return INCOMPLETE_FACTS.filter((f) => given.has(f));
}
