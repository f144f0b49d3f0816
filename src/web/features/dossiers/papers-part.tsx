// What a new dossier carried over from the product's previous one (or that Mẫu 01
// starts from the producer's contacts), and the producer's legal papers as the dossier
// reads them: each with its standing today, an expired or expiring one flagged in
// words and colour. Papers are kept in the producer record, linked from here.
import { Link } from '@tanstack/react-router';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable } from '../../components/ui/data-table.tsx';
import { TONE_CLASSES } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { DossierView } from './api.ts';
import { PAGE_WORDS } from './page-words.ts';

type Paper = DossierView['papers'][number];
const TONE = { valid: 'good', expiringSoon: 'warn', expired: 'bad', noExpiry: 'neutral' } as const;

export function CarriedOver({ d }: { d: DossierView }) {
  const { lang, w } = useI18n();
  const P = PAGE_WORDS[lang];
  if (d.stage !== 'draft') return null;
  if (!d.copiedFrom) return <p className="rounded border bg-white p-3 text-sm text-slate-700">{P.fresh}</p>;
  const carried = [
    d.form01 && w.term(V.dossierItem, 'form01'),
    d.general && w.term(V.dossierItem, 'form02.general'),
    d.business.length > 0 &&
      `${w.term(V.dossierItem, 'form02.business')} (${P.businessYears(d.business.length)})`,
    d.plan && w.term(V.dossierItem, 'form02.plan'),
  ].filter(Boolean);
  return (
    <section aria-labelledby="carried" className="rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm">
      <h2 id="carried" className="font-semibold">
        {P.carried}
      </h2>
      <ul className="mt-1 list-disc pl-5">
        {carried.map((c) => (
          <li key={String(c)}>{c}</li>
        ))}
      </ul>
      <p className="mt-1 text-slate-700">{P.carriedHint}</p>
      <Link to={paths.dossier(d.copiedFrom)} className="mt-1 inline-block text-brand-700 underline">
        {P.previous}
      </Link>
    </section>
  );
}

function Standing({ p }: { p: Paper }) {
  const { w } = useI18n();
  const flagged = p.standing === 'expired' || p.standing === 'expiringSoon';
  return (
    <span
      data-standing={p.standing}
      className={`inline-block rounded px-1.5 py-0.5 text-xs ring-1 ring-inset ${TONE_CLASSES[TONE[p.standing]]}`}
    >
      {flagged && <span aria-hidden="true">⚠ </span>}
      {w.term(V.paperStanding, p.standing)}
    </span>
  );
}

export function PapersPart({ d }: { d: DossierView }) {
  const { lang, w } = useI18n();
  const P = PAGE_WORDS[lang];
  return (
    <section aria-labelledby="papers" className="flex flex-col gap-2">
      <h2 id="papers" className="text-lg font-semibold">
        {P.papers}
      </h2>
      <DataTable
        caption={P.papers}
        rows={d.papers.map((p, i) => ({ ...p, id: i }))}
        loading={false}
        empty={P.noPapers}
        columns={[
          { key: 'kind', header: P.paperKind, card: 'title', cell: (p) => w.term(V.documentKind, p.kind) },
          { key: 'number', header: P.paperNumber, cell: (p) => p.number ?? '—' },
          { key: 'until', header: P.validUntil, cell: (p) => w.date(p.validUntil) },
          { key: 'standing', header: P.standing, cell: (p) => <Standing p={p} /> },
        ]}
      />
      {d.actions.includes('edit') && (
        <Link to={paths.producer(d.producerId)} className="text-sm text-brand-700 underline">
          {P.editPapers}
        </Link>
      )}
    </section>
  );
}
