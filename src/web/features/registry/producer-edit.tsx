// Editing a producer: its record (producer-record-form.tsx), then its legal papers
// (with their expiry) and its workforce by place of residence. Both read the same
// copy of the record and save with its last update time, so a concurrent change is
// refused instead of overwritten, and a save in one part refreshes the other.
import { useEffect, useState } from 'react';
import { V } from '../../../shared/vocabulary.ts';
import { vietnamDateOf } from '../../../domain/time/vietnam-date.ts';
import type { z } from 'zod';
import type { documentInput } from '../../../shared/contracts/registry-write.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { ApiError } from '../../lib/api-error.ts';
import { getProducerDetails, updateProducer, type ProducerDetails, type ProducerView } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { ProducerRecordForm } from './producer-record-form.tsx';
import { CommunePicker } from './unit-picker.tsx';

type Doc = ProducerDetails['documents'][number];
type Work = ProducerDetails['workforce'][number];
type DocumentInput = z.input<typeof documentInput>;

const clean = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== '')) as T;

export function ProducerEditor({ record, onSaved }: { record: ProducerView; onSaved(): void }) {
  const details = useQuery(`details:${record.id}`, () => getProducerDetails(record.id));
  if (!details.data) return null;
  // after a save, or to take a change made meanwhile: this copy and the record's page are read again
  const reload = () => {
    details.reload();
    onSaved();
  };
  return (
    <>
      <ProducerRecordForm record={record} details={details.data} onSaved={reload} onReload={reload} />
      {details.data.editableFields.includes('documents') && (
        <PapersAndWorkforce details={details.data} onSaved={reload} onReload={reload} />
      )}
    </>
  );
}

