// Earlier imports the caller may open (its own; an operator's: all), newest first,
// each with its status in words, who uploaded it and when, and what it did. An
// import that still has something to do opens at the step where it stopped.
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { DataTable } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { V } from '../../../shared/vocabulary.ts';
import { useQuery } from '../../lib/use-query.ts';
import { listImports, type ImportListItem } from './api.ts';
import { countsSummary, IMPORT_LABELS } from './labels.ts';

const PAGE_SIZE = 20;

/** Something is left to do by the caller: validate, correct, commit. */
const isResumable = (item: ImportListItem) =>
  item.actions.some((a) => a === 'validate' || a === 'commit' || a === 'correct');

export function ImportList() {
  const { t, lang, w } = useI18n();
  const L = IMPORT_LABELS[lang];
  const [page, setPage] = useState(1);
  const list = useQuery(`imports:${page}`, () => listImports({ page, pageSize: PAGE_SIZE }));
  return (
    <section aria-labelledby="past-imports" className="flex flex-col gap-2" data-testid="past-imports">
      <h2 id="past-imports" className="text-lg font-semibold">
        {L.pastImports}
      </h2>
      <p className="text-sm text-slate-600">{list.data?.total === 0 ? L.noPastImports : L.pastImportsNote}</p>
      <DataTable
        caption={L.pastImports}
        rows={list.data?.items}
        loading={list.loading}
        error={list.error?.message}
        page={page}
        pageSize={PAGE_SIZE}
        total={list.data?.total ?? 0}
        onPage={setPage}
        columns={[
          {
            key: 'file',
            header: L.file,
            card: 'title',
            cell: (r) => (
              <Link to={paths.importDetail(r.id)} className="text-brand-700 underline">
                {r.fileName}
              </Link>
            ),
          },
          {
            key: 'kind',
            header: L.kind,
            cell: (r) => w.term(V.importKind, r.kind),
          },
          {
            key: 'status',
            header: t.status,
            cell: (r) => <TermBadge v={V.importStatus} id={r.status} />,
          },
          {
            key: 'who',
            header: L.uploadedBy,
            cell: (r) => r.createdBy?.name ?? L.operatorCommand,
          },
          { key: 'when', header: L.uploadedAt, cell: (r) => w.dateTime(r.createdAt) },
          { key: 'result', header: L.result, cell: (r) => countsSummary(r.counts, r.kind, r.status, lang) },
          {
            key: 'open',
            header: t.actions,
            cell: (r) => (
              <Link
                to={paths.importDetail(r.id)}
                className="text-brand-700 underline"
                aria-label={`${isResumable(r) ? L.resume : L.view}: ${r.fileName}`}
              >
                {isResumable(r) ? L.resume : L.view}
              </Link>
            ),
          },
        ]}
      />
    </section>
  );
}
