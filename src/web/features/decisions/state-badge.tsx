// A decision's state as a small badge: its words in the reader's language, its id in
// data-id for tests, and a colour that is never the only sign (draft, signed, published).
import type { DECISION_STATES } from '../../../shared/enums.ts';
import { TONE_CLASSES } from '../../components/ui/term-badge.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { DECISION_WORDS } from './decision-words.ts';

type State = (typeof DECISION_STATES)[number];
const TONES = { draft: 'warn', signed: 'info', published: 'good' } as const;

export function StateBadge({ state }: { state: State }) {
  const { lang } = useI18n();
  return (
    <span
      data-id={state}
      className={`inline-block rounded px-1.5 py-0.5 text-xs ring-1 ring-inset ${TONE_CLASSES[TONES[state]]}`}
    >
      {DECISION_WORDS[lang].state[state]}
    </span>
  );
}
