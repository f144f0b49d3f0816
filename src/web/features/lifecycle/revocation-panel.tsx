// Under a certificate on the product page, for officers: its revocation cases and,
// where the server says this officer may (the province's officers for 3★–4★, the
// centre's for 5★: `mayOpen`), the form to open one while the certificate is in
// force. An open case shows its last day to decide (red once past), the upload of
// the signed decision and the drop; a decided one its number, day and signed copy
// (marked when signed late); a dropped one its reason.
import { useState } from 'react';
import { mayCarryMark } from '../../../domain/certificates/certificate-state.ts';
import { revocationSuffix } from '../../../domain/certificates/revocation.ts';
import { V } from '../../../shared/vocabulary.ts';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import type { CertificateView } from '../registry/api.ts';
import { listRevocations, type Revocation } from './api.ts';
import { DecideRevocationForm, DropRevocationForm, OpenRevocationForm } from './revocation-forms.tsx';
import { REVOCATION_WORDS } from './revocation-words.ts';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

function RevocationCase({ r, suffix, onChanged }: { r: Revocation; suffix: string; onChanged(): void }) {
  const { lang, w } = useI18n();
  const K = REVOCATION_WORDS[lang];
  return (
    <li className="flex flex-col gap-2 rounded border border-slate-200 p-3" data-revocation={r.status}>
      <div className="flex flex-wrap items-center gap-2">
        <TermBadge v={V.revocationStatus} id={r.status} />
        <span className="text-sm">{w.term(V.revocationGround, r.ground)}</span>
      </div>
      <dl className="grid gap-2 text-sm sm:grid-cols-3">
        <Fact label={K.conclusion}>
          {r.conclusionRef} ({r.conclusionBy}), {w.date(r.conclusionDate)}
        </Fact>
        <Fact label={K.dueOn}>
          <span className={r.overdue ? 'font-semibold text-red-700' : undefined} data-testid="revocation-due">
            {w.date(r.dueOn)}
            {r.overdue && ` — ${K.overdue}`}
          </span>
        </Fact>
        {r.status === 'decided' && r.decisionNumber && (
          <Fact label={K.decision}>
            {K.decisionOf(r.decisionNumber, w.date(r.decisionDate))}
            {r.late && <span className="ml-1 font-semibold text-red-700">({K.late})</span>}
            {r.signedFile && (
              <a
                href={r.signedFile.url}
                target="_blank"
                rel="noopener"
                className="block break-all text-brand-700 underline"
              >
                {K.signedCopy(r.signedFile.fileName)}
              </a>
            )}
          </Fact>
        )}
        {r.status === 'dropped' && r.droppedReason && <Fact label={K.reason}>{r.droppedReason}</Fact>}
        {r.note && <Fact label={K.note}>{r.note}</Fact>}
      </dl>
      {r.mayAct && r.status === 'open' && (
        <div className="grid gap-3 lg:grid-cols-2">
          <DecideRevocationForm r={r} suffix={suffix} onDone={onChanged} />
          <DropRevocationForm r={r} onDone={onChanged} />
        </div>
      )}
    </li>
  );
}

export function RevocationPanel({ c, onChanged }: { c: CertificateView; onChanged(): void }) {
  const { lang } = useI18n();
  const K = REVOCATION_WORDS[lang];
  const [version, setVersion] = useState(0);
  const [opening, setOpening] = useState(false);
  const list = useQuery(`revocations:${c.id}:${version}`, () => listRevocations(c.id));
  const changed = () => {
    setOpening(false);
    setVersion((v) => v + 1);
    // the certificate's own state (revoked) is read again by the list above
    onChanged();
  };
  if (list.error)
    return (
      <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
        {K.loadFailed} {list.error.message}
      </p>
    );
  const data = list.data;
  const inForce = mayCarryMark(c.state);
  if (!data || (!data.items.length && !(data.mayOpen && inForce))) return null;
  const suffix = revocationSuffix(c.stars);
  const headingId = `revocations-${c.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-lg border border-rose-200 bg-white p-3"
    >
      <h3 id={headingId} className="font-semibold">
        {K.panel(c.decisionNo ?? K.noNumber)}
      </h3>
      {data.items.length > 0 && (
        <ul className="flex flex-col gap-2" aria-label={K.history}>
          {data.items.map((r) => (
            <RevocationCase key={r.id} r={r} suffix={suffix} onChanged={changed} />
          ))}
        </ul>
      )}
      {data.mayOpen && inForce && !opening && (
        <button
          type="button"
          onClick={() => setOpening(true)}
          className="self-start rounded border border-rose-700 px-3 py-2 font-semibold text-rose-800"
          data-testid="revoke-open"
        >
          {K.open}
        </button>
      )}
      {opening && (
        <OpenRevocationForm certificateId={c.id} onDone={changed} onCancel={() => setOpening(false)} />
      )}
    </section>
  );
}
