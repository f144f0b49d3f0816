// Routes: public (home, login, registration) and the signed-in shell under /app,
// which sends visitors without a session to the login page.
import {
  createRootRoute,
  createRoute,
  createRouter,
  Link,
  lazyRouteComponent,
  Navigate,
  Outlet,
  type RouteComponent,
} from '@tanstack/react-router';
import { paths, routes, underApp } from '../config/paths.ts';
import { useAuth } from '../features/auth/auth-context.tsx';
import { useI18n } from '../lib/i18n.tsx';
import { AnnouncerProvider } from '../lib/announcer.tsx';
import { LanguageSwitch } from '../components/ui/language-switch.tsx';
import { AppLayout } from './app-layout.tsx';
import { PAGE_MODULES as M } from './pages.ts';

// Every page but the public home is in a chunk of its own module (pages.ts), fetched
// when its route is first matched (or a link to it is pointed at, or by the early
// start for the address a visit begins at), so a first view downloads the shell and
// that page only. The names are the modules' exports.
const page = <M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): RouteComponent => lazyRouteComponent(load, name);
const LOAD_FAILED = {
  vi: {
    text: 'Không hiển thị được trang này. Hãy kiểm tra kết nối mạng rồi tải lại trang.',
    retry: 'Tải lại trang',
  },
  en: {
    text: 'This page could not be shown. Check the connection and reload the page.',
    retry: 'Reload the page',
  },
} as const;

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

/** While a page's code is on its way (shown after a short wait): said in words, the region marked busy. */
function PageLoading() {
  const { t } = useI18n();
  return (
    <p className="p-4 text-slate-600" aria-busy="true" data-testid="page-loading">
      {t.loading}
    </p>
  );
}

/** A page that could not be shown: its code did not arrive (offline, a newer version deployed meanwhile) or it failed. */
function PageLoadFailed() {
  const { lang } = useI18n();
  const words = LOAD_FAILED[lang];
  return (
    <div role="alert" className="m-4 rounded border bg-white p-4">
      <p>{words.text}</p>
      <button
        type="button"
        className="mt-3 rounded bg-brand-600 px-3 py-2 font-semibold text-white"
        onClick={() => window.location.reload()}
      >
        {words.retry}
      </button>
    </div>
  );
}

function Root() {
  return (
    <AnnouncerProvider>
      <Outlet />
    </AnnouncerProvider>
  );
}

const root = createRootRoute({ component: Root, notFoundComponent: NotFound });
const home = createRoute({ getParentRoute: () => root, path: routes.home, component: PublicHome });
const login = createRoute({
  getParentRoute: () => root,
  path: routes.login,
  component: page(M.login, 'LoginPage'),
});
const selfRegister = createRoute({
  getParentRoute: () => root,
  path: routes.register,
  component: page(M.register, 'SelfRegisterPage'),
});
const app = createRoute({ getParentRoute: () => root, path: routes.dashboard, component: RequireSession });
const child = (path: string, component: RouteComponent) =>
  createRoute({ getParentRoute: () => app, path, component });

const routeTree = root.addChildren([
  home,
  login,
  selfRegister,
  app.addChildren([
    child(underApp(routes.dashboard), page(M.dashboard, 'DashboardPage')),
    child(underApp(routes.producers), page(M.registry, 'ProducersPage')),
    child(underApp(routes.newProducer), page(M.register, 'NewProducerPage')),
    child(underApp(routes.producer), page(M.registryDetail, 'ProducerDetailPage')),
    child(underApp(routes.products), page(M.registry, 'ProductsPage')),
    child(underApp(routes.product), page(M.registryDetail, 'ProductDetailPage')),
    child(underApp(routes.imports), page(M.imports, 'ImportPage')),
    child(underApp(routes.importDetail), page(M.importDetail, 'ImportDetailPage')),
    child(underApp(routes.duplicates), page(M.duplicates, 'DuplicatesPage')),
    child(underApp(routes.adminUnits), page(M.adminUnits, 'AdminUnitsPage')),
    child(underApp(routes.unitMappings), page(M.adminUnits, 'UnitMappingsPage')),
    child(underApp(routes.users), page(M.users, 'UsersPage')),
    child(underApp(routes.audit), page(M.audit, 'AuditPage')),
    child(underApp(routes.councils), page(M.councils, 'CouncilsPage')),
    child(underApp(routes.council), page(M.council, 'CouncilPage')),
    child(underApp(routes.councilSession), page(M.councilSession, 'SessionPage')),
    child(underApp(routes.councilSheet), page(M.councilSheet, 'MemberSheetPage')),
    child(underApp(routes.councilDossiers), page(M.councilDossiers, 'MemberHomePage')),
    child(underApp(routes.decisions), page(M.decisions, 'DecisionsPage')),
    child(underApp(routes.decision), page(M.decision, 'DecisionPage')),
    child(underApp(routes.password), page(M.password, 'PasswordPage')),
    child(underApp(routes.selfAssessments), page(M.selfAssessments, 'SelfAssessmentListPage')),
    child(underApp(routes.selfAssessment), page(M.selfAssessment, 'SelfAssessmentPage')),
    child(underApp(routes.rubrics), page(M.rubrics, 'RubricsPage')),
    child(underApp(routes.calendar), page(M.calendar, 'CalendarPage')),
    child(underApp(routes.worklist), page(M.worklist, 'WorklistPage')),
    child(underApp(routes.dossiers), page(M.dossiers, 'DossierListPage')),
    child(underApp(routes.dossier), page(M.dossier, 'DossierPage')),
    child(underApp(routes.rounds), page(M.rounds, 'RoundsPage')),
    child(underApp(routes.ideas), page(M.ideas, 'IdeasPage')),
    child(underApp(routes.idea), page(M.idea, 'IdeaPage')),
    child(underApp(routes.lifecycle), page(M.lifecycle, 'RadarPage')),
    child(underApp(routes.notices), page(M.notices, 'NoticesPage')),
  ]),
]);

export const router = createRouter({
  routeTree,
  defaultNotFoundComponent: NotFound,
  // "Đang tải…" once a wait is noticeable, and never holding back a page that has arrived
  defaultPendingComponent: PageLoading,
  defaultPendingMs: 500,
  defaultPendingMinMs: 0,
  defaultErrorComponent: PageLoadFailed,
  // pointing at a link (hover, touch, focus) fetches its page's code ahead of the click
  defaultPreload: 'intent',
});

// Paths are checked through config/paths.ts rather than the router's type registry,
// so that navigation areas coming from the API (strings) can link directly.
