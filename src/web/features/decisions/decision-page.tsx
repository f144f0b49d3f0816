// One recognition decision: its head (issuer, title, state, number, dates, signer), the
// printed draft or decision, the signed copy, the upload of the signed decision while
// it is a draft, its products with their certificates, and publication. The
// certificates are issued by a background job a few seconds after signing, so while
// any product still lacks its certificate the page asks again every 3 seconds for up
// to a minute, saying that they are being issued.
import { useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { useAnnounce } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { ErrorLine } from '../councils/error-line.tsx';
import { type Decision, decisionPdfUrl, getDecision, publishDecision } from './api.ts';
import { awaitingCertificates } from './decision-draft.ts';
import { DecisionItems } from './decision-items.tsx';
import { DECISION_WORDS } from './decision-words.ts';
import { SignForm } from './sign-form.tsx';
import { StateBadge } from './state-badge.tsx';

const POLL_EVERY_MS = 3000;
const POLL_FOR_MS = 60_000;

/** Asks for the decision again while its certificates are being issued; whether it gave up after a minute. */
function useIssuing(d: Decision | null, onFresh: (d: Decision) => void) {
  const waiting = !!d && awaitingCertificates(d);
  const id = d?.id;
  const fresh = useRef(onFresh);
  fresh.current = onFresh;
  const [gaveUp, setGaveUp] = useState(false);
  const [tries, setTries] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new try ("Tải lại") asks for another minute
  useEffect(() => {
    if (!waiting || !id) return;
    setGaveUp(false);
    const started = Date.now();
    let live = true;
    const timer = setInterval(() => {
      if (Date.now() - started > POLL_FOR_MS) {
        clearInterval(timer);
        setGaveUp(true);
        return;
      }
      getDecision(id).then(
        (x) => live && fresh.current(x),
        () => undefined,
      );
    }, POLL_EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [waiting, id, tries]);
  return { waiting, gaveUp, again: () => setTries((n) => n + 1) };
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

export function DecisionPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { t, lang, w } = useI18n();
  const K = DECISION_WORDS[lang];
  const announce = useAnnounce();
  const loaded = useQuery(`decision:${id}`, () => getDecision(id));
  const [answered, setAnswered] = useState<Decision | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const d = answered?.id === id ? answered : (loaded.data ?? null);
  const issuing = useIssuing(d, setAnswered);
  if (loaded.error)
    return (
      <p role="alert" className="rounded border bg-white p-4">
        {loaded.error.status === 404 ? t.notFound : loaded.error.message}
      </p>
    );
  if (!d) return <p>{t.loading}</p>;
  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      setAnswered(await publishDecision(d.id));
      announce(K.published);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article className="flex flex-col gap-4">
      <header className="flex flex-col gap-2">
        <p className="text-sm font-semibold text-slate-700">{d.issuerName}</p>
        <PageTitle>{d.title}</PageTitle>
        <dl className="grid grid-cols-2 gap-3 rounded-lg border bg-white p-3 text-sm sm:grid-cols-4">
          <Fact label={K.status}>
            <span data-testid="decision-status">
              <StateBadge state={d.status} />
            </span>
          </Fact>
          <Fact label={K.number}>{d.number ?? K.noNumber}</Fact>
          <Fact label={K.signedOn}>{d.signedOn ? w.date(d.signedOn) : '—'}</Fact>
          <Fact label={K.signerName}>
            {d.signerTitle}
            {d.signerName && <span className="block">{d.signerName}</span>}
          </Fact>
          {d.publishedOn && <Fact label={K.publishedOn}>{w.date(d.publishedOn)}</Fact>}
        </dl>
        <p className="flex flex-wrap gap-x-4 gap-y-2">
          <a href={decisionPdfUrl(d.id)} target="_blank" rel="noopener" className="text-brand-700 underline">
            {d.status === 'draft' ? K.draftPdf : K.decisionPdf}
          </a>
          {d.signedFile && (
            <a
              href={d.signedFile.url}
              target="_blank"
              rel="noopener"
              className="break-all text-brand-700 underline"
            >
              {K.openSigned(d.signedFile.fileName)}
            </a>
          )}
        </p>
      </header>
      {d.actions.includes('sign') && <SignForm d={d} onSigned={setAnswered} />}
      {d.actions.includes('publish') && (
        <button
          type="button"
          disabled={busy}
          onClick={() => void publish()}
          className="self-start rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {busy ? K.publishing : K.publish}
        </button>
      )}
      <ErrorLine error={error} />
      <section aria-labelledby="decision-items" className="flex flex-col gap-2">
        <h2 id="decision-items" className="text-lg font-semibold">
          {K.items}
        </h2>
        {issuing.waiting && !issuing.gaveUp && (
          <p className="text-sm text-slate-700" aria-busy="true" data-testid="issuing">
            {K.issuing}
          </p>
        )}
        {issuing.waiting && issuing.gaveUp && (
          <p className="flex flex-wrap items-baseline gap-2 text-sm text-amber-900">
            {K.issuingSlow}
            <button type="button" onClick={issuing.again} className="rounded border px-2 py-1">
              {K.reload}
            </button>
          </p>
        )}
        <DecisionItems d={d} />
      </section>
    </article>
  );
}
