// Records to complete: the products of the officer's territory whose records lack a
// fact the published lists did not give — their producer, commune, product set, stars,
// decision number or date — counted per fact, filtered by one, each a link to complete.
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { INCOMPLETE_FACTS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable, PageTitle } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { fetchWorklist } from './api.ts';

type Fact = (typeof INCOMPLETE_FACTS)[number];
const PAGE_SIZE = 50;

const WORDS = {
  vi: {
    title: 'Hồ sơ cần bổ sung thông tin',
    intro:
      'Sản phẩm của địa bàn được ghi nhận từ các danh sách đã công bố nhưng còn thiếu thông tin. Mở từng hồ sơ để bổ sung.',
    all: 'Tất cả',
    product: 'Sản phẩm',
    producer: 'Chủ thể',
    place: 'Nơi ghi nhận',
    province: 'Tỉnh/thành',
    missing: 'Còn thiếu',
    empty: 'Không có hồ sơ nào còn thiếu thông tin.',
    filter: 'Lọc theo thông tin còn thiếu',
  },
  en: {
    title: 'Records to complete',
    intro:
      'Products of your territory recorded from published lists that still lack facts. Open each record to complete it.',
    all: 'All',
    product: 'Product',
    producer: 'Producer',
    place: 'Recorded at',
    province: 'Province',
    missing: 'Missing',
    empty: 'No record lacks a fact.',
    filter: 'Filter by the missing fact',
  },
} as const;

export function WorklistPage() {
  const { w, lang, t } = useI18n();
  const words = WORDS[lang];
  const search = useSearch({ strict: false }) as { fact?: string; page?: string };
  const navigate = useNavigate();
  const fact = (INCOMPLETE_FACTS as readonly string[]).includes(search.fact ?? '')
    ? (search.fact as Fact)
    : undefined;
  const page = Number(search.page) || 1;
  const list = useQuery(`worklist:${fact ?? ''}:${page}`, () =>
    fetchWorklist({ fact, page, pageSize: PAGE_SIZE }),
  );
  const go = (next: { fact?: Fact; page?: number }) =>
    void navigate({
      to: paths.worklist,
      search: {
        ...(next.fact ? { fact: next.fact } : {}),
        ...(next.page && next.page > 1 ? { page: String(next.page) } : {}),
      },
    } as never);
  const counts = new Map(list.data?.byFact.map((f) => [f.fact, f.count]) ?? []);
  return (
    <section className="flex flex-col gap-3">
      <PageTitle>{words.title}</PageTitle>
      <p className="text-slate-700">{words.intro}</p>
      <nav aria-label={words.filter} className="flex flex-wrap gap-2">
        <button
          type="button"
          aria-pressed={!fact}
          onClick={() => go({})}
          className="rounded-full border px-3 py-1 aria-pressed:bg-brand-600 aria-pressed:text-white"
        >
          {words.all}
        </button>
        {INCOMPLETE_FACTS.map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={fact === f}
            data-fact={f}
            onClick={() => go({ fact: f })}
            className="rounded-full border px-3 py-1 aria-pressed:bg-brand-600 aria-pressed:text-white"
          >
            {w.term(V.incompleteFact, f)} ({w.number(counts.get(f) ?? 0)})
          </button>
        ))}
      </nav>
      <DataTable
        caption={words.title}
        rows={list.data?.items.map((i) => ({ ...i, id: i.productId }))}
        loading={list.loading}
        error={list.error?.message}
        empty={words.empty}
        page={page}
        pageSize={PAGE_SIZE}
        total={list.data?.total}
        onPage={(p) => go({ fact, page: p })}
        columns={[
          {
            key: 'product',
            header: words.product,
            card: 'title',
            cell: (i) => (
              <Link to={paths.product(i.productId)} className="underline">
                {i.productName}
              </Link>
            ),
          },
          {
            key: 'producer',
            header: words.producer,
            cell: (i) => (
              <Link to={paths.producer(i.producerId)} className="underline">
                {i.producerName}
              </Link>
            ),
          },
          { key: 'place', header: words.place, cell: (i) => i.placeName ?? '—' },
          { key: 'province', header: words.province, cell: (i) => i.provinceName ?? '—' },
          {
            key: 'missing',
            header: words.missing,
            cell: (i) => (
              <span data-gaps={i.gaps.join(',')}>
                {i.gaps.map((g) => w.term(V.incompleteFact, g)).join('; ')}
              </span>
            ),
          },
        ]}
      />
      {list.data && <p className="sr-only">{`${t.total}: ${w.number(list.data.total)}`}</p>}
    </section>
  );
}
