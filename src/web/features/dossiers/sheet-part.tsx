// Mẫu 02 part III, the self-assessment: the sheet the dossier carries (its year, its
// points, the star it predicts, draft or final) with a link to it, or the way to start
// one. It is filled on its own page, where its evidence lives.
import { Link } from '@tanstack/react-router';
import { V } from '../../../shared/vocabulary.ts';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { DossierView } from './api.ts';
import { Part } from './form-parts.tsx';
import { PAGE_WORDS } from './page-words.ts';

export function SheetPart({ d }: { d: DossierView }) {
  const { lang } = useI18n();
  const P = PAGE_WORDS[lang];
  const sheet = d.selfAssessment;
  const gap = d.gaps.some((g) => g.item === 'form02.selfAssessment');
  return (
    <Part legend={P.sheet} missing={gap}>
      {sheet ? (
        <p className="flex flex-wrap items-center gap-2 sm:col-span-2">
          <span>{P.sheetOf(sheet.year, sheet.total, sheet.stars)}</span>
          <TermBadge v={V.sheetStatus} id={sheet.status} />
          <Link to={paths.selfAssessment(sheet.id)} className="text-brand-700 underline">
            {P.openSheet}
          </Link>
        </p>
      ) : (
        <p className="flex flex-wrap items-center gap-2 sm:col-span-2">
          <span className="text-slate-700">{P.noSheet(d.year)}</span>
          {d.actions.includes('edit') && (
            <Link to={paths.selfAssessments} className="text-brand-700 underline">
              {P.startSheet}
            </Link>
          )}
        </p>
      )}
    </Part>
  );
}
