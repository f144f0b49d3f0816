// The two tables of the administrative-unit pages, in the reader's language: unit
// levels and types, mapping confidences and the map's notes are words, never ids.
import { formatDate } from '../../../shared/format.ts';
import { renderMappingPhrase } from '../../../shared/mapping-notes.ts';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { AdminUnit, Mapping } from './api.ts';
import { LABELS } from './labels.ts';

export const PAGE_SIZE = 25;

interface ListProps<T> {
  caption: string;
  rows: T[] | undefined;
  loading: boolean;
  error?: string;
  page: number;
  total: number;
  onPage(page: number): void;
}

/** Units of a structure; a province or district opens the units within it. */
export function UnitsTable(props: ListProps<AdminUnit> & { onOpen(unit: AdminUnit): void }) {
  const { t, w, lang } = useI18n();
  const L = LABELS[lang];
  return (
    <DataTable
      {...props}
      pageSize={PAGE_SIZE}
      columns={[
        { key: 'code', header: t.code, cell: (u) => u.code },
        {
          key: 'name',
          header: t.name,
          cell: (u) => (
            <>
              {u.level === 'commune' || u.former ? (
                u.name
              ) : (
                <button
                  type="button"
                  className="text-brand-700 underline"
                  aria-label={L.openChildren(u.name)}
                  onClick={() => props.onOpen(u)}
                >
                  {u.name}
                </button>
              )}
              {u.former && (
                <span className="block text-xs text-slate-600" title={u.former.retiredBy}>
                  {L.mergedInto(
                    u.former.successorName,
                    u.former.retiredOn ? formatDate(u.former.retiredOn, lang) : null,
                  )}
                </span>
              )}
            </>
          ),
        },
        { key: 'level', header: t.level, cell: (u) => w.term(V.unitLevel, u.level) },
        { key: 'type', header: L.unitType, cell: (u) => w.term(V.unitType, u.type) },
      ]}
    />
  );
}

/** A mapping row's note: the reconciler's phrases in the reader's language, or what an officer typed. */
export function MappingNoteView({ mapping }: { mapping: Pick<Mapping, 'note' | 'notePhrases'> }) {
  const { lang } = useI18n();
  const L = LABELS[lang];
  if (mapping.notePhrases?.length)
    return (
      <ul className="list-disc pl-4 text-xs text-slate-600" aria-label={L.reconcilerNote}>
        {mapping.notePhrases.map((p, i) => (
          // a note's phrases have no id of their own, and their order is the note's
          <li key={`${i}:${p.code}`}>{renderMappingPhrase(p, lang)}</li>
        ))}
      </ul>
    );
  if (!mapping.note) return <span className="text-xs text-slate-500">{L.noNote}</span>;
  return (
    <p className="text-xs text-slate-700">
      <span className="sr-only">{L.officerNote}: </span>
      {mapping.note}
    </p>
  );
}

const unitLabel = (u: AdminUnit | null, none: string) => (u ? `${u.name} (${u.code})` : none);

/** Old→new rows with their confidence, note and settlement. */
export function MappingsTable(props: ListProps<Mapping> & { onSettle(mapping: Mapping): void }) {
  const { t, w, lang } = useI18n();
  const L = LABELS[lang];
  return (
    <DataTable
      {...props}
      pageSize={PAGE_SIZE}
      columns={[
        {
          key: 'old',
          header: t.oldUnit,
          cell: (m) => (
            <>
              {unitLabel(m.oldUnit, L.unknownOld)}
              <span className="block text-xs text-slate-500">{w.term(V.unitLevel, m.level)}</span>
            </>
          ),
        },
        { key: 'new', header: t.newUnit, cell: (m) => unitLabel(m.newUnit, L.unknownNew) },
        {
          key: 'conf',
          header: t.confidence,
          cell: (m) => (
            <span className="flex flex-col items-start gap-1">
              <TermBadge v={V.mappingConfidence} id={m.confidence} />
              {m.partial && <span className="text-xs text-amber-900">{L.partial}</span>}
            </span>
          ),
        },
        { key: 'note', header: t.note, cell: (m) => <MappingNoteView mapping={m} /> },
        {
          key: 'settled',
          header: L.settledOn,
          cell: (m) =>
            m.settledAt ? (
              <time dateTime={m.settledAt}>{w.date(m.settledAt)}</time>
            ) : (
              <span title={L.notSettled}>
                <span aria-hidden="true">—</span>
                <span className="sr-only">{L.notSettled}</span>
              </span>
            ),
        },
        {
          key: 'act',
          header: t.actions,
          cell: (m) =>
            m.actions.includes('settle') ? (
              <button
                type="button"
                className="whitespace-nowrap rounded border px-2 py-1"
                aria-label={L.settleRow(unitLabel(m.oldUnit, L.unknownOld))}
                onClick={() => props.onSettle(m)}
              >
                {t.settle}
              </button>
            ) : null,
        },
      ]}
    />
  );
}