function PapersAndWorkforce({
  details,
  onSaved,
  onReload,
}: {
  details: ProducerDetails;
  onSaved(): void;
  onReload(): void;
}) {
  const { t, lang, w } = useI18n();
  const producerId = details.id;
  const [docs, setDocs] = useState<Doc[]>([]);
  const [work, setWork] = useState<Work[]>([]);
  const [newUnit, setNewUnit] = useState('');
  const [newUnitName, setNewUnitName] = useState<string | undefined>();
  const [message, setMessage] = useState<{ ok: boolean; text: string; conflict?: boolean } | null>(null);
  const announce = useAnnounce();
  useEffect(() => {
    setDocs(details.documents);
    setWork(details.workforce);
  }, [details]);
  const today = vietnamDateOf(new Date());
  const save = async () => {
    try {
      await updateProducer(producerId, {
        // the form keeps the record's empty fields as null; the request leaves them out
        documents: docs.map((d) => clean(d) as DocumentInput),
        workforce: work.map(({ unitId, workers, asOf }) => ({ unitId, workers, asOf })),
        expectedUpdatedAt: details.updatedAt,
      });
      setMessage({ ok: true, text: t.saved });
      announce(t.saved);
      onSaved();
    } catch (err) {
      const api = err instanceof ApiError ? err : null;
      setMessage({ ok: false, text: api?.message ?? String(err), conflict: api?.status === 409 });
    }
  };
  const input = 'rounded border px-2 py-1';
  return (
    <section
      className="mt-4 flex flex-col gap-3 rounded-lg border bg-white p-4"
      aria-labelledby="papers-title"
    >
      <h2 id="papers-title" className="font-semibold">
        {lang === 'vi' ? 'Giấy tờ pháp lý và lao động' : 'Legal papers and workforce'}
      </h2>
      <ul
        className="flex flex-col gap-2 text-sm"
        aria-label={lang === 'vi' ? 'Giấy tờ pháp lý' : 'Legal papers'}
      >
        {docs.map((d, i) => {
          const which = `${lang === 'vi' ? 'giấy tờ' : 'paper'} ${i + 1}`;
          return (
            <li key={i} className="flex flex-wrap items-end gap-2 rounded border p-2">
              <label className="flex flex-col gap-1">
                <span className="text-xs text-slate-600">
                  {lang === 'vi' ? 'Loại giấy tờ' : 'Kind of paper'}
                </span>
                <select
                  className={input}
                  value={d.kind}
                  onChange={(e) =>
                    setDocs(docs.map((x, j) => (j === i ? { ...x, kind: e.target.value as Doc['kind'] } : x)))
                  }
                >
                  {V.documentKind.ids.map((k) => (
                    <option key={k} value={k}>
                      {w.term(V.documentKind, k)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1">
                <span className="text-xs text-slate-600">{lang === 'vi' ? 'Số' : 'Number'}</span>
                <input
                  className={input}
                  value={d.number ?? ''}
                  onChange={(e) =>
                    setDocs(docs.map((x, j) => (j === i ? { ...x, number: e.target.value } : x)))
                  }
                />
              </label>
              <label className="flex flex-col gap-1">
                <span className="text-xs text-slate-600">
                  {lang === 'vi' ? 'Có hiệu lực đến' : 'Valid until'}
                </span>
                <input
                  type="date"
                  className={input}
                  value={d.validUntil ?? ''}
                  onChange={(e) =>
                    setDocs(docs.map((x, j) => (j === i ? { ...x, validUntil: e.target.value } : x)))
                  }
                />
              </label>
              {d.validUntil && d.validUntil < today ? (
                <span className="text-red-800">⚠ {lang === 'vi' ? 'Hết hạn' : 'Expired'}</span>
              ) : null}
              <button
                type="button"
                className="rounded border px-2 py-1"
                aria-label={lang === 'vi' ? `Xóa ${which}` : `Remove ${which}`}
                onClick={() => setDocs(docs.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="self-start rounded border px-3 py-1"
        onClick={() =>
          setDocs([
            ...docs,
            { kind: 'food_safety', number: null, issuer: null, issuedOn: null, validUntil: null },
          ])
        }
      >
        + {lang === 'vi' ? 'Giấy tờ' : 'Paper'}
      </button>
      <ul className="text-sm">
        {work.map((w, i) => (
          <li key={i} className="flex items-center gap-2">
            <span>{w.unitName ?? w.unitId}</span>
            <input
              aria-label={
                lang === 'vi'
                  ? `Số lao động cư trú tại ${w.unitName ?? ''}`
                  : `Workers living in ${w.unitName ?? ''}`
              }
              type="number"
              min={0}
              className={`${input} w-24`}
              value={w.workers}
              onChange={(e) =>
                setWork(work.map((x, j) => (j === i ? { ...x, workers: Number(e.target.value) } : x)))
              }
            />
            <span>{lang === 'vi' ? 'người' : 'workers'}</span>
            <button
              type="button"
              className="underline"
              onClick={() => setWork(work.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-72">
          <CommunePicker
            value={newUnit}
            onChange={(id, name) => {
              setNewUnit(id);
              setNewUnitName(name);
            }}
            label={lang === 'vi' ? 'Lao động cư trú tại' : 'Workers living in'}
          />
        </div>
        <button
          type="button"
          disabled={!newUnit}
          className="rounded border px-3 py-1 disabled:opacity-40"
          onClick={() => {
            setWork([...work, { unitId: newUnit, unitName: newUnitName ?? null, workers: 1, asOf: today }]);
            setNewUnit('');
          }}
        >
          +
        </button>
      </div>
      {message && (
        <div
          role={message.ok ? undefined : 'alert'}
          className={message.ok ? 'text-emerald-800' : 'text-red-800'}
        >
          <p>{message.text}</p>
          {message.conflict && (
            <button
              type="button"
              className="mt-1 rounded border border-red-800 px-3 py-1"
              onClick={() => {
                setMessage(null);
                onReload();
              }}
            >
              {lang === 'vi' ? 'Tải lại bản mới nhất' : 'Reload the latest version'}
            </button>
          )}
        </div>
      )}
      <button
        type="button"
        onClick={() => void save()}
        className="self-start rounded bg-brand-600 px-4 py-2 text-white"
      >
        {t.save}
      </button>
    </section>
  );
}
