// Unit-scoped registry lists (the detail pages are in registry-detail-pages.tsx, a
// chunk of their own, so a list does not fetch their code). What a row shows and
// which rows exist are decided by the API for the active grant.
import { Link } from '@tanstack/react-router';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import type { ProductView } from '../../../shared/contracts/registry.ts';
import { LEGAL_TYPE_FILTERS, LEGAL_TYPE_LABELS, PRODUCT_SETS } from '../../../shared/registry.ts';
import { mayCarryMark } from '../../../domain/certificates/certificate-state.ts';
import { CERTIFICATE_STATES, NO_CERTIFICATE, PRODUCT_CERTIFICATE_STATES } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { CertificateStars, CertificateStateBadge } from '../../components/ui/certificate-badge.tsx';
import { DataTable, PageTitle } from '../../components/ui/data-table.tsx';
import { SearchBox } from '../../components/ui/search-box.tsx';
import { FilterSelect, toQueryString, useTypedUrlFilter, useUrlFilters } from './list-filters.tsx';
import { Highlight, MatchNote, SearchEmpty, searchHint } from './search-match.tsx';
import { paths } from '../../config/paths.ts';
import { listProducers, listProducts } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useAuth } from '../auth/auth-context.tsx';
import { useQuery } from '../../lib/use-query.ts';

type ListQuery = Record<string, string | number | undefined>;

function useList<T>(name: string, fetch: (query: ListQuery) => Promise<T>, query: ListQuery) {
  return useQuery<T>(`${name}?${JSON.stringify(query)}`, () => fetch(query));
}

const PRODUCER_FILTERS = ['q', 'page', 'legalType', 'status'] as const;

export function ProducersPage() {
  const { t, lang, w } = useI18n();
  // kept in the address, so a link (the home's "waiting for confirmation") opens the list filtered
  const [url, setUrl] = useUrlFilters(PRODUCER_FILTERS);
  const [q, typeQ] = useTypedUrlFilter(url.q, (v) => setUrl({ q: v, page: '' }, { replace: true }));
  const page = Number(url.page) || 1;
  const { legalType, status } = url;
  const setPage = (p: number) => setUrl({ page: p > 1 ? String(p) : '' });
  const list = useList('producers', listProducers, {
    q,
    page,
    pageSize: 20,
    sort: 'name',
    legalType,
    status,
  });
  const { me } = useAuth();
  return (
    <section>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageTitle>{t.producers}</PageTitle>
        <div className="flex gap-2">
          {me?.capabilities.includes('exportRegistry') && (
            <a
              href={`/api/producers/export?${toQueryString({ format: 'xlsx', q, legalType, status })}`}
              className="rounded border border-brand-600 px-3 py-2 text-brand-700"
            >
              {t.exportXlsx}
            </a>
          )}
          {me?.capabilities.includes('registerProducer') && (
            <Link to={paths.newProducer} className="rounded bg-brand-600 px-3 py-2 text-white">
              {t.registerProducer}
            </Link>
          )}
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <SearchBox value={q} hint={searchHint(lang, 'producers')} onChange={typeQ} />
        <FilterSelect
          label={t.legalType}
          value={legalType}
          onChange={(v) => {
            setUrl({ legalType: v, page: '' });
          }}
          options={LEGAL_TYPE_FILTERS.map((k) => [k, w.term(V.legalTypeFilter, k)])}
        />
        <FilterSelect
          label={t.status}
          value={status}
          onChange={(v) => {
            setUrl({ status: v, page: '' });
          }}
          options={V.producerStatus.ids.map((id) => [id, w.term(V.producerStatus, id)])}
        />
      </div>
      <DataTable
        caption={t.producers}
        rows={list.data?.items}
        loading={list.loading}
        error={list.error?.message}
        page={page}
        pageSize={20}
        total={list.data?.total ?? 0}
        totalExact={list.data?.totalExact}
        totalMoreThan={list.data?.totalMoreThan}
        empty={
          q.trim() ? (
            <SearchEmpty lang={lang} kind="producers" q={q} otherFilters={!!legalType || !!status} />
          ) : undefined
        }
        onPage={setPage}
        columns={[
          {
            key: 'name',
            header: t.name,
            cell: (r) => (
              <>
                <Link to={paths.producer(r.id)} className="text-brand-700 underline">
                  <Highlight text={r.name} q={q} />
                </Link>
                <MatchNote
                  lang={lang}
                  matchedBy={r.matchedBy}
                  shown={{ recordedIn: r.place.communeName ? r.place.unitName : null }}
                />
              </>
            ),
          },
          {
            key: 'type',
            header: t.legalType,
            cell: (r) => (r.legalType ? LEGAL_TYPE_LABELS[r.legalType][lang] : t.legalTypeUnknown),
          },
          {
            key: 'commune',
            header: t.commune,
            cell: (r) =>
              r.place.communeName ? (
                <Highlight text={r.place.communeName} q={q} />
              ) : (
                <em>
                  <Highlight text={r.place.unitName} q={q} /> ({t.history})
                </em>
              ),
          },
          {
            key: 'province',
            header: t.province,
            cell: (r) => <Highlight text={r.place.provinceName} q={q} />,
          },
          { key: 'products', header: t.products, cell: (r) => r.productCount },
          {
            key: 'status',
            header: t.status,
            cell: (r) => (
              <span data-status={r.status}>
                <TermBadge v={V.producerStatus} id={r.status} />
              </span>
            ),
          },
        ]}
      />
    </section>
  );
}

