// The commune's deadline of a dossier as lists, homes and the dossier's header show
// it: the last day, and while the commune holds the dossier, the working days left,
// "due today" or the working days late, in words and colour (never colour alone).
import type { DossierView } from '../../../shared/contracts/dossiers.ts';
import { V } from '../../../shared/vocabulary.ts';
import { TONE_CLASSES } from '../../components/ui/term-badge.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { LABELS } from './labels.ts';

type Deadline = DossierView['communeDeadline'];

const TONE = { open: TONE_CLASSES.info, dueToday: TONE_CLASSES.warn, overdue: TONE_CLASSES.bad } as const;

export function DeadlineCell({ deadline }: { deadline: Deadline }) {
  const { lang, w } = useI18n();
  const L = LABELS[lang];
  if (!deadline) return <span className="text-slate-500">—</span>;
  const { standing, workingDaysLeft, workingDaysLate } = deadline;
  // "open" without days left: the commune has done its check, the date is history
  const running = standing !== 'open' || workingDaysLeft !== null;
  const words =
    standing === 'open'
      ? L.daysLeft(workingDaysLeft ?? 0)
      : standing === 'overdue'
        ? L.daysLate(workingDaysLate ?? 1)
        : w.term(V.deadlineStanding, standing);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <span>{L.dueOn(w.date(deadline.due))}</span>
      {running && (
        <span
          data-standing={standing}
          className={`inline-block rounded px-1.5 py-0.5 text-xs ring-1 ring-inset ${TONE[standing]}`}
        >
          {standing === 'overdue' && <span aria-hidden="true">⚠ </span>}
          {words}
        </span>
      )}
    </span>
  );
}
