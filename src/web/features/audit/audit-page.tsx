// The administrators' audit log: newest rows first, each in words with its object
// named, and the verification of the whole chain, in the reader's language.
import { useState } from 'react';
import { DataTable, PageTitle } from '../../components/ui/data-table.tsx';
import { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { listAudit, verifyAudit, type AuditLogPage, type VerifyReport } from './api.ts';
import { useAuditColumns } from './audit-rows.tsx';
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
  const columns = useAuditColumns();
  return (
    <>
      <DataTable
        caption={t.audit}
        columns={columns}
        rows={items}
        loading={props.loading}
        error={props.error}
        empty={L.empty}
      />
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
