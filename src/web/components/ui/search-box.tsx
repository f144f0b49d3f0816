import { useId } from 'react';
import { useI18n } from '../../lib/i18n.tsx';

/** The accent-insensitive search field every list uses; `hint` says what it searches. */
export function SearchBox({
  value,
  onChange,
  hint,
}: {
  value: string;
  onChange(v: string): void;
  hint?: string;
}) {
  const { t } = useI18n();
  const hintId = useId();
  return (
    <div className="mb-3 flex max-w-md flex-col gap-1">
      <label className="flex flex-col gap-1">
        <span className="text-sm text-slate-700">{t.search}</span>
        <input
          type="search"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={hint ? hintId : undefined}
          className="rounded border px-3 py-2"
        />
      </label>
      {/* outside the label, so that it describes the field without lengthening its name */}
      {hint && (
        <span id={hintId} className="text-xs text-slate-500">
          {hint}
        </span>
      )}
    </div>
  );
}
