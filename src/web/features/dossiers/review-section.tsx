// The advisory group's review of a dossier: its entries in date order (site visits,
// test requests, lab results with their file, the report to the council), each with
// who recorded it and when; and, for the province's officers while the group reviews
// (the dossier's "review" action), the forms that record them.
import { V } from '../../../shared/vocabulary.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { ACTION_WORDS } from './action-words.ts';
import type { DossierView, ReviewEntry } from './api.ts';
import { LabResultForm, ReviewForm } from './review-forms.tsx';

function Entry({ r, all }: { r: ReviewEntry; all: ReviewEntry[] }) {
  const { lang, w } = useI18n();
  const A = ACTION_WORDS[lang];
  const answered = r.answers ? all.find((x) => x.id === r.answers) : undefined;
  return (
    <li className="rounded border border-slate-200 bg-white p-3" data-kind={r.kind}>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <strong>{w.term(V.dossierReviewKind, r.kind)}</strong>
        <span className="text-sm text-slate-700">{w.date(r.on)}</span>
      </p>
      <p className="mt-1 whitespace-pre-line break-words">{r.note}</p>
      {answered && (
        <p className="mt-1 text-sm text-slate-700">
          {A.answers}: {w.date(answered.on)} — {answered.note}
        </p>
      )}
      {r.file && (
        <a href={r.file.url} className="mt-1 inline-block break-all text-brand-700 underline">
          {A.openFile(r.file.fileName)}
        </a>
      )}
      <p className="mt-1 text-xs text-slate-600">{A.by(r.actorLabel, w.dateTime(r.at))}</p>
    </li>
  );
}

export function ReviewSection({ d, onChanged }: { d: DossierView; onChanged(d: DossierView): void }) {
  const { lang } = useI18n();
  const A = ACTION_WORDS[lang];
  const recording = d.actions.includes('review');
  if (!recording && !d.reviews.length) return null;
  const requests = d.reviews.filter((r) => r.kind === 'testRequest');
  const recorded = (reviews: ReviewEntry[]) => onChanged({ ...d, reviews });
  return (
    <section aria-labelledby="review" className="flex flex-col gap-3">
      <h2 id="review" className="text-lg font-semibold">
        {A.review}
      </h2>
      {d.reviews.length ? (
        <ol className="flex flex-col gap-2">
          {d.reviews.map((r) => (
            <Entry key={r.id} r={r} all={d.reviews} />
          ))}
        </ol>
      ) : (
        <p className="text-slate-600">{A.noReviews}</p>
      )}
      {recording && (
        <div className="grid gap-3 lg:grid-cols-2">
          <ReviewForm dossierId={d.id} onRecorded={recorded} />
          <LabResultForm dossierId={d.id} requests={requests} onRecorded={recorded} />
        </div>
      )}
    </section>
  );
}
