// How a searched registry list shows why a row is there: the matching part of a
// name is marked, and a row found by something other than its own name says what
// matched (the API's matchedBy); an empty result says what was searched.
import type { ReactNode } from 'react';
import { findFolded } from '../../../domain/text/search-highlight.ts';
import type { SearchMatchField } from '../../../shared/contracts/registry.ts';
import { termOf, V } from '../../../shared/vocabulary.ts';
import type { Lang } from '../../lib/i18n.tsx';

type Kind = 'products' | 'producers';

const COPY = {
  vi: {
    hint: {
      products: 'Tìm theo tên sản phẩm, tên chủ thể, xã/phường hoặc tỉnh/thành',
      producers: 'Tìm theo tên chủ thể, xã/phường hoặc tỉnh/thành',
    },
    matchedBy: 'Khớp theo',
    none: {
      products: (q: string) =>
        `Không có sản phẩm nào có tên, tên chủ thể, xã/phường hoặc tỉnh/thành chứa “${q}” (không phân biệt dấu).`,
      producers: (q: string) =>
        `Không có chủ thể nào có tên, xã/phường hoặc tỉnh/thành chứa “${q}” (không phân biệt dấu).`,
    },
    withFilters: 'Các bộ lọc khác đang được áp dụng.',
  },
  en: {
    hint: {
      products: 'By product name, producer name, commune or province',
      producers: 'By producer name, commune or province',
    },
    matchedBy: 'Matched by',
    none: {
      products: (q: string) =>
        `No product whose name, producer name, commune or province contains “${q}” (accents ignored).`,
      producers: (q: string) =>
        `No producer whose name, commune or province contains “${q}” (accents ignored).`,
    },
    withFilters: 'Other filters are applied as well.',
  },
} as const;

/** What the search box searches, said under it. */
export function searchHint(lang: Lang, kind: Kind): string {
  return COPY[lang].hint[kind];
}

/** The empty list of a search: what was searched, and whether other filters narrowed it too. */
export function SearchEmpty({
  lang,
  kind,
  q,
  otherFilters,
}: {
  lang: Lang;
  kind: Kind;
  q: string;
  otherFilters: boolean;
}) {
  return (
    <span data-testid="search-empty">
      {COPY[lang].none[kind](q.trim())}
      {otherFilters && ` ${COPY[lang].withFilters}`}
    </span>
  );
}

/** A name with the searched part marked, when it contains it. */
export function Highlight({ text, q }: { text: string | null | undefined; q: string }): ReactNode {
  if (!text) return text ?? null;
  const found = findFolded(text, q);
  if (!found) return text;
  return (
    <>
      {found.before}
      <mark className="rounded-sm bg-amber-100 text-inherit">{found.match}</mark>
      {found.after}
    </>
  );
}

/**
 * "Matched by: Producer name; Province “Thanh Hóa”" under a row that its own name did not
 * match. `shown` gives the value of a field the row does not show in a column, so that
 * the reader sees which name it was.
 */
export function MatchNote({
  lang,
  matchedBy,
  shown,
}: {
  lang: Lang;
  matchedBy: readonly SearchMatchField[] | undefined;
  shown: Partial<Record<SearchMatchField, string | null>>;
}) {
  if (!matchedBy?.length || matchedBy.includes('name')) return null;
  const parts = matchedBy.map((f) => {
    const value = shown[f];
    const term = termOf(V.searchMatch, f, lang);
    return value ? `${term} “${value}”` : term;
  });
  return (
    <span className="block text-xs text-slate-600" data-testid="matched-by">
      {COPY[lang].matchedBy}: {parts.join('; ')}
    </span>
  );
}
