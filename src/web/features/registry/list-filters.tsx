// Filters of the registry lists; the same values feed the list query and the export
// link, and live in the address (?stars=4&certificateState=expired), so that a
// reload, Back from a record and a shared link show the same list.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';

export interface OptionGroup {
  label: string;
  options: [string, string][];
}

export function FilterSelect({
  label,
  value,
  onChange,
  options,
  groups = [],
  optionsLabel,
  unknownLabel = (v) => v,
  name,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  options: [string, string][];
  /** options gathered under a heading, listed before the plain ones */
  groups?: OptionGroup[];
  /** the heading of the plain options when there are groups */
  optionsLabel?: string;
  /** the words of a value from the address that no option lists (a shared link's own combination) */
  unknownLabel?(value: string): string;
  /** names the control for tests and support (data-filter) */
  name?: string;
}) {
  const { t } = useI18n();
  const known = [...groups.flatMap((g) => g.options), ...options].some(([v]) => v === value);
  const render = (list: [string, string][]) =>
    list.map(([v, text]) => (
      <option key={v} value={v}>
        {text}
      </option>
    ));
  return (
    <label className="mb-3 flex flex-col gap-1">
      <span className="text-sm text-slate-700">{label}</span>
      <select
        value={value}
        data-filter={name}
        onChange={(e) => onChange(e.target.value)}
        className="max-w-64 rounded border px-3 py-2"
      >
        <option value="">{t.all}</option>
        {/* a value from a shared link that no option lists is still shown as chosen */}
        {value && !known && <option value={value}>{unknownLabel(value)}</option>}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {render(g.options)}
          </optgroup>
        ))}
        {groups.length && optionsLabel ? (
          <optgroup label={optionsLabel}>{render(options)}</optgroup>
        ) : (
          render(options)
        )}
      </select>
    </label>
  );
}

export function toQueryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') params.set(k, String(v));
  return params.toString();
}

/** Whole numbers travel as numbers, so the address reads ?page=2, not ?page="2". */
const asSearchValue = (key: string, v: string): string | number =>
  key !== 'q' && /^[1-9]\d{0,5}$/.test(v) ? Number(v) : v;

/**
 * A list's filters read from and written to the address. Values are strings ('' for
 * none); `set` drops empty ones from the address, and replaces the history entry
 * when asked (typing in the search box) instead of adding one per keystroke.
 */
export function useUrlFilters<K extends string>(
  keys: readonly K[],
): [Record<K, string>, (patch: Partial<Record<K, string>>, opts?: { replace?: boolean }) => void] {
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const navigate = useNavigate();
  const values = Object.fromEntries(
    keys.map((k) => [k, search[k] === undefined || search[k] === null ? '' : String(search[k])]),
  ) as Record<K, string>;
  const set = (patch: Partial<Record<K, string>>, opts: { replace?: boolean } = {}) => {
    void navigate({
      to: '.',
      replace: opts.replace ?? false,
      search: (prev: Record<string, unknown>) => {
        const next: Record<string, unknown> = { ...prev };
        for (const [k, v] of Object.entries(patch) as [string, string | undefined][]) {
          if (v === undefined || v === '') delete next[k];
          else next[k] = asSearchValue(k, v);
        }
        return next;
      },
    } as never);
  };
  return [values, set];
}

/**
 * A text filter typed into a field (the search): the field answers every keystroke,
 * the address follows it (`write`, without a history entry per key), and a change
 * of the address made elsewhere — a navigation link, Back — reaches the field. The
 * values written and not yet seen back in the address are remembered in order, so
 * that an older one arriving late does not overwrite what is being typed.
 */
export function useTypedUrlFilter(
  urlValue: string,
  write: (v: string) => void,
): [string, (v: string) => void] {
  const [text, setText] = useState(urlValue);
  const pending = useRef(new Set<string>());
  useEffect(() => {
    const waiting = pending.current;
    if (waiting.has(urlValue)) {
      // this one and every older one are through
      for (const v of waiting) {
        waiting.delete(v);
        if (v === urlValue) break;
      }
      return;
    }
    waiting.clear();
    setText(urlValue);
  }, [urlValue]);
  const type = (v: string) => {
    pending.current.add(v);
    setText(v);
    write(v);
  };
  return [text, type];
}
