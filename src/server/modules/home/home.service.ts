// The home page of a grant, gathered from the modules that own its parts: the
// registry (products by star and certificate state, renewals, pending producers, a
// producer's own products), self-assessment (sheets in draft, this year's sheets),
// photos (which products lack one) and imports (files waiting for a step). The
// producer's next step per product is the domain's rule (domain/home/next-step.ts).
import type { Grant } from '../../../domain/access/policy.ts';
import { nextStep, recordGaps } from '../../../domain/home/next-step.ts';
import type { Home } from '../../../shared/contracts/home.ts';
import { CERTIFICATE_STATES } from '../../../shared/enums.ts';
import type { AuditActor } from '../../core/actor.ts';
import type { AppDeps } from '../../core/deps.ts';
import { radarSummary } from '../certificates/radar.service.ts';
import { countOpenImports } from '../imports/imports.service.ts';
import { photoCounts } from '../photos/photos.service.ts';
import { producerOverview, scopeOverview } from '../registry/registry-home.service.ts';
import { countDraftSheets, sheetsOfYear } from '../self-assessment/self-assessment.service.ts';
import { registryListScope } from '../../../domain/access/policy.ts';

/** "Near" the renewal window: it opens within this many days. */
export const NEAR_WINDOW_DAYS = 30;
/** How many of the certificates due the home lists (the product list has them all). */
export const RENEWALS_LISTED = 10;

export async function homeOf(deps: AppDeps, grant: Grant | null, actor: AuditActor): Promise<Home> {
  const today = deps.clock.today();
  const thisYear = Number(today.slice(0, 4));
  const home: Home = {
    today,
    role: grant?.role ?? null,
    scopeName: null,
    producer: null,
    overview: null,
  };
  if (!grant) return home;
  const scope = registryListScope(grant);
  if (scope.kind === 'none') return home;

  if (scope.kind === 'producer') {
    const own = await producerOverview(deps, grant, today);
    if (!own) return home;
    const ids = own.products.map((p) => p.id);
    const [photos, sheets] = await Promise.all([photoCounts(deps, ids), sheetsOfYear(deps, ids, thisYear)]);
    home.producer = {
      producerId: own.producer.id,
      producerName: own.producer.name,
      pending: own.producer.status === 'pending',
      thisYear,
      products: own.products.map((p) => {
        const gaps = recordGaps({
          productSet: p.productSet,
          description: p.description,
          photos: photos.get(p.id) ?? 0,
          representativeName: own.producer.representativeName,
          phone: own.producer.phone,
          email: own.producer.email,
        });
        const sheet = sheets.get(p.id) ?? null;
        return {
          id: p.id,
          name: p.name,
          stars: p.stars,
          former: p.former,
          certificateState: p.certificateState,
          validUntil: p.validUntil,
          gaps,
          nextStep: nextStep({ gaps, certificate: p.certificateState, sheet }),
          sheet: sheet ? { ...sheet, year: thisYear } : null,
        };
      }),
    };
    return home;
  }

  const [overview, drafts, importsOpen, radar] = await Promise.all([
    scopeOverview(deps, grant, today, NEAR_WINDOW_DAYS, RENEWALS_LISTED),
    countDraftSheets(deps, grant),
    countOpenImports(deps, grant, actor),
    radarSummary(deps, grant),
  ]);
  const sum = (f: (c: (typeof overview.counts)[number]) => number) =>
    overview.counts.reduce((n, c) => n + f(c), 0);
  const pendingOf = (province: string | null) => overview.pendingByProvince.get(province) ?? 0;
  const mayConfirm =
    grant.role === 'commune_officer' || grant.role === 'province_officer' || scope.kind === 'all';
  const provinces = new Set<string | null>([
    ...overview.counts.map((c) => c.provinceId),
    ...drafts.keys(),
    ...overview.pendingByProvince.keys(),
  ]);
  const names = new Map(overview.counts.map((c) => [c.provinceId, c.provinceName]));
  home.overview = {
    products: sum((c) => c.products),
    byStars: ([3, 4, 5] as const).map((stars) => ({ stars, count: sum((c) => c.stars[stars]) })),
    byState: ([...CERTIFICATE_STATES, 'none'] as const)
      .map((state) => ({ state, count: sum((c) => c.states[state]) }))
      .filter((s) => s.count > 0),
    renewalsDue: sum((c) => c.renewalsDue),
    nearDays: NEAR_WINDOW_DAYS,
    renewals: overview.renewals,
    sheetsInDraft: [...drafts.values()].reduce((a, b) => a + b, 0),
    importsOpen,
    producersPending: mayConfirm ? [...overview.pendingByProvince.values()].reduce((a, b) => a + b, 0) : null,
    radar,
    provinces:
      scope.kind === 'all'
        ? [...provinces].map((id) => {
            const c = overview.counts.find((x) => x.provinceId === id);
            return {
              provinceId: id,
              provinceName: names.get(id) ?? null,
              products: c?.products ?? 0,
              stars3: c?.stars[3] ?? 0,
              stars4: c?.stars[4] ?? 0,
              stars5: c?.stars[5] ?? 0,
              renewalsDue: c?.renewalsDue ?? 0,
              expired: c?.states.expired ?? 0,
              sheetsInDraft: drafts.get(id) ?? 0,
              producersPending: mayConfirm ? pendingOf(id) : null,
            };
          })
        : null,
  };
  return home;
}
