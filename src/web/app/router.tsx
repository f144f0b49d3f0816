// Routes: public (home, login) and the signed-in shell under /app, which sends
// visitors without a session to the login page.
import { createRootRoute, createRoute, createRouter, Link, Navigate, Outlet } from '@tanstack/react-router';
import { paths, routes, underApp } from '../config/paths.ts';
import { AdminUnitsPage, UnitMappingsPage } from '../features/admin-units/admin-units-pages.tsx';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { useAuth } from '../features/auth/auth-context.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { PasswordPage } from '../features/auth/password-page.tsx';
import { CouncilPage, DashboardPage } from '../features/dashboard/dashboard-page.tsx';
import {
  ProducerDetailPage,
  ProducersPage,
  ProductDetailPage,
  ProductsPage,
} from '../features/registry/registry-pages.tsx';
import { NewProducerPage, SelfRegisterPage } from '../features/registry/register-pages.tsx';
import { UsersPage } from '../features/users/users-page.tsx';
import { ImportPage } from '../features/imports/import-page.tsx';
import { ImportDetailPage } from '../features/imports/import-detail-page.tsx';
import { DuplicatesPage } from '../features/registry/duplicates-page.tsx';
import { RubricsPage } from '../features/self-assessment/rubrics-page.tsx';
import { SelfAssessmentListPage } from '../features/self-assessment/self-assessment-list-page.tsx';
import { SelfAssessmentPage } from '../features/self-assessment/self-assessment-page.tsx';
import { useI18n } from '../lib/i18n.tsx';
import { LanguageSwitch } from '../components/ui/language-switch.tsx';
import { AppLayout } from './app-layout.tsx';

function PublicHome() {
  const { t } = useI18n();
  const { me } = useAuth();
  return (
    <main id="main" className="mx-auto max-w-3xl p-4 sm:p-8" data-layout="public">
      <div className="flex items-start justify-between gap-3">
        <h1 className="text-3xl font-semibold text-brand-700">{t.appName}</h1>
        <LanguageSwitch className="mt-2 shrink-0 text-sm underline" />
      </div>
      <p className="mt-2 text-lg">{t.appTagline}</p>
      <p className="mt-4 text-slate-700">{t.publicIntro}</p>
      <div className="mt-6 flex gap-3">
        <Link
          to={me ? paths.dashboard : paths.login}
          className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white"
        >
          {me ? t.dashboard : t.login}
        </Link>
        {!me && (
          <Link
            to={paths.register}
            className="inline-block rounded border border-brand-600 px-4 py-2 font-semibold text-brand-700"
          >
            {t.selfRegister}
          </Link>
        )}
      </div>
    </main>
  );
}

function RequireSession() {
  const { me, ready } = useAuth();
  const { t } = useI18n();
  if (!ready) return <p className="p-8">{t.loading}</p>;
  if (!me) return <Navigate to={paths.login} />;
  return <AppLayout />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <p role="alert" className="m-8 rounded border bg-white p-4">
      {t.notFound}
    </p>
  );
}

const root = createRootRoute({ component: () => <Outlet />, notFoundComponent: NotFound });
const home = createRoute({ getParentRoute: () => root, path: routes.home, component: PublicHome });
const login = createRoute({ getParentRoute: () => root, path: routes.login, component: LoginPage });
const register = createRoute({
  getParentRoute: () => root,
  path: routes.register,
  component: SelfRegisterPage,
});
const app = createRoute({ getParentRoute: () => root, path: routes.dashboard, component: RequireSession });
const child = (path: string, component: () => React.ReactNode) =>
  createRoute({ getParentRoute: () => app, path, component });

const routeTree = root.addChildren([
  home,
  login,
  register,
  app.addChildren([
    child(underApp(routes.dashboard), DashboardPage),
    child(underApp(routes.producers), ProducersPage),
    child(underApp(routes.newProducer), NewProducerPage),
    child(underApp(routes.producer), ProducerDetailPage),
    child(underApp(routes.products), ProductsPage),
    child(underApp(routes.product), ProductDetailPage),
    child(underApp(routes.imports), ImportPage),
    child(underApp(routes.importDetail), ImportDetailPage),
    child(underApp(routes.duplicates), DuplicatesPage),
    child(underApp(routes.adminUnits), AdminUnitsPage),
    child(underApp(routes.unitMappings), UnitMappingsPage),
    child(underApp(routes.users), UsersPage),
    child(underApp(routes.audit), AuditPage),
    child(underApp(routes.councilDossiers), CouncilPage),
    child(underApp(routes.password), PasswordPage),
    child(underApp(routes.selfAssessments), SelfAssessmentListPage),
    child(underApp(routes.selfAssessment), SelfAssessmentPage),
    child(underApp(routes.rubrics), RubricsPage),
  ]),
]);

export const router = createRouter({ routeTree, defaultNotFoundComponent: NotFound });

// Paths are checked through config/paths.ts rather than the router's type registry,
// so that navigation areas coming from the API (strings) can link directly.
