import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { paths } from '../../config/paths.ts';
import { ApiError } from '../../lib/api-error.ts';
import { LanguageSwitch } from '../../components/ui/language-switch.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useAuth } from './auth-context.tsx';

export function LoginPage() {
  const { login } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await login(String(form.get('email')), String(form.get('password')));
      void navigate({ to: paths.dashboard });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" className="mx-auto mt-16 max-w-md rounded-lg border bg-white p-6 shadow">
      <div className="mb-4 flex items-start justify-between">
        <div>
          <h1 className="text-2xl font-semibold">{t.login}</h1>
          <p className="text-sm text-slate-600">
            {t.appName} — {t.appTagline}
          </p>
        </div>
        <LanguageSwitch className="text-sm underline" />
      </div>
      <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
        <label className="flex flex-col gap-1">
          <span>{t.email}</span>
          <input
            name="email"
            type="email"
            autoComplete="username"
            required
            className="rounded border px-3 py-2"
          />
        </label>
        <label className="flex flex-col gap-1">
          <span>{t.password}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="rounded border px-3 py-2"
          />
        </label>
        {error && (
          <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
            {error}
          </p>
        )}
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {busy ? t.signingIn : t.login}
        </button>
      </form>
      <p className="mt-4 text-sm">
        <Link to={paths.home} className="underline">
          {t.appName}
        </Link>
      </p>
    </main>
  );
}
