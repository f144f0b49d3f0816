// The signed-in shell: skip link, header with the bell of unread notices, the unit
// switcher and language switch, navigation built from the areas the API allows, and the page.
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { ROLE_LABELS } from '../../shared/roles.ts';
import { LanguageSwitch } from '../components/ui/language-switch.tsx';
import { NAV_PATHS, paths } from '../config/paths.ts';
import { useAuth } from '../features/auth/auth-context.tsx';
import { NoticeBell } from '../features/notices/notice-bell.tsx';
import { ProducerStatusBanner } from '../features/registry/producer-status.tsx';
import { useI18n } from '../lib/i18n.tsx';

export function AppLayout() {
  const { me, logout, switchGrant } = useAuth();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  // on a phone the navigation and the account controls fold into one menu under the header
  const [menuOpen, setMenuOpen] = useState(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the menu
  useEffect(() => setMenuOpen(false), [pathname]);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setMenuOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  if (!me) return null;
  const folded = menuOpen ? 'flex' : 'hidden';
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
      <header
        className={`flex flex-wrap items-center gap-x-3 gap-y-2 ${headerColour} px-4 py-2 text-white md:py-3`}
      >
        <Link to={paths.dashboard} className="text-lg font-semibold">
          {t.appName}
        </Link>
        <span className="hidden text-sm text-white/85 lg:inline" data-testid="portal-name">
          {portal}
        </span>
        <span className="ml-auto">
          <NoticeBell grantKey={me.activeGrantId ?? me.user.id} />
        </span>
        <button
          type="button"
          className="rounded bg-white/15 px-3 py-1.5 text-sm md:hidden"
          aria-expanded={menuOpen}
          aria-controls="account-controls main-navigation"
          onClick={() => setMenuOpen((o) => !o)}
          data-testid="menu-button"
        >
          {menuOpen ? `✕ ${t.closeMenu}` : `☰ ${t.menu}`}
        </button>
        <div
          id="account-controls"
          className={`${folded} w-full flex-col items-start gap-3 text-sm md:flex md:w-auto md:flex-row md:flex-wrap md:items-center`}
        >
          {me.grants.length > 0 && (
            <label className="flex w-full flex-col gap-1 md:w-auto md:flex-row md:items-center md:gap-2">
              <span>{t.actingAs}</span>
              <select
                className="w-full max-w-full rounded bg-white px-2 py-1 text-slate-900 md:w-auto md:max-w-72"
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
          <LanguageSwitch />
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
      <div className="mx-auto flex max-w-7xl flex-col gap-4 p-3 md:flex-row md:p-4">
        <nav
          id="main-navigation"
          aria-label={t.navigation}
          className={`${menuOpen ? 'block' : 'hidden'} md:block md:w-60 md:shrink-0`}
        >
          <ul className="flex flex-col gap-1" data-testid="main-nav">
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
          {role === 'producer' && <ProducerStatusBanner />}
          <Outlet />
        </main>
      </div>
    </div>
  );
}
