// The signed-in shell: skip link, header with the unit switcher and language
// switch, navigation built from the areas the API allows, and the page.
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { ROLE_LABELS } from '../../shared/roles.ts';
import { NAV_PATHS, paths } from '../config/paths.ts';
import { useAuth } from '../features/auth/auth-context.tsx';
import { useI18n } from '../lib/i18n.tsx';

export function AppLayout() {
  const { me, logout, switchGrant } = useAuth();
  const { t, lang, setLang } = useI18n();
  const navigate = useNavigate();
  if (!me) return null;
  const role = me.grants.find((g) => g.id === me.activeGrantId)?.role ?? 'none';
  const layout =
    role === 'producer'
      ? 'producer'
      : role === 'council_member' || role === 'advisory_member'
        ? 'council'
        : 'officer';
  const headerColour = { producer: 'bg-emerald-800', council: 'bg-indigo-800', officer: 'bg-brand-700' }[
    layout
  ];
  const portal = { producer: t.layoutProducer, council: t.layoutCouncil, officer: t.layoutOfficer }[layout];
  return (
    <div className="min-h-screen" data-layout={layout}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t.skip}
      </a>
      <header className={`flex flex-wrap items-center gap-3 ${headerColour} px-4 py-3 text-white`}>
        <Link to={paths.dashboard} className="text-lg font-semibold">
          {t.appName}
        </Link>
        <span className="hidden text-sm text-white/85 sm:inline" data-testid="portal-name">
          {portal}
        </span>
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          {me.grants.length > 0 && (
            <label className="flex items-center gap-2">
              <span>{t.actingAs}</span>
              <select
                className="max-w-72 rounded bg-white px-2 py-1 text-slate-900"
                value={me.activeGrantId ?? ''}
                onChange={async (e) => {
                  await switchGrant(e.target.value);
                  void navigate({ to: paths.dashboard });
                }}
                data-testid="grant-switcher"
              >
                {me.grants.map((g) => (
                  <option key={g.id} value={g.id}>
                    {ROLE_LABELS[g.role][lang]}
                    {g.unitName ? ` — ${g.unitName}` : ''}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" className="underline" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
            {t.language}
          </button>
          <Link to={paths.password} className="underline">
            {t.changePassword}
          </Link>
          <button
            type="button"
            className="rounded bg-white/15 px-3 py-1"
            onClick={async () => {
              await logout();
              void navigate({ to: paths.login });
            }}
          >
            {t.logout}
          </button>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-4 p-4 md:flex-row">
        <nav aria-label="Chức năng" className="md:w-60">
          <ul className="flex flex-wrap gap-1 md:flex-col" data-testid="main-nav">
            {me.navigation.map((area) => (
              <li key={area}>
                <Link
                  to={NAV_PATHS[area]}
                  activeOptions={{ exact: area === 'dashboard' }}
                  className="block rounded px-3 py-2 hover:bg-brand-50 [&.active]:bg-brand-600 [&.active]:text-white"
                  data-nav={area}
                >
                  {t[area as keyof typeof t]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
