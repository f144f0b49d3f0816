// The parts of the home page: a producer's products with their next step, and an
// officer's overview (counts, renewals, queues; by province for national grants).
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { mayCarryMark } from '../../../domain/certificates/certificate-state.ts';
import { CERTIFICATE_STATES } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable, Stars } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { createSheet } from '../self-assessment/api.ts';
import type { Home, HomeOverview, HomeProduct } from './api.ts';
import { HOME_WORDS } from './home-words.ts';
import { RadarCard } from './radar-card.tsx';

/** the states in which stars count, as the product list's filter takes them */
const CARRIES_MARK = CERTIFICATE_STATES.filter(mayCarryMark).join(',');
const CERTIFICATE_LIST = (state: string) => `${paths.products}?certificateState=${encodeURIComponent(state)}`;

/** A product's certificate: its state in words and colour, and its last valid day. */
export function CertificateCell({ p }: { p: Pick<HomeProduct, 'certificateState' | 'validUntil'> }) {
  const { lang, w } = useI18n();
  const H = HOME_WORDS[lang];
  if (!p.certificateState) return <span className="text-slate-600">{H.noCertificate}</span>;
  return (
    <span className="flex flex-col items-start gap-0.5">
      <TermBadge v={V.certificateState} id={p.certificateState} />
      {p.validUntil && <span className="text-xs text-slate-600">{H.until(w.date(p.validUntil))}</span>}
    </span>
  );
}

function NextStep({ p, year, onError }: { p: HomeProduct; year: number; onError(text: string): void }) {
  const { lang, w } = useI18n();
  const H = HOME_WORDS[lang];
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const button = 'inline-block rounded bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white';
  // the step's words as a badge where no button already says them
  const step = <TermBadge v={V.homeNextStep} id={p.nextStep} />;
  switch (p.nextStep) {
    case 'completeRecord':
      return (
        <span className="flex flex-col items-start gap-1" data-step={p.nextStep}>
          <span className="text-sm">{H.missing(p.gaps.map((g) => w.term(V.recordGap, g)).join(', '))}</span>
          <Link to={paths.product(p.id)} className={button}>
            {H.complete}
          </Link>
        </span>
      );
    case 'continueSelfAssessment':
    case 'sheetFinished':
      return (
        <span className="flex flex-col items-start gap-1" data-step={p.nextStep}>
          {p.nextStep === 'sheetFinished' && step}
          {p.sheet && (
            <Link to={paths.selfAssessment(p.sheet.id)} className={button}>
              {p.nextStep === 'continueSelfAssessment' ? H.continue : `${H.open} ${H.sheetOf(p.sheet.year)}`}
            </Link>
          )}
        </span>
      );
    case 'startSelfAssessment':
    case 'prepareRenewal':
      return (
        <span className="flex flex-col items-start gap-1" data-step={p.nextStep}>
          {p.nextStep === 'prepareRenewal' && step}
          <button
            type="button"
            className={`${button} disabled:opacity-60`}
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                const sheet = await createSheet({ productId: p.id, year, reusePrevious: true });
                void navigate({ to: paths.selfAssessment(sheet.id) });
              } catch (err) {
                onError(err instanceof ApiError ? err.message : String(err));
                setBusy(false);
              }
            }}
          >
            {H.start(year)}
          </button>
        </span>
      );
    default:
      return step;
  }
}

export function ProducerHome({ producer }: { producer: NonNullable<Home['producer']> }) {
  const { t, lang } = useI18n();
  const H = HOME_WORDS[lang];
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="home-products" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="home-products" className="text-lg font-semibold">
          {H.yourProducts} — {producer.producerName}
        </h2>
        <Link to={paths.producer(producer.producerId)} className="rounded border px-3 py-1.5 text-sm">
          {t.producer}
        </Link>
      </div>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-red-800">
          {error}
        </p>
      )}
      <DataTable
        caption={H.yourProducts}
        rows={producer.products}
        loading={false}
        empty={H.noProducts}
        columns={[
          {
            key: 'name',
            header: H.product,
            card: 'title',
            cell: (p) => (
              <Link to={paths.product(p.id)} className="text-brand-700 underline">
                {p.name}
              </Link>
            ),
          },
          { key: 'stars', header: H.stars, cell: (p) => <Stars n={p.stars} former={p.former} /> },
          { key: 'certificate', header: H.certificate, cell: (p) => <CertificateCell p={p} /> },
          {
            key: 'next',
            header: H.nextStep,
            cell: (p) => <NextStep p={p} year={producer.thisYear} onError={setError} />,
          },
        ]}
      />
    </section>
  );
}

function Tile({
  label,
  value,
  to,
  href,
  testId,
}: {
  label: string;
  value: ReactNode;
  to?: string;
  /** a place on this page */
  href?: string;
  testId: string;
}) {
  const body = (
    <>
      <span className="block text-sm text-slate-600">{label}</span>
      <span className="block text-2xl font-semibold text-slate-900">{value}</span>
    </>
  );
  const box = 'block rounded-lg border border-slate-200 bg-white p-3 shadow-sm';
  return (
    <li data-testid={testId}>
      {to ? (
        <Link to={to} className={`${box} hover:border-brand-600`}>
          {body}
        </Link>
      ) : href ? (
        <a href={href} className={`${box} hover:border-brand-600`}>
          {body}
        </a>
      ) : (
        <div className={box}>{body}</div>
      )}
    </li>
  );
}

