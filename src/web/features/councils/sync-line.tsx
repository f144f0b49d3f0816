// Where the member's sheet stands: saved on the server, kept on this device and
// waiting, not sent for want of a connection ("Chưa gửi được 2 thay đổi — sẽ tự gửi
// khi có mạng"), refused, or in conflict with a copy saved from another device — then
// both copies' differing criteria side by side, and the choice of which to keep.
import type { RubricSet } from '../../../domain/rubric/pack.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { SheetSnapshot, SheetStore } from './sheet-store.ts';
import type { SheetWords } from './sheet-words.ts';

export function SyncLine({ snap, W, compact }: { snap: SheetSnapshot; W: SheetWords; compact?: boolean }) {
  const { w } = useI18n();
  const n = Math.max(1, snap.changes);
  const s = snap.state;
  const [text, tone] =
    s.kind === 'saved'
      ? [snap.server.updatedAt && !compact ? W.savedAt(w.time(snap.server.updatedAt)) : W.saved, 'good']
      : s.kind === 'waiting'
        ? [W.waiting(n), 'info']
        : s.kind === 'sending'
          ? [W.sending, 'info']
          : s.kind === 'offline'
            ? [W.offline(n), 'warn']
            : s.kind === 'retrying'
              ? [W.retrying(n), 'warn']
              : s.kind === 'conflict'
                ? [W.conflict, 'bad']
                : [`${s.message} ${W.refused}`, 'bad'];
  const cls = {
    good: 'text-emerald-800',
    info: 'text-slate-700',
    warn: 'bg-amber-100 text-amber-900',
    bad: 'bg-red-50 text-red-800',
  }[tone];
  return (
    <p
      role="status"
      className={`rounded px-2 py-1 text-sm ${cls}`}
      data-testid="sync-state"
      data-state={s.kind}
      data-changes={snap.changes}
    >
      {text}
    </p>
  );
}

export function ConflictPanel({
  snap,
  set,
  store,
  W,
}: {
  snap: SheetSnapshot;
  set: RubricSet;
  store: SheetStore;
  W: SheetWords;
}) {
  if (snap.state.kind !== 'conflict') return null;
  const { server, differing } = snap.state;
  const titles = new Map(
    set.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria.map((c) => [c.code, c.title] as const))),
  );
  return (
    <section
      role="alert"
      className="flex flex-col gap-2 rounded-lg border border-red-300 bg-red-50 p-3"
      data-testid="sheet-conflict"
    >
      <h2 className="font-semibold text-red-900">{W.conflict}</h2>
      <p className="text-sm">{W.conflictHint}</p>
      {differing.length === 0 ? (
        <p className="text-sm">{W.sameAnswers}</p>
      ) : (
        <table className="w-full bg-white text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-1" />
              <th scope="col" className="px-2 py-1">
                {W.onDevice}
              </th>
              <th scope="col" className="px-2 py-1">
                {W.onServer}
              </th>
            </tr>
          </thead>
          <tbody>
            {differing.map((code) => (
              <tr key={code} className="border-t" data-criterion={code}>
                <th scope="row" className="px-2 py-1 font-normal">
                  {code} {titles.get(code)}
                </th>
                <td className="px-2 py-1">{W.level(snap.answers[code] ?? 0)}</td>
                <td className="px-2 py-1">{W.level(server.answers[code] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => void store.keepMine()}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white"
        >
          {W.keepMine}
        </button>
        <button type="button" onClick={() => store.takeServer()} className="rounded border px-3 py-2">
          {W.takeServer}
        </button>
      </div>
    </section>
  );
}