const PRODUCT_FILTERS = ['q', 'page', 'stars', 'productSet', 'status', 'certificateState'] as const;

/** Groups of certificate states an officer asks for at once, decided by the domain's mayCarryMark. */
const CARRIES_MARK = CERTIFICATE_STATES.filter(mayCarryMark).join(',');
const NO_MARK = [...CERTIFICATE_STATES.filter((s) => !mayCarryMark(s)), NO_CERTIFICATE].join(',');
const RENEWAL_DUE = ['renewalWindowOpen', 'renewalWindowClosed'].join(',');

export function ProductsPage() {
  const { t, lang, w } = useI18n();
  const [url, setUrl] = useUrlFilters(PRODUCT_FILTERS);
  const [q, typeQ] = useTypedUrlFilter(url.q, (v) => setUrl({ q: v, page: '' }, { replace: true }));
  const page = Number(url.page) || 1;
  const filters = {
    stars: url.stars,
    productSet: url.productSet,
    status: url.status,
    certificateState: url.certificateState,
  };
  const filter = (k: keyof typeof filters) => (v: string) => setUrl({ [k]: v, page: '' });
  const list = useList('products', listProducts, {
    q,
    page,
    pageSize: 20,
    sort: '-updatedAt',
    ...filters,
  });
  const { me } = useAuth();
  // a list across provinces says which province each product is in
  const national = me?.grants.find((g) => g.id === me.activeGrantId)?.scopeKind === 'nation';
  const stateWords = (ids: string) =>
    ids
      .split(',')
      .map((id) => w.term(V.productCertificateState, id))
      .join(', ');
  return (
    <section>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageTitle>{t.products}</PageTitle>
        {me?.capabilities.includes('exportRegistry') && (
          <a
            href={`/api/products/export?${toQueryString({ format: 'xlsx', q, ...filters })}`}
            className="rounded border border-brand-600 px-3 py-2 text-brand-700"
          >
            {t.exportXlsx}
          </a>
        )}
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <SearchBox value={q} hint={searchHint(lang, 'products')} onChange={typeQ} />
        <FilterSelect
          label={t.stars}
          value={filters.stars}
          onChange={filter('stars')}
          options={[3, 4, 5].map((n) => [String(n), `${n} ★`])}
        />
        <FilterSelect
          label={t.certificateState}
          name="certificateState"
          value={filters.certificateState}
          onChange={filter('certificateState')}
          groups={[
            {
              label: t.certificateGroups,
              options: [
                [CARRIES_MARK, t.certificateMayCarryMark],
                [RENEWAL_DUE, t.certificateRenewalDue],
                [NO_MARK, t.certificateNoMark],
              ],
            },
          ]}
          optionsLabel={t.certificateEachState}
          options={PRODUCT_CERTIFICATE_STATES.map((id) => [id, w.term(V.productCertificateState, id)])}
          unknownLabel={stateWords}
        />
        <FilterSelect
          label={t.productSet}
          value={filters.productSet}
          onChange={filter('productSet')}
          options={PRODUCT_SETS.map((ps) => [String(ps.no), `${ps.no}. ${ps[lang]}`])}
        />
        <FilterSelect
          label={t.status}
          value={filters.status}
          onChange={filter('status')}
          options={V.productStatus.ids.map((id) => [id, w.term(V.productStatus, id)])}
        />
      </div>
      <DataTable
        caption={t.products}
        rows={list.data?.items}
        loading={list.loading}
        error={list.error?.message}
        page={page}
        pageSize={20}
        total={list.data?.total ?? 0}
        totalExact={list.data?.totalExact}
        totalMoreThan={list.data?.totalMoreThan}
        empty={
          q.trim() ? (
            <SearchEmpty
              lang={lang}
              kind="products"
              q={q}
              otherFilters={Object.values(filters).some((v) => v !== '')}
            />
          ) : undefined
        }
        onPage={(n) => setUrl({ page: n > 1 ? String(n) : '' })}
        columns={[
          {
            key: 'name',
            header: t.name,
            cell: (r) => (
              <>
                <Link to={paths.product(r.id)} className="text-brand-700 underline">
                  <Highlight text={r.name} q={q} />
                </Link>
                <MatchNote
                  lang={lang}
                  matchedBy={r.matchedBy}
                  // names the list shows in no column: the province outside the national list, the recorded unit beside a current commune
                  shown={{
                    province: national ? null : r.place.provinceName,
                    recordedIn: r.place.communeName ? r.place.unitName : null,
                  }}
                />
              </>
            ),
          },
          {
            key: 'set',
            header: t.productSet,
            cell: (r) => (r.productSet ? PRODUCT_SETS[r.productSet - 1]?.[lang] : '—'),
          },
          { key: 'producer', header: t.producer, cell: (r) => <Highlight text={r.producerName} q={q} /> },
          {
            key: 'commune',
            header: t.commune,
            cell: (r) => <Highlight text={r.place.communeName ?? r.place.unitName} q={q} />,
          },
          ...(national
            ? [
                {
                  key: 'province',
                  header: t.province,
                  cell: (r: ProductView) =>
                    r.place.provinceName ? <Highlight text={r.place.provinceName} q={q} /> : '—',
                },
              ]
            : []),
          { key: 'stars', header: t.stars, cell: (r) => <CertificateStars certificate={r.certificate} /> },
          {
            key: 'certificate',
            header: t.certificate,
            cell: (r) => <CertificateStateBadge certificate={r.certificate} />,
          },
        ]}
      />
    </section>
  );
}
