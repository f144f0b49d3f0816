// Whether a media query holds now, following changes (a phone turned sideways).
// Layouts that differ in structure, not only in style (a table on a desk, cards on a
// phone), render one variant or the other so the page holds each thing once.
import { useSyncExternalStore } from 'react';

export function useMedia(query: string, fallback = true): boolean {
  return useSyncExternalStore(
    (changed) => {
      if (typeof matchMedia === 'undefined') return () => undefined;
      const m = matchMedia(query);
      m.addEventListener('change', changed);
      return () => m.removeEventListener('change', changed);
    },
    () => (typeof matchMedia === 'undefined' ? fallback : matchMedia(query).matches),
    () => fallback,
  );
}

/** Tailwind's `md` breakpoint: wider than a phone held upright. */
export const WIDE = '(min-width: 768px)';
