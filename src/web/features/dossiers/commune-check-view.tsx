// The commune's Mẫu 03 as recorded: each of the four items met or not, with its
// remarks, the commune's proposal and who signed it.
import { COMMUNE_CHECK_ITEMS, COMMUNE_CHECK_LABELS } from '../../../domain/dossiers/commune-check.ts';
import { TONE_CLASSES } from '../../components/ui/term-badge.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { ACTION_WORDS } from './action-words.ts';
import type { DossierView } from './api.ts';

export function CommuneCheckView({ form03 }: { form03: NonNullable<DossierView['form03']> }) {
  const { lang } = useI18n();
  const A = ACTION_WORDS[lang];
  return (
    <section aria-labelledby="form03" className="flex flex-col gap-2 rounded-lg border bg-white p-3">
      <h2 id="form03" className="text-lg font-semibold">
        {A.form03}
      </h2>
      <ul className="flex flex-col gap-2">
        {COMMUNE_CHECK_ITEMS.map((k) => {
          const a = form03.items[k];
          return (
            <li key={k} data-item={k} data-met={a.met}>
              <span className="font-medium">{COMMUNE_CHECK_LABELS[k][lang]}</span>{' '}
              <span
                className={`inline-block rounded px-1.5 py-0.5 text-xs ring-1 ring-inset ${TONE_CLASSES[a.met ? 'good' : 'bad']}`}
              >
                {a.met ? A.met : A.notMet}
              </span>
              {a.note && <span className="block text-sm text-slate-700">{a.note}</span>}
            </li>
          );
        })}
      </ul>
      <p>
        <span className="font-medium">{A.proposal}:</span> {form03.proposal}
      </p>
      <p className="text-sm text-slate-700">
        {A.signer}: {form03.signer}, {form03.signerTitle}
      </p>
    </section>
  );
}
