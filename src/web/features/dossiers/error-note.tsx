// A refused move or save, as the person can act on it: the API's message in the
// reader's language and, where the refusal lists what is wrong (the gaps of an
// incomplete dossier, the problems of Mẫu 03 or of a return's reasons), each named
// in words rather than by its code.
import { COMMUNE_CHECK_LABELS } from '../../../domain/dossiers/commune-check.ts';
import type { Form03Problem } from '../../../domain/dossiers/commune-check.ts';
import type { ReturnProblem } from '../../../domain/dossiers/dossier-content.ts';
import type { DossierView } from '../../../shared/contracts/dossiers.ts';
import { V } from '../../../shared/vocabulary.ts';
import { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { ACTION_WORDS, form03ProblemText, returnProblemText } from './action-words.ts';
import { gapText } from './form-words.ts';

type Details = { gaps?: DossierView['gaps']; problems?: unknown[] };

/** What a refusal lists, in words; empty when it lists nothing. */
export function useProblemLines() {
  const { lang, w } = useI18n();
  const checkItem = (id: string) =>
    COMMUNE_CHECK_LABELS[id as keyof typeof COMMUNE_CHECK_LABELS]?.[lang] ?? id;
  const dossierItem = (id: string) => w.term(V.dossierItem, id);
  return (error: ApiError): string[] => {
    const details = (error.details ?? {}) as Details;
    if (error.code === 'DOSSIER_INCOMPLETE') return (details.gaps ?? []).map((g) => gapText(g, lang));
    if (error.code === 'FORM03_INCOMPLETE')
      return (details.problems ?? [])
        .filter(
          (p): p is Form03Problem =>
            typeof p === 'object' && p !== null && 'code' in p && p.code !== 'missing',
        )
        .map((p) => form03ProblemText(p, checkItem, lang));
    if (error.code === 'RETURN_REASONS_INVALID')
      return ((details.problems ?? []) as ReturnProblem[]).map((p) =>
        returnProblemText(p, dossierItem, lang),
      );
    return [];
  };
}

export function ErrorNote({ error }: { error: unknown }) {
  const { lang } = useI18n();
  const linesOf = useProblemLines();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const lines = api ? linesOf(api) : [];
  // Mẫu 03's and a return's messages carry the problems' codes: their lines say them in words instead
  const coded = api?.code === 'FORM03_INCOMPLETE' || api?.code === 'RETURN_REASONS_INVALID';
  return (
    <div role="alert" className="rounded bg-red-50 p-3 text-red-800" data-error={api?.code}>
      <p>{coded && lines.length ? ACTION_WORDS[lang].problems : (api?.message ?? String(error))}</p>
      {lines.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
