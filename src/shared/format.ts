// Dates and numbers as readers expect them: 19/06/2027 and 1.234,5 in Vietnamese,
// 19 Jun 2027 and 1,234.5 in English. Times are shown in Vietnam (UTC+7, no
// daylight saving), whatever the reader's machine says. The API and JSON exports
// keep ISO dates; pages, PDFs and spreadsheets use these.
import type { Lang } from './vocabulary.ts';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day of a value: a `YYYY-MM-DD` date is that day; an instant is its day in Vietnam. */
function dayOf(value: string | Date): { y: number; m: number; d: number; hh: number; mm: number } | null {
  if (typeof value === 'string') {
    const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (plain) return { y: +plain[1], m: +plain[2], d: +plain[3], hh: 0, mm: 0 };
  }
  const at = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(at.getTime())) return null;
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return {
    y: local.getUTCFullYear(),
    m: local.getUTCMonth() + 1,
    d: local.getUTCDate(),
    hh: local.getUTCHours(),
    mm: local.getUTCMinutes(),
  };
}

/** 19/06/2027 (vi) or 19 Jun 2027 (en); '—' for no date; an unreadable value is returned as it is. */
export function formatDate(value: string | Date | null | undefined, lang: Lang): string {
  if (value == null || value === '') return '—';
  const p = dayOf(value);
  if (!p) return String(value);
  return lang === 'vi' ? `${pad(p.d)}/${pad(p.m)}/${p.y}` : `${p.d} ${MONTHS_EN[p.m - 1]} ${p.y}`;
}

/** 14:05 19/06/2027 (vi) or 19 Jun 2027, 14:05 (en), in Vietnam time. */
export function formatDateTime(value: string | Date | null | undefined, lang: Lang): string {
  if (value == null || value === '') return '—';
  const p = dayOf(value);
  if (!p) return String(value);
  const time = `${pad(p.hh)}:${pad(p.mm)}`;
  return lang === 'vi'
    ? `${time} ${pad(p.d)}/${pad(p.m)}/${p.y}`
    : `${p.d} ${MONTHS_EN[p.m - 1]} ${p.y}, ${time}`;
}

/** 14:05, in Vietnam time (the same in both languages). */
export function formatTime(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '—';
  const p = dayOf(value);
  return p ? `${pad(p.hh)}:${pad(p.mm)}` : String(value);
}

/** 1.234.567,5 (vi) or 1,234,567.5 (en); at most `digits` decimals. */
export function formatNumber(n: number | null | undefined, lang: Lang, digits = 0): string {
  if (n == null || Number.isNaN(n)) return '—';
  const [int, rawFrac = ''] = Math.abs(n)
    .toFixed(Math.max(0, Math.trunc(digits)))
    .split('.');
  const frac = rawFrac.replace(/0+$/, '');
  const group = lang === 'vi' ? '.' : ',';
  const decimal = lang === 'vi' ? ',' : '.';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${n < 0 ? '-' : ''}${grouped}${frac ? decimal + frac : ''}`;
}
