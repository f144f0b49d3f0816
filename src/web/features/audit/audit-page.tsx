import { useState } from 'react';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { listAudit, verifyAudit, type VerifyReport } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';

export function AuditPage() {
  const { t, lang } = useI18n();
  const [before, setBefore] = useState<number | undefined>(undefined);
  const list = useQuery(`audit:${before}`, () => listAudit({ before, limit: 50 }));
  const [verify, setVerify] = useState<VerifyReport | null>(null);
  return (
    <section>
      <PageTitle>{t.audit}</PageTitle>
      <div className="mb-3 flex items-center gap-3">
        <button
          type="button"
          className="rounded bg-brand-600 px-3 py-2 text-white"
          onClick={async () => setVerify(await verifyAudit())}
        >
          {t.verify}
        </button>
        {verify && (
          <span role="status" className={verify.ok ? 'text-green-800' : 'text-red-800'}>
            {verify.ok ? 'OK' : 'FAILED'} — {verify.rows} rows, {verify.checkpoints} checkpoints
            {verify.problems.length ? `; ${verify.problems[0].message}` : ''}
          </span>
        )}
      </div>
      <table className="w-full rounded-lg border bg-white text-left text-sm">
        <caption className="sr-only">{t.audit}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th className="px-3 py-2">#</th>
            <th className="px-3 py-2">{t.time}</th>
            <th className="px-3 py-2">{t.actor}</th>
            <th className="px-3 py-2">{t.action}</th>
            <th className="px-3 py-2">{t.object}</th>
          </tr>
        </thead>
        <tbody>
          {list.data?.items.length === 0 && (
            <tr>
              <td colSpan={5} className="px-3 py-4">
                {t.empty}
              </td>
            </tr>
          )}
          {list.data?.items.map((e) => (
            <tr key={e.id} className="border-t">
              <td className="px-3 py-2">{e.id}</td>
              <td className="px-3 py-2">{new Date(e.at).toLocaleString('vi-VN')}</td>
              <td className="px-3 py-2">{e.actorLabel}</td>
              <td className="px-3 py-2" title={e.action}>
                {e.label[lang]}
                {e.summary ? ` — ${e.summary}` : ''}
              </td>
              <td className="px-3 py-2">
                {e.objectType} {e.objectId ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-2 flex gap-2">
        {before && (
          <button type="button" className="rounded border px-3 py-1" onClick={() => setBefore(undefined)}>
            ⟲
          </button>
        )}
        {list.data?.nextBefore && (
          <button
            type="button"
            className="rounded border px-3 py-1"
            onClick={() => setBefore(list.data!.nextBefore!)}
          >
            {t.next}
          </button>
        )}
      </div>
    </section>
  );
}
