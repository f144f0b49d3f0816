import { useState, type FormEvent } from 'react';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { useAnnounce } from '../../lib/announcer.tsx';
import { ApiError } from '../../lib/api-error.ts';
import { changePassword } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';

export function PasswordPage() {
  const { t } = useI18n();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const announce = useAnnounce();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    try {
      await changePassword({
        currentPassword: String(form.get('currentPassword') ?? ''),
        newPassword: String(form.get('newPassword') ?? ''),
      });
      setMessage({ ok: true, text: t.saved });
      announce(t.saved);
      e.currentTarget.reset();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? err.message : String(err) });
    }
  };
  return (
    <section className="max-w-md">
      <PageTitle>{t.changePassword}</PageTitle>
      <form onSubmit={submit} className="flex flex-col gap-3 rounded-lg border bg-white p-4">
        <label className="flex flex-col gap-1">
          <span>{t.currentPassword}</span>
          <input
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            className="rounded border px-3 py-2"
          />
        </label>
        <label className="flex flex-col gap-1">
          <span>{t.newPassword}</span>
          <input
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            className="rounded border px-3 py-2"
          />
        </label>
        {message && (
          <p
            role={message.ok ? undefined : 'alert'}
            className={message.ok ? 'text-green-800' : 'text-red-800'}
          >
            {message.text}
          </p>
        )}
        <button type="submit" className="self-start rounded bg-brand-600 px-4 py-2 text-white">
          {t.save}
        </button>
      </form>
    </section>
  );
}
