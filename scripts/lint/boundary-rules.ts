// The arrows of docs/architecture.md as rules over import edges:
//   web → shared, domain, web               domain → shared only (no node APIs, no I/O)
//   shared → nothing of ours                http → no module
//   server modules → domain, shared, db, core, their own files, other modules' services
//   cli → server services (never a repository, the schema or the HTTP layer)
import type { ImportEdge } from './import-graph.ts';

export interface Rule {
  name: string;
  why: string;
  /** true when the edge breaks the rule */
  breaks(edge: ImportEdge): boolean;
}

/** tests and their helpers run under node: they may read fixtures and use node:test */
const isTest = (path: string) => /\.test\.tsx?$|\/test-support\.ts$/.test(path);
const under = (path: string, ...folders: string[]) => folders.some((f) => path.startsWith(`src/${f}/`));
const moduleOf = (path: string) => /^src\/server\/modules\/([^/]+)\//.exec(path)?.[1] ?? null;

export const RULES: Rule[] = [
  {
    name: 'domain-is-pure',
    why: 'src/domain holds the law as plain TypeScript: it imports only itself and src/shared',
    breaks: (e) => under(e.from, 'domain') && e.to.startsWith('src/') && !under(e.to, 'domain', 'shared'),
  },
  {
    name: 'domain-no-node',
    why: 'no node APIs in the domain (it runs in the browser too); only its tests run under node',
    breaks: (e) => under(e.from, 'domain') && e.to.startsWith('node:') && !isTest(e.from),
  },
  {
    name: 'shared-is-a-leaf',
    why: 'src/shared (contracts, error codes, enums) depends on nothing of ours and on no node API',
    breaks: (e) =>
      under(e.from, 'shared') &&
      ((e.to.startsWith('src/') && !under(e.to, 'shared')) || (e.to.startsWith('node:') && !isTest(e.from))),
  },
  {
    name: 'web-stays-in-the-browser',
    why: 'the web app imports shared, domain and itself: never the server, the CLI or node APIs',
    breaks: (e) =>
      under(e.from, 'web') &&
      ((e.to.startsWith('src/') && !under(e.to, 'web', 'shared', 'domain')) || e.to.startsWith('node:')),
  },
  {
    name: 'web-calls-through-fetchers',
    why: "screens call the API through their feature's api.ts (one typed fetcher per endpoint), never the transport",
    breaks: (e) =>
      under(e.from, 'web') &&
      !/^src\/web\/(features\/[^/]+\/api\.ts|lib\/)/.test(e.from) &&
      e.to === 'src/web/lib/api.ts' &&
      !e.typeOnly,
  },
  {
    name: 'http-knows-no-module',
    why: 'src/server/http is transport plumbing; app.ts wires the modules into it',
    breaks: (e) => under(e.from, 'server/http') && under(e.to, 'server/modules'),
  },
  {
    name: 'core-and-db-know-no-module',
    why: 'src/server/core and src/server/db are the ground the modules stand on',
    breaks: (e) =>
      under(e.from, 'server/core', 'server/db') &&
      under(e.to, 'server/modules', 'server/http', 'server/jobs'),
  },
  {
    name: 'modules-meet-through-services',
    why: "a module uses another module only through that module's service files (*.service.ts)",
    breaks: (e) => {
      const from = moduleOf(e.from);
      const to = moduleOf(e.to);
      return !!from && !!to && from !== to && !e.to.endsWith('.service.ts');
    },
  },
  {
    name: 'services-not-through-http',
    why: 'services and repositories never import the HTTP layer; only *.routes.ts do',
    breaks: (e) =>
      under(e.from, 'server/modules') &&
      !/\.routes\.ts$/.test(e.from) &&
      !isTest(e.from) &&
      under(e.to, 'server/http'),
  },
  {
    name: 'cli-through-services',
    why: 'the CLI calls server services; it does not write SQL, read the schema or use the HTTP layer itself',
    breaks: (e) =>
      under(e.from, 'cli') &&
      !e.typeOnly &&
      (under(e.to, 'server/db/schema', 'server/http') || e.to.endsWith('.repository.ts')),
  },
];
