// Filters of the registry lists; the same values feed the list query and the export link.
import { useI18n } from '../../lib/i18n.tsx';

export function FilterSelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  options: [string, string][];
}) {
  const { t } = useI18n();
  return (
    <label className="mb-3 flex flex-col gap-1">
      <span className="text-sm text-slate-700">{label}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="max-w-64 rounded border px-3 py-2"
      >
        <option value="">{t.all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export function toQueryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') params.set(k, String(v));
  return params.toString();
}
