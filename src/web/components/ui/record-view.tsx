// One record fetched by id, with the loading and not-found states every detail page shows.
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { PageTitle } from './data-table.tsx';

export function RecordView<T extends { name: string }>({
  cacheKey,
  load,
  children,
  after,
}: {
  /** the record's key for the query cache (its id) */
  cacheKey: string;
  /** the feature's fetcher for it */
  load(): Promise<T>;
  children: (record: T) => ReactNode;
  after?: (record: T) => ReactNode;
}) {
  const { t } = useI18n();
  const one = useQuery<T>(cacheKey, load);
  if (one.error)
    return (
      <p role="alert" className="rounded border bg-white p-4">
        {one.error.status === 404 ? t.notFound : one.error.message}
      </p>
    );
  if (!one.data) return <p>{t.loading}</p>;
  return (
    <section>
      <PageTitle>{one.data.name}</PageTitle>
      <dl className="rounded-lg border bg-white px-4">{children(one.data)}</dl>
      {after?.(one.data)}
    </section>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 border-t py-2">
      <dt className="text-slate-600">{label}</dt>
      <dd className="col-span-2">{children}</dd>
    </div>
  );
}