export function OfficerHome({ o }: { o: HomeOverview }) {
  const { t, lang, w } = useI18n();
  const H = HOME_WORDS[lang];
  const stars = (n: number) => o.byStars.find((s) => s.stars === n)?.count ?? 0;
  return (
    <div className="flex flex-col gap-5">
      <section aria-labelledby="home-overview">
        <h2 id="home-overview" className="mb-2 text-lg font-semibold">
          {H.overview}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          <Tile testId="tile-products" label={H.products} value={w.number(o.products)} to={paths.products} />
          {[3, 4, 5].map((n) => (
            <Tile
              key={n}
              testId={`tile-stars-${n}`}
              label={`${H.byStars}: ${H.starsN(n)}`}
              value={w.number(stars(n))}
              to={`${paths.products}?stars=${n}&certificateState=${encodeURIComponent(CARRIES_MARK)}`}
            />
          ))}
          <Tile
            testId="tile-renewals"
            label={H.renewalsDue}
            value={w.number(o.renewalsDue)}
            href="#home-renewals"
          />
          <Tile
            testId="tile-drafts"
            label={H.sheetsInDraft}
            value={w.number(o.sheetsInDraft)}
            to={paths.selfAssessments}
          />
          {o.importsOpen !== null && (
            <Tile
              testId="tile-imports"
              label={H.importsOpen}
              value={w.number(o.importsOpen)}
              to={paths.imports}
            />
          )}
          {o.producersPending !== null && (
            <Tile
              testId="tile-pending"
              label={H.producersPending}
              value={w.number(o.producersPending)}
              to={`${paths.producers}?status=pending`}
            />
          )}
        </ul>
      </section>
      {o.radar && <RadarCard radar={o.radar} />}
      <section aria-labelledby="home-states">
        <h2 id="home-states" className="mb-2 text-lg font-semibold">
          {H.byState}
        </h2>
        <ul className="flex flex-wrap gap-2" data-testid="home-states">
          {o.byState.map((s) => (
            <li key={s.state} data-state={s.state}>
              <Link
                to={CERTIFICATE_LIST(s.state)}
                className="flex items-center gap-2 rounded border border-slate-200 bg-white px-2 py-1 hover:border-brand-600"
              >
                <TermBadge v={V.productCertificateState} id={s.state} />
                <strong>{w.number(s.count)}</strong>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="home-renewals">
        <h2 id="home-renewals" className="text-lg font-semibold">
          {H.renewals}
        </h2>
        <p className="mb-2 text-sm text-slate-600">{H.renewalsHint(o.nearDays)}</p>
        <DataTable
          caption={H.renewals}
          rows={o.renewals.map((r) => ({ ...r, id: r.productId }))}
          loading={false}
          empty={H.noRenewals}
          columns={[
            {
              key: 'product',
              header: H.product,
              card: 'title',
              cell: (r) => (
                <Link to={paths.product(r.productId)} className="text-brand-700 underline">
                  {r.productName}
                </Link>
              ),
            },
            { key: 'producer', header: H.producer, cell: (r) => r.producerName },
            ...(o.provinces
              ? [
                  {
                    key: 'province',
                    header: t.province,
                    cell: (r: { provinceName: string | null }) => r.provinceName ?? '—',
                  },
                ]
              : []),
            { key: 'stars', header: H.stars, cell: (r) => <Stars n={r.stars} /> },
            {
              key: 'state',
              header: H.certificate,
              cell: (r) => (
                <span className="flex flex-col items-start gap-0.5">
                  <TermBadge v={V.certificateState} id={r.state} />
                  <span className="text-xs text-slate-600">
                    {H.until(w.date(r.validUntil))} · {H.daysLeft(r.daysLeft)}
                  </span>
                </span>
              ),
            },
          ]}
        />
      </section>
      {o.provinces && <ProvinceTable rows={o.provinces} />}
    </div>
  );
}

function ProvinceTable({ rows }: { rows: NonNullable<HomeOverview['provinces']> }) {
  const { lang, w } = useI18n();
  const H = HOME_WORDS[lang];
  const n = (v: number | null) => (v === null ? '—' : w.number(v));
  return (
    <section aria-labelledby="home-provinces">
      <h2 id="home-provinces" className="mb-2 text-lg font-semibold">
        {H.byProvince}
      </h2>
      <DataTable
        caption={H.byProvince}
        rows={rows.map((r) => ({ ...r, id: r.provinceId ?? '' }))}
        loading={false}
        columns={[
          {
            key: 'province',
            header: H.province,
            card: 'title',
            cell: (r) => r.provinceName ?? H.unplaced,
          },
          { key: 'products', header: H.products, cell: (r) => n(r.products) },
          { key: 's3', header: H.starsN(3), cell: (r) => n(r.stars3) },
          { key: 's4', header: H.starsN(4), cell: (r) => n(r.stars4) },
          { key: 's5', header: H.starsN(5), cell: (r) => n(r.stars5) },
          { key: 'renewals', header: H.renewalsDue, cell: (r) => n(r.renewalsDue) },
          { key: 'expired', header: H.expired, cell: (r) => n(r.expired) },
          { key: 'drafts', header: H.sheetsInDraft, cell: (r) => n(r.sheetsInDraft) },
          { key: 'pending', header: H.producersPending, cell: (r) => n(r.producersPending) },
        ]}
      />
    </section>
  );
}
