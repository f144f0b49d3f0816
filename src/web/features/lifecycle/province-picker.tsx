// The province a central officer looks at (or the whole country): the provinces of
// the current structure, as the registry's place pickers list them.
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { listUnits } from '../registry/api.ts';
import { RADAR_WORDS } from './radar-words.ts';

export function ProvincePicker({ value, onChange }: { value: string; onChange(id: string): void }) {
  const { lang } = useI18n();
  const R = RADAR_WORDS[lang];
  const provinces = useQuery('provinces', () => listUnits({ level: 'province', pageSize: 50 }));
  return (
    <label className="flex max-w-full flex-col gap-1 text-sm sm:w-72">
      <span>{R.province}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="max-w-full rounded border bg-white px-3 py-2"
        data-testid="radar-province"
      >
        <option value="">{R.allProvinces}</option>
        {provinces.data?.items.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {provinces.error && (
        <span role="alert" className="text-red-800">
          {provinces.error.message}
        </span>
      )}
    </label>
  );
}
