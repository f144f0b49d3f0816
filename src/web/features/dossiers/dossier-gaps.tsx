// What keeps the dossier from being submitted, as the API reports it while the
// producer holds the dossier (the domain's dossierGaps, the same list the submission
// is refused with), each gap named by its item and field; or that nothing does.
import { EDITABLE_DOSSIER_STAGES } from '../../../domain/dossiers/dossier.workflow.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { DossierView } from './api.ts';
import { gapText } from './form-words.ts';
import { PAGE_WORDS } from './page-words.ts';

export function DossierGaps({ d }: { d: DossierView }) {
  const { lang } = useI18n();
  const P = PAGE_WORDS[lang];
  if (!EDITABLE_DOSSIER_STAGES.includes(d.stage)) return null;
  if (!d.gaps.length)
    return (
      <p
        className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
        data-testid="dossier-gaps"
      >
        <span aria-hidden="true">✓ </span>
        {P.noGaps}
      </p>
    );
  return (
    <section
      aria-labelledby="gaps"
      className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-rose-900"
      data-testid="dossier-gaps"
    >
      <h2 id="gaps" className="font-semibold">
        {P.gaps} ({d.gaps.length})
      </h2>
      <ul className="mt-1 list-disc pl-5">
        {d.gaps.map((g) => (
          <li key={`${g.item}:${g.code}:${g.field ?? ''}`}>{gapText(g, lang)}</li>
        ))}
      </ul>
    </section>
  );
}
