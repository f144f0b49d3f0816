// Registering producers: by an officer (/app/chu-the/moi) or by the producer
// itself (/dang-ky, with a new account; signed in afterwards).
import { Link, useNavigate } from '@tanstack/react-router';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { registerProducer } from '../auth/api.ts';
import { createProducer } from './api.ts';
import { LanguageSwitch } from '../../components/ui/language-switch.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useAuth } from '../auth/auth-context.tsx';
import { Field, ProducerForm } from './producer-form.tsx';

export function NewProducerPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <section>
      <PageTitle>{t.registerProducer}</PageTitle>
      <ProducerForm
        onSubmit={async (payload) => {
          const { id } = await createProducer(payload);
          void navigate({ to: paths.producer(id) });
        }}
      />
    </section>
  );
}

export function SelfRegisterPage() {
  const { t } = useI18n();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const input = 'rounded border px-3 py-2';
  return (
    <main id="main" className="mx-auto max-w-3xl p-4 sm:p-6">
      <div className="flex items-start justify-between gap-3">
        <PageTitle>{t.selfRegister}</PageTitle>
        <LanguageSwitch className="mt-1 shrink-0 text-sm underline" />
      </div>
      <p className="mb-3 text-sm">
        {t.haveAccount}{' '}
        <Link to={paths.login} className="underline">
          {t.login}
        </Link>
      </p>
      <ProducerForm
        extra={
          <fieldset className="grid gap-3 rounded border p-3 md:col-span-2 md:grid-cols-3">
            <legend className="px-1 text-sm font-semibold">{t.account}</legend>
            <Field label={t.fullName}>
              <input name="accountName" required className={input} autoComplete="name" />
            </Field>
            <Field label={t.email}>
              <input name="accountEmail" type="email" required className={input} autoComplete="username" />
            </Field>
            <Field label={t.password}>
              <input
                name="accountPassword"
                type="password"
                required
                minLength={10}
                className={input}
                autoComplete="new-password"
              />
            </Field>
          </fieldset>
        }
        onSubmit={async (producer, f) => {
          await registerProducer({
            account: {
              fullName: String(f.get('accountName') ?? ''),
              email: String(f.get('accountEmail') ?? ''),
              password: String(f.get('accountPassword') ?? ''),
            },
            producer,
          });
          await refresh();
          void navigate({ to: paths.producers });
        }}
      />
    </main>
  );
}
