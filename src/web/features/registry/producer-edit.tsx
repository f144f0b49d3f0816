// Editing a producer's contacts, legal papers (with their expiry) and workforce by
// place of residence. Saved in one PATCH with the record's last update time, so a
// concurrent change is refused instead of overwritten.
import { useEffect, useState } from 'react';
import { vietnamDateOf } from '../../../domain/time/vietnam-date.ts';
import type { z } from 'zod';
import type { documentInput } from '../../../shared/contracts/registry-write.ts';
import { ApiError } from '../../lib/api-error.ts';
import { getProducerDetails, updateProducer, type ProducerDetails } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { CommunePicker } from './unit-picker.tsx';

type Doc = ProducerDetails['documents'][number];
type Work = ProducerDetails['workforce'][number];
type DocumentInput = z.input<typeof documentInput>;

const KINDS: Record<string, [string, string]> = {
  business_registration: ['Đăng ký kinh doanh', 'Business registration'],
  food_safety: ['Chứng nhận ATTP', 'Food-safety certificate'],
  quality_system: ['Hệ thống chất lượng (ISO, HACCP…)', 'Quality system (ISO, HACCP…)'],
  environment: ['Hồ sơ môi trường', 'Environmental record'],
  trademark: ['Nhãn hiệu', 'Trademark'],
  other: ['Khác', 'Other'],
};
const clean = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== '')) as T;

export function ProducerEditor({ producerId, onSaved }: { producerId: string; onSaved(): void }) {
  const { t, lang } = useI18n();
  const details = useQuery(`details:${producerId}`, () => getProducerDetails(producerId));
  const [docs, setDocs] = useState<Doc[]>([]);
  const [work, setWork] = useState<Work[]>([]);
  const [newUnit, setNewUnit] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (details.data) {
      setDocs(details.data.documents);
      setWork(details.data.workforce);
    }
  }, [details.data]);
  if (!details.data) return null;
  const today = vietnamDateOf(new Date());
  const save = async () => {
    try {
      await updateProducer(producerId, {
        // the form keeps the record's empty fields as null; the request leaves them out
        documents: docs.map((d) => clean(d) as DocumentInput),
        workforce: work,
        expectedUpdatedAt: details.data!.updatedAt,
      });
      setMessage({ ok: true, text: t.saved });
      details.reload();
      onSaved();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? err.message : String(err) });
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
      <table className="text-sm">
        <tbody>
          {docs.map((d, i) => (
            <tr key={i}>
              <td>
                <select
                  aria-label="kind"
                  className={input}
                  value={d.kind}
                  onChange={(e) =>
                    setDocs(docs.map((x, j) => (j === i ? { ...x, kind: e.target.value as Doc['kind'] } : x)))
                  }
                >
                  {Object.entries(KINDS).map(([k, l]) => (
                    <option key={k} value={k}>
                      {l[lang === 'vi' ? 0 : 1]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label="number"
                  className={input}
                  value={d.number ?? ''}
                  onChange={(e) =>
                    setDocs(docs.map((x, j) => (j === i ? { ...x, number: e.target.value } : x)))
                  }
                />
              </td>
              <td>
                <input
                  aria-label="validUntil"
                  type="date"
                  className={input}
                  value={d.validUntil ?? ''}
                  onChange={(e) =>
                    setDocs(docs.map((x, j) => (j === i ? { ...x, validUntil: e.target.value } : x)))
                  }
                />
              </td>
              <td>
                {d.validUntil && d.validUntil < today ? (
                  <span className="text-red-800">{lang === 'vi' ? 'hết hạn' : 'expired'}</span>
                ) : null}
              </td>
              <td>
                <button
                  type="button"
                  className="underline"
                  onClick={() => setDocs(docs.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
            <code>{w.unitId}</code>
            <input
              aria-label="workers"
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
            onChange={setNewUnit}
            label={lang === 'vi' ? 'Lao động cư trú tại' : 'Workers living in'}
          />
        </div>
        <button
          type="button"
          disabled={!newUnit}
          className="rounded border px-3 py-1 disabled:opacity-40"
          onClick={() => {
            setWork([...work, { unitId: newUnit, workers: 1, asOf: today }]);
            setNewUnit('');
          }}
        >
          +
        </button>
      </div>
      {message && (
        <p
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? 'text-emerald-800' : 'text-red-800'}
        >
          {message.text}
        </p>
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
