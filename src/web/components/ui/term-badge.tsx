// An enumerated value as a small badge: its words in the reader's language, its id
// kept in data-id for tests and support, and a colour that is never the only sign.
import type { Tone, Vocabulary } from '../../../shared/vocabulary.ts';
import { useI18n } from '../../lib/i18n.tsx';

export const TONE_CLASSES: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-300',
  good: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  info: 'bg-sky-50 text-sky-800 ring-sky-300',
  warn: 'bg-amber-50 text-amber-900 ring-amber-300',
  bad: 'bg-rose-50 text-rose-800 ring-rose-300',
};

export function TermBadge(props: { v: Vocabulary; id: string; prefix?: string }) {
  const { w } = useI18n();
  return (
    <span
      data-id={props.id}
      className={`inline-block max-w-full rounded px-1.5 py-0.5 text-xs ring-1 ring-inset ${TONE_CLASSES[w.tone(props.v, props.id)]}`}
    >
      {props.prefix}
      {w.term(props.v, props.id)}
    </span>
  );
}
