// One dossier of a session as its reader may see it: product, producer, set and state;
// who has sent a sheet (names, never scores); conflicts declared; the reader's own
// sheet with its link and, for a member, the form to declare a conflict; for the
// chair, what the first sheets flag with the moves the server allows; and once
// closed, each member's totals and the council's result.
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { SESSION_ITEM_EVENTS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { actOnItem, declareConflict, removeSessionDossier, type Session, type SessionItem } from './api.ts';
import { COUNCIL_WORDS } from './council-words.ts';
import { ErrorLine } from './error-line.tsx';
import { ItemResult } from './item-result.tsx';

export function SessionItemCard(props: {
  s: Session;
  item: SessionItem;
  onSession(s: Session): void;
  onReload(): void;
}) {
  const { s, item } = props;
  const { lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const announce = useAnnounce();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const sent = item.expected.filter((m) => item.sent.includes(m.memberId));
  const missing = item.expected.filter((m) => item.missing.includes(m.memberId));
  const events = SESSION_ITEM_EVENTS.filter((e) => item.actions.includes(e));
  const mine = item.myStatus === 'toScore' || item.myStatus === 'sent';
  const canDeclare =
    !!s.me && item.myStatus === 'toScore' && item.status !== 'closed' && s.status !== 'cancelled';
  return (
    <li className="flex flex-col gap-2 rounded-lg border bg-white p-3" data-item={item.id}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold">
            {item.position}. {item.productName}
            {item.productCode && (
              <span className="ml-1 text-sm font-normal text-slate-600">({item.productCode})</span>
            )}
          </h3>
          <p className="text-sm text-slate-700">
            {item.producerName} · {K.set(item.setNo)} · {w.term(V.dossierKind, item.dossierKind)}
          </p>
        </div>
        <TermBadge v={V.sessionItemState} id={item.status} />
      </div>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-xs text-slate-600">{K.sent}</dt>
          <dd data-testid="sent-by">{sent.length ? sent.map((m) => m.fullName).join(', ') : K.nobody}</dd>
        </div>
        {missing.length > 0 && (
          <div>
            <dt className="text-xs text-slate-600">{K.notSent}</dt>
            <dd>{missing.map((m) => m.fullName).join(', ')}</dd>
          </div>
        )}
        {item.conflicts.length > 0 && (
          <div className="sm:col-span-2">
            <dt className="text-xs text-slate-600">{K.conflicts}</dt>
            <dd>
              <ul>
                {item.conflicts.map((c) => (
                  <li key={c.memberId}>
                    {c.fullName}: {c.reason}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {item.rescoring && item.rescoring.length > 0 && (
          <div className="sm:col-span-2">
            <dt className="text-xs text-slate-600">{K.rescoring}</dt>
            <dd>
              {item.rescoring.map((r) => (
                <span key={r.memberId} className="block">
                  {r.fullName}: {r.criteria.join(', ')}
                </span>
              ))}
            </dd>
          </div>
        )}
        {item.myStatus && (
          <div className="sm:col-span-2">
            <dt className="text-xs text-slate-600">{K.myStatus}</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <TermBadge v={V.memberSheetStanding} id={item.myStatus} />
              {mine && s.status !== 'planned' && s.status !== 'cancelled' && (
                <Link to={paths.councilSheet(item.id)} className="font-semibold text-brand-700 underline">
                  {item.myStatus === 'toScore' && s.status === 'scoring' ? K.openSheet : K.viewSheet}
                </Link>
              )}
            </dd>
          </div>
        )}
      </dl>
      {item.flags && (
        <div className="rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="flags">
          <p className="font-semibold">{K.flags}</p>
          {item.flags.members.length === 0 && item.flags.criteria.length === 0 ? (
            <p>{K.noFlags}</p>
          ) : (
            <>
              {item.flags.members.length > 0 && (
                <p>
                  {K.flaggedMembers}: {item.flags.members.map((m) => m.fullName).join(', ')}
                </p>
              )}
              {item.flags.criteria.length > 0 && (
                <p>
                  {K.flaggedCriteria}: {item.flags.criteria.join(', ')}
                </p>
              )}
            </>
          )}
        </div>
      )}
      {item.result && <ItemResult result={item.result} />}
      <ErrorLine error={error} />
      <div className="flex flex-wrap gap-2">
        {events.map((e) => (
          <button
            key={e}
            type="button"
            disabled={busy}
            data-event={e}
            onClick={() =>
              void run(async () => {
                await actOnItem(item.id, e);
                announce(K.done(w.term(V.sessionItemAction, e)));
                props.onReload();
              })
            }
            className="rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
          >
            {w.term(V.sessionItemAction, e)}
          </button>
        ))}
        {s.actions.includes('manageDossiers') && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(async () => props.onSession(await removeSessionDossier(s.id, item.id)))}
            className="rounded border border-rose-800 px-3 py-2 text-rose-800"
          >
            {K.removeItem}
          </button>
        )}
      </div>
      {canDeclare && (
        <ConflictForm
          busy={busy}
          onDeclare={(reason) =>
            run(async () => props.onSession(await declareConflict(s.id, item.id, { reason })))
          }
        />
      )}
    </li>
  );
}

function ConflictForm({ busy, onDeclare }: { busy: boolean; onDeclare(reason: string): Promise<void> }) {
  const { lang } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const [reason, setReason] = useState('');
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700">{K.declare}</summary>
      <form
        className="mt-2 flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void onDeclare(reason.trim());
        }}
      >
        <p className="text-slate-700">{K.declareHint}</p>
        <label className="flex flex-col gap-1">
          <span>{K.reason}</span>
          <textarea
            value={reason}
            required
            minLength={3}
            maxLength={1000}
            rows={2}
            onChange={(e) => setReason(e.target.value)}
            className="rounded border px-2 py-1"
          />
        </label>
        <button
          type="submit"
          disabled={busy || reason.trim().length < 3}
          className="self-start rounded border border-rose-800 px-3 py-2 text-rose-800 disabled:opacity-50"
        >
          {K.declare}
        </button>
      </form>
    </details>
  );
}
