// Where a producer's record stands: pending until its commune confirms it, rejected
// with a reason, active, or recorded as inactive (domain/registry/producer.workflow.ts).
// The record page shows the status, the last decision and its reason, the moves
// the API lists in the record's actions (a reason is asked where the table needs
// one) and the history of moves; the producer sees a banner on every page while
// its record is not active.
import { Link, useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import { needsReason, type ProducerEvent } from '../../../domain/registry/producer.workflow.ts';
import { PRODUCER_WORKFLOW_EVENTS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { paths } from '../../config/paths.ts';
import { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { changeProducerStatus, getProducer, type ProducerView } from './api.ts';

const WORDS = {
  vi: {
    title: 'Trạng thái hồ sơ chủ thể',
    reason: 'Lý do',
    reasonFor: (event: string) => `Lý do ${event.toLowerCase()}`,
    cancel: 'Thôi',
    history: 'Các lần xác nhận, từ chối',
    reload: 'Tải lại',
    pendingTitle: 'Hồ sơ chủ thể đang chờ xã xác nhận',
    pendingText:
      'Trong khi chờ, bạn có thể hoàn thiện hồ sơ chủ thể (kể cả tên, loại hình, mã số thuế và địa chỉ) và đăng ký sản phẩm. Việc tự đánh giá sản phẩm được mở khi cán bộ OCOP của xã xác nhận chủ thể.',
    rejectedTitle: 'Đăng ký chủ thể chưa được xã chấp nhận',
    rejectedText: 'Hãy sửa hồ sơ theo lý do trên, rồi bấm “Gửi lại để xã xem xét” trên trang hồ sơ chủ thể.',
    inactiveTitle: 'Chủ thể đang được ghi nhận là ngừng hoạt động',
    inactiveText: 'Nếu chủ thể đã hoạt động trở lại, hãy liên hệ cán bộ OCOP của xã.',
    openRecord: 'Mở hồ sơ chủ thể',
    officerPending: 'Chủ thể tự đăng ký, đang chờ cán bộ xã hoặc tỉnh xác nhận.',
  },
  en: {
    title: 'Status of the producer record',
    reason: 'Reason',
    reasonFor: (event: string) => `Reason to ${event.toLowerCase()}`,
    cancel: 'Never mind',
    history: 'Confirmations and rejections',
    reload: 'Reload',
    pendingTitle: 'Your producer record is awaiting the commune’s confirmation',
    pendingText:
      'Meanwhile you can complete your record (name, legal type, tax code and address included) and register your products. Self-assessment opens once your commune’s OCOP officer confirms you.',
    rejectedTitle: 'Your registration was not accepted by the commune',
    rejectedText:
      'Correct your record as the reason says, then press “Send back for review” on your record page.',
    inactiveTitle: 'Your producer is recorded as inactive',
    inactiveText: 'If you operate again, contact your commune’s OCOP officer.',
    openRecord: 'Open the producer record',
    officerPending:
      'Registered by the producer itself; awaiting confirmation by a commune or provincial officer.',
  },
} as const;

const isEvent = (a: string): a is ProducerEvent =>
  (PRODUCER_WORKFLOW_EVENTS as readonly string[]).includes(a);

/** The last decision with its reason (newest first in the history). */
const lastReason = (p: ProducerView) => p.statusHistory?.find((h) => h.toStatus === p.status && h.reason);

export function ProducerStatusPanel({ record, onChanged }: { record: ProducerView; onChanged(): void }) {
  const { lang, w } = useI18n();
  const words = WORDS[lang];
  const events = record.actions.filter(isEvent);
  const [asking, setAsking] = useState<ProducerEvent | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ text: string; conflict: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const decided = lastReason(record);
  // nothing to say or do: the status shown with the record is enough
  if (!events.length && !decided && !record.statusHistory?.length && record.status !== 'pending') return null;
  const move = async (event: ProducerEvent) => {
    setBusy(true);
    setError(null);
    try {
      await changeProducerStatus(record.id, {
        event,
        ...(needsReason(event) ? { reason } : {}),
        expectedUpdatedAt: record.updatedAt,
      });
      setAsking(null);
      setReason('');
      onChanged();
    } catch (err) {
      const api = err instanceof ApiError ? err : null;
      setError({ text: api?.message ?? String(err), conflict: api?.status === 409 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section
      className="mt-4 rounded-lg border bg-white p-4"
      aria-labelledby="status-title"
      data-testid="producer-status"
    >
      <h2 id="status-title" className="font-semibold">
        {words.title}
      </h2>
      {record.status === 'pending' && <p className="mt-2 text-sm text-slate-700">{words.officerPending}</p>}
      {decided && (
        <p className="mt-2 text-sm">
          {words.reason}: <q>{decided.reason}</q> — {decided.actorLabel}, {w.dateTime(decided.at)}
        </p>
      )}
      {events.length > 0 && !asking && (
        <div className="mt-3 flex flex-wrap gap-2">
          {events.map((e) => (
            <button
              key={e}
              type="button"
              disabled={busy}
              data-event={e}
              className={
                e === 'reject' || e === 'deactivate'
                  ? 'rounded border border-red-800 px-3 py-2 text-red-800'
                  : 'rounded bg-brand-600 px-3 py-2 font-semibold text-white'
              }
              onClick={() => (needsReason(e) ? setAsking(e) : void move(e))}
            >
              {w.term(V.producerAction, e)}
            </button>
          ))}
        </div>
      )}
      {asking && (
        <form
          className="mt-3 flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void move(asking);
          }}
        >
          <label className="flex flex-col gap-1">
            <span className="text-sm">{words.reasonFor(w.term(V.producerAction, asking))}</span>
            <textarea
              name="reason"
              required
              rows={3}
              maxLength={2000}
              className="rounded border px-3 py-2"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              disabled={busy}
              className="rounded border border-red-800 bg-red-50 px-3 py-2 font-semibold text-red-800"
            >
              {w.term(V.producerAction, asking)}
            </button>
            <button type="button" className="rounded border px-3 py-2" onClick={() => setAsking(null)}>
              {words.cancel}
            </button>
          </div>
        </form>
      )}
      {error && (
        <div role="alert" className="mt-2 rounded bg-red-50 px-3 py-2 text-red-800">
          <p>{error.text}</p>
          {error.conflict && (
            <button
              type="button"
              className="mt-1 rounded border border-red-800 px-3 py-1"
              onClick={() => {
                setError(null);
                onChanged();
              }}
            >
              {words.reload}
            </button>
          )}
        </div>
      )}
      {!!record.statusHistory?.length && (
        <>
          <h3 className="mt-3 text-sm font-semibold">{words.history}</h3>
          <ol className="mt-1 flex flex-col gap-1 text-sm">
            {record.statusHistory.map((h) => (
              <li key={`${h.at}-${h.event}`}>
                <time dateTime={h.at}>{w.dateTime(h.at)}</time> — {h.actorLabel}:{' '}
                <span data-event={h.event}>{w.term(V.producerAction, h.event)}</span>
                {' → '}
                {w.term(V.producerStatus, h.toStatus)}
                {h.reason ? ` (${words.reason}: ${h.reason})` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** On every page of a producer whose record is not active: where it stands and what it can do meanwhile. */
export function ProducerStatusBanner() {
  const { me } = useAuth();
  const { lang } = useI18n();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const grant = me?.grants.find((g) => g.id === me.activeGrantId);
  const producerId = grant?.role === 'producer' ? grant.producerId : null;
  // read again on every page: a confirmation made meanwhile shows at the next step
  const record = useQuery(`producer-banner:${producerId}:${pathname}`, () =>
    producerId ? getProducer(producerId) : Promise.resolve(null),
  );
  const p = record.data;
  if (!p || p.status === 'active') return null;
  const words = WORDS[lang];
  const [title, text] =
    p.status === 'pending'
      ? [words.pendingTitle, words.pendingText]
      : p.status === 'rejected'
        ? [words.rejectedTitle, words.rejectedText]
        : [words.inactiveTitle, words.inactiveText];
  const decided = lastReason(p);
  return (
    <section
      aria-labelledby="producer-banner-title"
      data-testid="producer-banner"
      data-status={p.status}
      className={`mb-4 rounded-lg border-l-4 p-3 ${p.status === 'rejected' ? 'border-red-700 bg-red-50 text-red-900' : 'border-amber-600 bg-amber-50 text-amber-950'}`}
    >
      <h2 id="producer-banner-title" className="font-semibold">
        <span aria-hidden="true">{p.status === 'rejected' ? '⚠ ' : 'ⓘ '}</span>
        {title}
      </h2>
      {decided && (
        <p className="mt-1">
          {words.reason}: <q>{decided.reason}</q>
        </p>
      )}
      <p className="mt-1 text-sm">{text}</p>
      {pathname !== paths.producer(p.id) && (
        <Link to={paths.producer(p.id)} className="mt-1 inline-block text-sm underline">
          {words.openRecord}
        </Link>
      )}
    </section>
  );
}
