// Where each page's code lives: one loader per module of pages, and which module a
// route of config/paths.ts shows. The router makes its lazy routes from these, and the
// early start (early-start.ts) fetches the module the address names before React has
// even started, with the same loaders, so the browser fetches each module once.
import { routes } from '../config/paths.ts';

export const PAGE_MODULES = {
  login: () => import('../features/auth/login-page.tsx'),
  password: () => import('../features/auth/password-page.tsx'),
  dashboard: () => import('../features/dashboard/dashboard-page.tsx'),
  registry: () => import('../features/registry/registry-pages.tsx'),
  registryDetail: () => import('../features/registry/registry-detail-pages.tsx'),
  register: () => import('../features/registry/register-pages.tsx'),
  duplicates: () => import('../features/registry/duplicates-page.tsx'),
  imports: () => import('../features/imports/import-page.tsx'),
  importDetail: () => import('../features/imports/import-detail-page.tsx'),
  adminUnits: () => import('../features/admin-units/admin-units-pages.tsx'),
  users: () => import('../features/users/users-page.tsx'),
  audit: () => import('../features/audit/audit-page.tsx'),
  selfAssessments: () => import('../features/self-assessment/self-assessment-list-page.tsx'),
  selfAssessment: () => import('../features/self-assessment/self-assessment-page.tsx'),
  rubrics: () => import('../features/self-assessment/rubrics-page.tsx'),
  calendar: () => import('../features/calendar/calendar-page.tsx'),
  worklist: () => import('../features/worklist/worklist-page.tsx'),
  dossiers: () => import('../features/dossiers/dossier-list-page.tsx'),
  dossier: () => import('../features/dossiers/dossier-page.tsx'),
  rounds: () => import('../features/dossiers/rounds-page.tsx'),
  ideas: () => import('../features/ideas/ideas-page.tsx'),
  idea: () => import('../features/ideas/idea-page.tsx'),
  councils: () => import('../features/councils/councils-page.tsx'),
  council: () => import('../features/councils/council-page.tsx'),
  councilSession: () => import('../features/councils/session-page.tsx'),
  councilSheet: () => import('../features/councils/member-sheet-page.tsx'),
  councilDossiers: () => import('../features/councils/member-home-page.tsx'),
  decisions: () => import('../features/decisions/decisions-page.tsx'),
  decision: () => import('../features/decisions/decision-page.tsx'),
  lifecycle: () => import('../features/lifecycle/radar-page.tsx'),
  notices: () => import('../features/notices/notices-page.tsx'),
};

/** The module each route's page is in (the public home is in the entry). */
export const MODULE_OF_ROUTE: Record<Exclude<keyof typeof routes, 'home'>, keyof typeof PAGE_MODULES> = {
  login: 'login',
  register: 'register',
  dashboard: 'dashboard',
  producers: 'registry',
  newProducer: 'register',
  producer: 'registryDetail',
  products: 'registry',
  product: 'registryDetail',
  imports: 'imports',
  importDetail: 'importDetail',
  duplicates: 'duplicates',
  adminUnits: 'adminUnits',
  unitMappings: 'adminUnits',
  users: 'users',
  audit: 'audit',
  councils: 'councils',
  council: 'council',
  councilSession: 'councilSession',
  councilSheet: 'councilSheet',
  councilDossiers: 'councilDossiers',
  decisions: 'decisions',
  decision: 'decision',
  password: 'password',
  selfAssessments: 'selfAssessments',
  selfAssessment: 'selfAssessment',
  rubrics: 'rubrics',
  calendar: 'calendar',
  worklist: 'worklist',
  dossiers: 'dossiers',
  dossier: 'dossier',
  rounds: 'rounds',
  ideas: 'ideas',
  idea: 'idea',
  lifecycle: 'lifecycle',
  notices: 'notices',
};

const patterns = Object.entries(MODULE_OF_ROUTE)
  .map(([route, module]) => {
    const pattern = routes[route as keyof typeof MODULE_OF_ROUTE];
    const source = pattern.replace(/[.*+?^{}()|[\]\\]/g, '\\$&').replace(/\$id/g, '[^/]+');
    return { module, regex: new RegExp(`^${source}/?$`), fixed: !pattern.includes('$') };
  })
  // a fixed path (/app/chu-the/moi) before a pattern that would also take it (/app/chu-the/$id)
  .sort((a, b) => Number(b.fixed) - Number(a.fixed));

/** The loader of the page an address shows, if it is one of the lazy pages. */
export function pageModuleFor(pathname: string): (() => Promise<unknown>) | undefined {
  const found = patterns.find((p) => p.regex.test(pathname));
  return found && PAGE_MODULES[found.module];
}
