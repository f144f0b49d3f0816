// The administrators' audit log: newest rows first, each in words with its object
// named, and the verification of the whole chain, in the reader's language.
import { useState } from 'react';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { listAudit, verifyAudit, type AuditLogPage, type VerifyReport } from './api.ts';
import { AuditRow } from './audit-rows.tsx';
import { LABELS } from './labels.ts';
import { VerifyResult } from './verify-result.tsx';

export function AuditPage() {
  const { t } = useI18n();
  const [before, setBefore] = useState<number | undefined>(undefined);
  const list = useQuery(`audit:${before}`, () => listAudit({ before, limit: 50 }));
  const [verify, setVerify] = useState<{ report?: VerifyReport; error?: string; running?: boolean }>({});
  const run = async () => {
    setVerify({ running: true });
    try {
      setVerify({ report: await verifyAudit() });
    } catch (err) {
      setVerify({ error: err instanceof ApiError ? err.message : String(err) });
    }
  };
  return (
    <section>
      <PageTitle>{t.audit}</PageTitle>
      <VerifyBar state={verify} onVerify={run} />
      <AuditTable
        page={list.data}
        loading={list.loading}
        error={list.error?.message}
        first={before === undefined}
        onNewest={() => setBefore(undefined)}
        onOlder={(id) => setBefore(id)}
      />
    </section>
  );
}

function VerifyBar(props: {
  state: { report?: VerifyReport; error?: string; running?: boolean };
  onVerify(): void;
}) {
  const { t, lang } = useI18n();
  const { report, error, running } = props.state;
  return (
    <>
      <div className="mb-3 flex items-center gap-3">
        <button
          type="button"
          className="rounded bg-brand-600 px-3 py-2 text-white disabled:opacity-60"
          disabled={running}
          onClick={props.onVerify}
        >
          {running ? LABELS[lang].verifying : t.verify}
        </button>
      </div>
      {report && <VerifyResult report={report} />}
      {error && (
        <p role="alert" className="mb-3 text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

/** The log's rows with its empty state and its keyset paging (newest first). */
export function AuditTable(props: {
  page: AuditLogPage | undefined;
  loading: boolean;
  error?: string;
  first: boolean;
  onNewest(): void;
  onOlder(id: number): void;
}) {
  const { t, lang } = useI18n();
  const L = LABELS[lang];
  const items = props.page?.items;
  const message = props.error ?? (props.loading && !items ? t.loading : items?.length === 0 ? L.empty : null);
  return (
    <>
      <div className="overflow-x-auto rounded-lg border bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t.audit}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                {L.number}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.time}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.actor}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.action}
              </th>
              <th scope="col" className="px-3 py-2">
                {t.object}
              </th>
            </tr>
          </thead>
          <tbody>
            {message && (
              <tr>
                <td colSpan={5} className="px-3 py-4 text-slate-600" role={props.error ? 'alert' : undefined}>
                  {message}
                </td>
              </tr>
            )}
            {items?.map((e) => (
              <AuditRow key={e.id} e={e} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-2 flex gap-2">
        {!props.first && (
          <button type="button" className="rounded border px-3 py-1" onClick={props.onNewest}>
            {L.newest}
          </button>
        )}
        {props.page?.nextBefore && (
          <button
            type="button"
            className="rounded border px-3 py-1"
            onClick={() => props.onOlder(props.page!.nextBefore!)}
          >
            {L.older}
          </button>
        )}
      </div>
    </>
  );
}
