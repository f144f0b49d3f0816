// What a member reads beside the sheet: the advisory group's report first (with its
// file), then the producer's general information and plan (Mẫu 02, parts I and IV)
// and the commune's check (Mẫu 03). Folded on a phone; the criteria come first.
import { V } from '../../../shared/vocabulary.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { CommuneCheckView } from '../dossiers/commune-check-view.tsx';
import { FIELD_WORDS, type FieldName } from '../dossiers/form-words.ts';
import type { MySheet } from './api.ts';
import type { SheetWords } from './sheet-words.ts';

function Fields({ values, W }: { values: Record<string, unknown>; W: SheetWords }) {
  const { lang } = useI18n();
  const shown = Object.entries(values).filter(([k, v]) => k in FIELD_WORDS && v !== null && v !== '');
  if (!shown.length) return <p className="text-slate-600">—</p>;
  return (
    <dl className="grid gap-2 sm:grid-cols-2" aria-label={W.dossier}>
      {shown.map(([k, v]) => (
        <div key={k}>
          <dt className="text-xs text-slate-600">{FIELD_WORDS[k as FieldName][lang]}</dt>
          <dd className="whitespace-pre-line">{String(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function DossierBrief({ dossier: d, W }: { dossier: MySheet['dossier']; W: SheetWords }) {
  const { w } = useI18n();
  const advisory = d.reviews.filter((r) => r.kind === 'advisoryReport');
  const others = d.reviews.filter((r) => r.kind !== 'advisoryReport');
  return (
    <details className="rounded-lg border bg-white p-3 text-sm" open={advisory.length > 0}>
      <summary className="cursor-pointer font-semibold">{W.dossier}</summary>
      <div className="mt-2 flex flex-col gap-3">
        <section>
          <h3 className="font-semibold">{W.advisory}</h3>
          {advisory.length === 0 && <p className="text-slate-600">{W.noAdvisory}</p>}
          {[...advisory, ...others].map((r) => (
            <div key={r.id} className="mt-1 border-l-4 border-brand-600 pl-2" data-review={r.kind}>
              <p className="text-xs text-slate-600">
                {w.term(V.dossierReviewKind, r.kind)} · {w.date(r.on)}
              </p>
              <p className="whitespace-pre-line">{r.note}</p>
              {r.file && (
                <a href={r.file.url} className="text-brand-700 underline">
                  {W.file}: {r.file.fileName}
                </a>
              )}
            </div>
          ))}
        </section>
        {d.general && (
          <section>
            <h3 className="font-semibold">{W.general}</h3>
            <Fields values={d.general} W={W} />
          </section>
        )}
        {d.plan && (
          <section>
            <h3 className="font-semibold">{W.plan}</h3>
            <Fields values={d.plan} W={W} />
          </section>
        )}
        {d.form03 && <CommuneCheckView form03={d.form03} />}
      </div>
    </details>
  );
}
