// How a vocabulary is made and read: an enum's ids with their words in both
// languages and a tone (src/shared/vocabulary.ts gathers them all).
export type Lang = 'vi' | 'en';

/** How a value is coloured where it is shown; never the only sign of it (the words are always there). */
export type Tone = 'neutral' | 'good' | 'info' | 'warn' | 'bad';

export interface Term {
  vi: string;
  en: string;
  tone?: Tone;
  /**
   * The id is also an ordinary word of running text (`xa`, `tinh`): the raw-code
   * check cannot tell it from text and leaves it out.
   */
  plainWord?: boolean;
}

export interface Vocabulary<Id extends string = string> {
  name: string;
  ids: readonly Id[];
  terms: Readonly<Record<Id, Term>>;
}

export function vocabulary<const Id extends string>(
  name: string,
  ids: readonly Id[],
  terms: Record<Id, Term>,
): Vocabulary<Id> {
  return { name, ids, terms };
}

/** The words of a value in a language; an id this vocabulary does not know is returned as it is. */
export function termOf<Id extends string>(v: Vocabulary<Id>, id: Id | string, lang: Lang): string {
  const term = (v.terms as Record<string, Term | undefined>)[id];
  return term ? term[lang] : id;
}

export function toneOf<Id extends string>(v: Vocabulary<Id>, id: Id | string): Tone {
  return (v.terms as Record<string, Term | undefined>)[id]?.tone ?? 'neutral';
}

export const withLabels = <Id extends string>(
  labels: Record<Id, { vi: string; en: string }>,
): Record<Id, Term> => labels;
