// The reader's language as chosen (kept in localStorage): without React, so that the
// transport and the early start of a page (app/early-start.ts) can read it.
export type Lang = 'vi' | 'en';

export function currentLang(): Lang {
  return typeof localStorage !== 'undefined' && localStorage.getItem('ocop.lang') === 'en' ? 'en' : 'vi';
}
