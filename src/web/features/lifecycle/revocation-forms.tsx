// The three writes of a revocation case: opening it from a competent conclusion (one
// of the six grounds, the conclusion's reference, day and body, a note), uploading
// the signed decision (number, day, PDF — the certificate is revoked at once), and
// dropping it with a reason. The server checks each (REVOCATION_AUTHORITY,
// REVOCATION_EXISTS, DECISION_NUMBER_INVALID, EVIDENCE_TYPE…) and its message is shown
// as it answers, in the reader's language.
import { useState, type FormEvent, type ReactNode } from 'react';
import { vietnamDateOf } from '../../../domain/time/vietnam-date.ts';
import { REVOCATION_GROUNDS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { ErrorLine } from '../councils/error-line.tsx';
import {
  decideRevocation,
  dropRevocation,
  openRevocation,
  type OpenRevocation,
  type Revocation,
} from './api.ts';
import { REVOCATION_WORDS } from './revocation-words.ts';

const field = 'w-full max-w-full rounded border px-3 py-2';

/** A form that sends once, shows the server's refusal, and says when it is done. */
function useSend(done: string, onDone: (r: Revocation) => void) {
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async (call: () => Promise<Revocation>) => {
    setBusy(true);
    setError(null);
    try {
      const r = await call();
      announce(done);
      onDone(r);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  };
  return { busy, error, send };
}

function Box({
  title,
  children,
  onSubmit,
}: {
  title: string;
  children: ReactNode;
  onSubmit(e: FormEvent<HTMLFormElement>): void;
}) {
  return (
    <form
      aria-label={title}
      className="flex flex-col gap-3 rounded border bg-white p-3 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(e);
      }}
    >
      <h4 className="font-semibold">{title}</h4>
      {children}
    </form>
  );
}

function Label({ text, children }: { text: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child passed in
    <label className="flex min-w-0 flex-col gap-1">
      <span>{text}</span>
      {children}
    </label>
  );
}

export function OpenRevocationForm({
  certificateId,
  onDone,
  onCancel,
}: {
  certificateId: string;
  onDone(r: Revocation): void;
  onCancel(): void;
}) {
  const { lang, w } = useI18n();
  const K = REVOCATION_WORDS[lang];
  const { busy, error, send } = useSend(K.opened, onDone);
  const today = vietnamDateOf(new Date());
  return (
    <Box
      title={K.openTitle}
      onSubmit={(e) => {
        const f = new FormData(e.currentTarget);
        const body: OpenRevocation = {
          ground: String(f.get('ground')) as OpenRevocation['ground'],
          conclusionRef: String(f.get('conclusionRef') ?? ''),
          conclusionDate: String(f.get('conclusionDate') ?? ''),
          conclusionBy: String(f.get('conclusionBy') ?? ''),
          note: String(f.get('note') ?? '').trim() || null,
        };
        void send(() => openRevocation(certificateId, body));
      }}
    >
      <p className="text-slate-700">{K.openHint}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Label text={K.ground}>
          <select name="ground" required defaultValue="" className={field}>
            <option value="" disabled>
              {K.chooseGround}
            </option>
            {REVOCATION_GROUNDS.map((g) => (
              <option key={g} value={g}>
                {w.term(V.revocationGround, g)}
              </option>
            ))}
          </select>
        </Label>
        <Label text={K.conclusionRef}>
          <input
            name="conclusionRef"
            required
            minLength={3}
            maxLength={300}
            placeholder={K.conclusionRefHint}
            className={field}
          />
        </Label>
        <Label text={K.conclusionDate}>
          <input name="conclusionDate" type="date" required max={today} className={field} />
        </Label>
        <Label text={K.conclusionBy}>
          <input name="conclusionBy" required minLength={3} maxLength={300} className={field} />
        </Label>
      </div>
      <Label text={K.note}>
        <textarea name="note" rows={2} maxLength={2000} className={field} />
      </Label>
      <ErrorLine error={error} />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-rose-700 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {busy ? K.opening : K.openTitle}
        </button>
        <button type="button" onClick={onCancel} className="rounded border px-3 py-2">
          {K.cancel}
        </button>
      </div>
    </Box>
  );
}

export function DecideRevocationForm({
  r,
  suffix,
  onDone,
}: {
  r: Revocation;
  suffix: string;
  onDone(r: Revocation): void;
}) {
  const { lang } = useI18n();
  const K = REVOCATION_WORDS[lang];
  const { busy, error, send } = useSend(K.decided, onDone);
  const today = vietnamDateOf(new Date());
  const hint = `decide-hint-${r.id}`;
  return (
    <Box
      title={K.decide}
      onSubmit={(e) => void send(() => decideRevocation(r.id, new FormData(e.currentTarget)))}
    >
      <p id={hint} className="text-slate-700">
        {K.decideHint(suffix)}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Label text={K.number}>
          <input
            name="number"
            required
            minLength={3}
            maxLength={40}
            placeholder={`45/${suffix}`}
            aria-describedby={hint}
            className={field}
          />
        </Label>
        <Label text={K.signedOn}>
          <input
            name="signedOn"
            type="date"
            required
            min={r.conclusionDate}
            max={today}
            defaultValue={today}
            className={field}
          />
        </Label>
        <Label text={K.file}>
          <input name="file" type="file" required accept="application/pdf" className="max-w-full" />
        </Label>
      </div>
      <ErrorLine error={error} />
      <button
        type="submit"
        disabled={busy}
        className="self-start rounded bg-rose-700 px-3 py-2 font-semibold text-white disabled:opacity-50"
      >
        {busy ? K.uploading : K.decide}
      </button>
    </Box>
  );
}

export function DropRevocationForm({ r, onDone }: { r: Revocation; onDone(r: Revocation): void }) {
  const { lang } = useI18n();
  const K = REVOCATION_WORDS[lang];
  const { busy, error, send } = useSend(K.dropped, onDone);
  return (
    <Box
      title={K.dropTitle}
      onSubmit={(e) => {
        const reason = String(new FormData(e.currentTarget).get('reason') ?? '');
        void send(() => dropRevocation(r.id, reason));
      }}
    >
      <Label text={K.dropReason}>
        <textarea name="reason" required minLength={5} maxLength={2000} rows={2} className={field} />
      </Label>
      <ErrorLine error={error} />
      <button
        type="submit"
        disabled={busy}
        className="self-start rounded border px-3 py-2 disabled:opacity-50"
      >
        {busy ? K.dropping : K.drop}
      </button>
    </Box>
  );
}
