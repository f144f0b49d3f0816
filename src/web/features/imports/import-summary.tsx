// What the check found and, once committed, what the import wrote: every number
// beside what it counts. The buttons are the caller's actions from the API.
import { useState } from 'react';
import { useAnnounceChange } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { ImportView } from './api.ts';
import { createdSentence, IMPORT_LABELS, matchedSentence, skippedSentence } from './labels.ts';

export function ImportSummary({
  state,
  busy,
  onCommit,
  onCancel,
}: {
  state: ImportView;
  busy: boolean;
  onCommit(): void;
  onCancel(reason: string): void;
}) {
  const { t, lang } = useI18n();
  const counts = state.counts;
  const matched = matchedSentence(counts, state.kind, lang);
  const skipped = skippedSentence(counts, lang);
  const done = `${t.done}: ${createdSentence(counts, state.kind, lang)}`;
  useAnnounceChange(state.status === 'committed' ? done : null);
  return (
    <div>
      <p>
        {counts.rows ?? 0} {t.rows}: {t.valid} {counts.valid ?? 0} · {t.incomplete} {counts.incomplete ?? 0} ·{' '}
        {t.invalid} {counts.invalid ?? 0} · {t.review} {counts.review ?? 0} · {t.duplicate}{' '}
        {counts.duplicate ?? 0} · {t.existing} {counts.existingProducts ?? counts.existingProducers ?? 0}
      </p>
      {state.status === 'committed' && (
        <div className="mt-2" data-testid="import-result">
          <p className="font-semibold text-emerald-800">{done}</p>
          {matched && <p>{matched}</p>}
          {skipped && <p>{skipped}</p>}
        </div>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-3">
        {state.actions.includes('commit') && (
          <button
            type="button"
            onClick={onCommit}
            disabled={busy || !((counts.valid ?? 0) + (counts.incomplete ?? 0) > 0)}
            className="rounded bg-emerald-700 px-4 py-2 text-white disabled:opacity-60"
          >
            {t.commit}
          </button>
        )}
        {state.actions.includes('cancel') && <CancelImport busy={busy} onCancel={onCancel} />}
      </div>
    </div>
  );
}

/** Cancelling asks once more, with an optional reason kept in the status history. */
export function CancelImport({ busy, onCancel }: { busy: boolean; onCancel(reason: string): void }) {
  const { lang } = useI18n();
  const L = IMPORT_LABELS[lang];
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  if (!asking)
    return (
      <button type="button" className="rounded border px-4 py-2" onClick={() => setAsking(true)}>
        {L.cancelImport}
      </button>
    );
  return (
    <div className="flex flex-wrap items-end gap-2 rounded border bg-slate-50 p-2">
      <label className="flex flex-col gap-1 text-sm">
        <span>{L.cancelReason}</span>
        <input
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          className="rounded border px-2 py-1"
        />
      </label>
      <button
        type="button"
        disabled={busy}
        className="rounded bg-red-700 px-3 py-1 text-white disabled:opacity-60"
        onClick={() => onCancel(reason.trim())}
      >
        {L.confirmCancel}
      </button>
      <button type="button" className="rounded border px-3 py-1" onClick={() => setAsking(false)}>
        {L.keep}
      </button>
    </div>
  );
}
