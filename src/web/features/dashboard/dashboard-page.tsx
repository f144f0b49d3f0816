import { Link } from '@tanstack/react-router';
import { ROLE_LABELS } from '../../../shared/roles.ts';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { NAV_PATHS } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useAuth } from '../auth/auth-context.tsx';

export function DashboardPage() {
  const { me } = useAuth();
  const { t, lang } = useI18n();
  if (!me) return null;
  const active = me.grants.find((g) => g.id === me.activeGrantId);
  return (
    <section>
      <PageTitle>
        {t.welcome}, {me.user.fullName}
      </PageTitle>
      {active ? (
        <p className="mb-4 text-slate-700" data-testid="active-role">
          {ROLE_LABELS[active.role][lang]}
          {active.unitName ? ` — ${active.unitName}` : ''}
        </p>
      ) : (
        <p className="text-slate-700">{t.noRole}</p>
      )}
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {me.navigation
          .filter((a) => a !== 'dashboard')
          .map((area) => (
            <li key={area}>
              <Link
                to={NAV_PATHS[area]}
                className="block rounded-lg border bg-white p-4 shadow-sm hover:border-brand-600"
              >
                {t[area as keyof typeof t]}
              </Link>
            </li>
          ))}
      </ul>
    </section>
  );
}

export function CouncilPage() {
  const { t } = useI18n();
  return (
    <section>
      <PageTitle>{t.councilDossiers}</PageTitle>
      <p className="rounded border bg-white p-4 text-slate-700">{t.councilEmpty}</p>
    </section>
  );
}
