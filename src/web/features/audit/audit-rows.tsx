// The columns of the audit log: when (Vietnam time), who, what in words with what it
// changed, and the object by its name and type — linked to its page where it has
// one, or said to be gone. The id stays in data-object-id for support.
import { NO_LONGER_EXISTS } from '../../../shared/audit-changes.ts';
import { V } from '../../../shared/vocabulary.ts';
import { Link } from '@tanstack/react-router';
import { ChangeList } from '../../components/ui/change-list.tsx';
import type { Column } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { AuditLogPage } from './api.ts';
import { LABELS } from './labels.ts';

type Entry = AuditLogPage['items'][number];

/** The page of an object, for the types that have one. */
const pageOf = (type: string, id: string): string | null =>
  type === 'product' ? paths.product(id) : type === 'producer' ? paths.producer(id) : null;

function ObjectCell({ e }: { e: Entry }) {
  const { lang, w } = useI18n();
  const href = e.objectId && e.objectExists ? pageOf(e.objectType, e.objectId) : null;
  const name = !e.objectExists ? NO_LONGER_EXISTS[lang] : e.objectName;
  return (
    <span data-object-type={e.objectType} data-object-id={e.objectId ?? undefined}>
      <span className="block text-xs text-slate-500">{w.term(V.auditObjectType, e.objectType)}</span>
      {name &&
        (href ? (
          <Link to={href} className="text-brand-700 underline">
            {name}
          </Link>
        ) : (
          <span className={e.objectExists ? undefined : 'italic text-slate-500'}>{name}</span>
        ))}
    </span>
  );
}

/** The log's columns; on a phone each row is a card headed by what was done. */
export function useAuditColumns(): Column<Entry>[] {
  const { t, lang, w } = useI18n();
  return [
    { key: 'id', header: LABELS[lang].number, cell: (e) => <span className="text-slate-500">{e.id}</span> },
    {
      key: 'at',
      header: t.time,
      cell: (e) => (
        <span className="whitespace-nowrap">
          <time dateTime={e.at}>{w.dateTime(e.at)}</time>
        </span>
      ),
    },
    { key: 'actor', header: t.actor, cell: (e) => e.actorLabel },
    {
      key: 'action',
      header: t.action,
      card: 'title',
      cell: (e) => (
        <>
          <span data-action={e.action}>{e.label[lang]}</span>
          {e.summary ? ` — ${e.summary}` : ''}
          <ChangeList changes={e.changes} />
        </>
      ),
    },
    { key: 'object', header: t.object, cell: (e) => <ObjectCell e={e} /> },
  ];
}
