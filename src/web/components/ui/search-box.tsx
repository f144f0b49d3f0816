import { useI18n } from '../../lib/i18n.tsx';

/** The accent-insensitive search field every list uses. */
export function SearchBox({ value, onChange }: { value: string; onChange(v: string): void }) {
  const { t } = useI18n();
  return (
    <label className="mb-3 flex max-w-md flex-col gap-1">
      <span className="text-sm text-slate-700">{t.search}</span>
      <input
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="rounded border px-3 py-2"
      />
    </label>
  );
}
