// Choose a commune of the current structure: province first, then an
// accent-insensitive search among its communes.
import { useState } from 'react';
import { listUnits } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';

export function CommunePicker({
  value,
  onChange,
  label,
  initialProvince = '',
}: {
  value: string;
  onChange(id: string, name?: string): void;
  label: string;
  /** the province of the commune already chosen (a record being changed) */
  initialProvince?: string;
}) {
  const { t } = useI18n();
  const [province, setProvince] = useState(initialProvince);
  const [q, setQ] = useState('');
  const provinces = useQuery('provinces', () => listUnits({ level: 'province', pageSize: 50 }));
  // every commune of the province (the largest has a few hundred), not a first page of them
  const communes = useQuery(`communes:${province}:${q}`, async () => {
    if (!province) return { items: [] as Awaited<ReturnType<typeof listUnits>>['items'], total: 0 };
    const first = await listUnits({ parent: province, q, pageSize: 200 });
    const items = [...first.items];
    for (let page = 2; items.length < first.total && page <= 10; page++)
      items.push(...(await listUnits({ parent: province, q, page, pageSize: 200 })).items);
    return { items, total: first.total };
  });
  return (
    <fieldset className="flex flex-col gap-2 rounded border p-3">
      <legend className="px-1 text-sm font-semibold">{label}</legend>
      <label className="flex flex-col gap-1">
        <span className="text-sm">{t.province}</span>
        <select
          className="rounded border px-3 py-2"
          value={province}
          onChange={(e) => {
            setProvince(e.target.value);
            onChange('');
          }}
          required
        >
          <option value="">—</option>
          {provinces.data?.items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-sm">{t.search}</span>
        <input
          type="search"
          className="rounded border px-3 py-2"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          disabled={!province}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-sm">{t.commune}</span>
        <select
          name="unitId"
          className="rounded border px-3 py-2"
          value={value}
          onChange={(e) =>
            onChange(e.target.value, communes.data?.items.find((c) => c.id === e.target.value)?.name)
          }
          required
          disabled={!province}
        >
          <option value="">—</option>
          {communes.data?.items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
