// The live result of a member's sheet — total, stars, criteria scored, star markers
// that hold it down — computed in the browser with the function the server uses
// (domain/scoring/score.ts), with where the sheet stands and the button that sends
// it to the council; a refusal for missing criteria lists them with links.
import type { ScoreResult } from '../../../domain/scoring/score.ts';
import { V } from '../../../shared/vocabulary.ts';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { SheetSnapshot } from './sheet-store.ts';
import type { SheetWords } from './sheet-words.ts';
import { SyncLine } from './sync-line.tsx';

export interface SendState {
  busy: boolean;
  message: string | null;
  missing: { code: string; title: string }[];
}

export function StarsLine({ result, W }: { result: ScoreResult | null; W: SheetWords }) {
  if (!result) return <span>{W.unscorable}</span>;
  return (
    <span data-testid="sheet-stars" data-stars={result.stars} data-total={result.total}>
      <span className="text-amber-600" aria-hidden="true">
        {'★'.repeat(result.stars)}
      </span>{' '}
      {W.stars(result.stars)} · {result.total}/100
    </span>
  );
}

export function SheetSummary(props: {
  result: ScoreResult | null;
  answered: number;
  scorable: number;
  snap: SheetSnapshot;
  editable: boolean;
  send: SendState;
  onSend(): void;
  W: SheetWords;
}) {
  const { result: r, snap, W, send } = props;
  const { w } = useI18n();
  return (
    <aside
      className="flex flex-col gap-2 rounded-lg border border-brand-600 bg-white p-3 shadow-sm"
      data-testid="sheet-summary"
    >
      <p className="text-sm text-slate-600">{W.total}</p>
      <p className="text-2xl font-bold text-brand-700">
        <StarsLine result={r} W={W} />
      </p>
      {r && (
        <p className="text-sm text-slate-700">
          A {r.parts.A} · B {r.parts.B} · C {r.parts.C}
        </p>
      )}
      <p className="text-sm text-slate-700">{W.answered(props.answered, props.scorable)}</p>
      {r && r.blockingMarkers.length > 0 && (
        <p className="text-sm text-amber-800">
          {W.blocked(new Set(r.blockingMarkers.map((b) => b.criterion)).size)}:{' '}
          {[...new Set(r.blockingMarkers.map((b) => b.criterion))].map((code, i) => (
            <span key={code}>
              {i > 0 && ', '}
              <a href={`#criterion-${code}`} className="underline">
                {code}
              </a>
            </span>
          ))}
        </p>
      )}
      {r?.disqualified && <p className="text-sm font-semibold text-red-800">{W.disqualified}</p>}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">{W.status}:</span>
        <TermBadge v={V.councilSheetStatus} id={snap.server.status} />
        {snap.server.sentAt && (
          <span className="text-slate-600">{W.sentAt(w.dateTime(snap.server.sentAt))}</span>
        )}
      </div>
      {props.editable && <SyncLine snap={snap} W={W} />}
      {props.editable && (
        <button
          type="button"
          onClick={props.onSend}
          disabled={send.busy || snap.state.kind === 'conflict'}
          data-testid="send-sheet"
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {send.busy ? W.sendingSheet : snap.server.status === 'sent' ? W.sendAgain : W.send}
        </button>
      )}
      {send.message && (
        <div role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800" data-testid="send-refused">
          <p>{send.message}</p>
          {send.missing.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {send.missing.map((m) => (
                <li key={m.code}>
                  <a href={`#criterion-${m.code}`} className="underline">
                    {m.code}
                  </a>{' '}
                  {m.title}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </aside>
  );
}
