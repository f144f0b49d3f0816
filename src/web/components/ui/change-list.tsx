// What an audit row changed, as the server words it: "field: before → after" in the
// reader's language (personal fields only as "changed"; a creation without "before").
import type { AuditChange } from '../../../shared/audit-events.ts';
import { useI18n } from '../../lib/i18n.tsx';

export function ChangeList({ changes }: { changes: AuditChange[] }) {
  const { lang } = useI18n();
  if (!changes.length) return null;
  return (
    <ul className="mt-1 ml-5 list-disc text-slate-700" data-testid="changes">
      {changes.map((c) => (
        <li key={c.field} data-field={c.field}>
          <span className="font-medium">{c.label[lang]}</span>:{' '}
          {c.before && (
            <>
              <span className="text-slate-500">{c.before[lang]}</span> →{' '}
            </>
          )}
          <span className={c.personal ? 'italic' : undefined}>{c.after?.[lang]}</span>
        </li>
      ))}
    </ul>
  );
}
