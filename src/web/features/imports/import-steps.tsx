// Where an import stands among the four steps, said in words (the current step is
// marked for assistive technology too, not by colour alone).
import type { ImportView } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { IMPORT_LABELS } from './labels.ts';

/** The step an import in this state waits at (1-based); a committed import has passed them all. */
const STEP_OF: Record<ImportView['status'], number> = {
  uploaded: 2,
  validated: 3,
  failed: 3,
  committing: 4,
  committed: 5,
  cancelled: 0,
};

export function ImportSteps({ status }: { status: ImportView['status'] }) {
  const { lang } = useI18n();
  const L = IMPORT_LABELS[lang];
  const current = STEP_OF[status];
  if (current === 0) return null;
  const steps = [L.stepUpload, L.stepMap, L.stepCheck, L.stepCommit];
  return (
    <ol aria-label={L.steps} className="flex flex-wrap gap-2 text-sm" data-testid="import-steps">
      {steps.map((label, i) => {
        const n = i + 1;
        const done = n < current;
        return (
          <li
            key={label}
            aria-current={n === current ? 'step' : undefined}
            className={`rounded-full border px-3 py-1 ${n === current ? 'border-brand-600 bg-brand-600 text-white' : done ? 'border-emerald-700 text-emerald-800' : 'text-slate-500'}`}
          >
            <span aria-hidden="true">{done ? '✓ ' : `${n}. `}</span>
            {label}
            {done && <span className="sr-only"> ({L.stepDone})</span>}
          </li>
        );
      })}
    </ol>
  );
}
