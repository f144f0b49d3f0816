// The result of verifying the chain, in the reader's language: intact with what was
// checked, or each problem in words with its row (the operator's English detail is
// kept in English only).
import { V } from '../../../shared/vocabulary.ts';
import { useAnnounceShown } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { VerifyReport } from './api.ts';
import { LABELS } from './labels.ts';

export function VerifyResult({ report }: { report: VerifyReport }) {
  const { lang, w } = useI18n();
  const L = LABELS[lang];
  const num = (n: number) => w.number(n);
  // the headline is said in the page's live region; the list stays on screen
  useAnnounceShown(
    report.ok ? L.intact(report.rows, report.checkpoints, num) : L.broken(report.problems.length, num),
  );
  return (
    <div
      data-testid="verify-result"
      data-ok={report.ok}
      className={`mb-3 rounded border p-3 text-sm ${report.ok ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-rose-300 bg-rose-50 text-rose-900'}`}
    >
      {report.ok ? (
        <p>{L.intact(report.rows, report.checkpoints, num)}</p>
      ) : (
        <>
          <p className="font-semibold">{L.broken(report.problems.length, num)}</p>
          <ul className="ml-5 list-disc">
            {report.problems.map((p, i) => (
              <li key={`${p.kind}-${p.id}-${i}`} data-kind={p.kind}>
                {w.term(V.auditProblem, p.kind)}
                {p.id !== null && ` (${L.row(p.id)})`}
                {lang === 'en' && <span className="text-rose-700"> — {p.message}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.redacted > 0 && <p>{L.redacted(report.redacted, num)}</p>}
      {!report.hashesChecked && <p>{L.withoutKey}</p>}
    </div>
  );
}
