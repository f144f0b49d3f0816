// Pure, deterministic generator of the national-size data set (DOMAIN.md §11):
// given the admin units and a seed it returns producer, product and certificate
// rows ready to insert. Nothing here touches the database or the clock, so the
// same input always yields the same world and the unit tests can check the
// distributions without PostgreSQL.
import type { LegalType } from '../../../shared/registry.ts';
import {
  buildChain,
  firstDecisionDate,
  issuerFor,
  procedureFor,
  propagateStars,
  type CertDraft,
} from './certificates.ts';
import { addDays, fromDay, officeTimestamp, toDay } from './dates.ts';
import { addressLine, BRANDS, emailFor, person, phoneNumber, producerName } from './names.ts';
import { PlacePicker, type NationalUnits, type Place } from './places.ts';
import { Rng, WeightedTable } from './prng.ts';
import { productName, SET_NUMBERS, setWeights, tradeFor } from './product-names.ts';
import {
  taxCode,
  type CertificateRow,
  type NationalDataset,
  type ProducerRow,
  type ProductRow,
} from './rows.ts';

export type { NationalUnits } from './places.ts';
export type * from './rows.ts';

export interface GenerateOptions {
  products: number;
  /** default: products × 0.4 */
  producers?: number;
  seed: number;
  /** yyyy-mm-dd: certificates ending before it are renewed or lapsed; no timestamp reaches it */
  today: string;
  /** share of producers recorded in the three-tier structure (default 0.08) */
  oldStructureShare?: number;
  /** share of products without any certificate yet (default 0.10) */
  uncertifiedShare?: number;
}

/** Legal-type mix of end 2024 (DOMAIN.md §11: 32.7% HTX, 24.1% DN, 42.7% households), rest THT and farms. */
export const LEGAL_TYPE_SHARES: [LegalType, number][] = [
  ['household', 0.425],
  ['cooperative', 0.325],
  ['enterprise', 0.24],
  ['cooperative_group', 0.006],
  ['farm', 0.003],
  ['tourism_association', 0.0006],
  ['tourism_centre', 0.0004],
];
/** Star mix of products holding a valid certificate (end 2024: 73.2% / 23.5% / 51 of 14,642). */
export const STAR_SHARES = { five: 0.005, four: 0.255 };
const PRODUCTS_PER_PRODUCER: Record<LegalType, number> = {
  enterprise: 3,
  cooperative: 2.6,
  household: 1.3,
  farm: 1.5,
  cooperative_group: 1.5,
  tourism_association: 1,
  tourism_centre: 1,
};
const TAX_CODE_SHARE: Record<LegalType, number> = {
  enterprise: 1,
  cooperative: 1,
  household: 0.55,
  farm: 0.6,
  cooperative_group: 0.5,
  tourism_association: 0.7,
  tourism_centre: 0.7,
};
const PROGRAMME_START = '2018-05-07';
const MAIN_SET_SHARE = 0.65;

interface ProducerDraft {
  row: ProducerRow;
  place: Place;
  mainSet: number;
  brand: string;
  weight: number;
}
interface ProductDraft {
  row: ProductRow;
  place: Place;
  legalType: LegalType;
  chain: CertDraft[];
  finalStars: number;
}

export function generateNational(units: NationalUnits, options: GenerateOptions): NationalDataset {
  const rng = new Rng(options.seed);
  const today = options.today;
  const lastDay = addDays(today, -1);
  const picker = new PlacePicker(units, rng);
  const nProducers = options.producers ?? Math.max(1, Math.round(options.products * 0.4));
  // Exact quotas, shuffled: the mixes come out right even for small test runs.
  const types = rng.shuffle(quota(LEGAL_TYPE_SHARES, nProducers));
  const oldFlags = rng.shuffle(
    quota(
      [
        [true, options.oldStructureShare ?? 0.08],
        [false, 1],
      ],
      nProducers,
    ),
  );
  const taken = new Set<string>();
  const stamp = (day: string) => officeTimestamp(day < lastDay ? day : lastDay, rng.int(0, 35_999));

  const producers: ProducerDraft[] = [];
  for (let i = 0; i < nProducers; i++) {
    const legalType = types[i];
    const commune = picker.pickCommune(rng);
    const place = (oldFlags[i] && picker.oldPlace(rng, commune)) || picker.currentPlace(commune);
    const rep = person(rng, place.region);
    const tourism = legalType === 'tourism_association' || legalType === 'tourism_centre';
    const mainSet = tourism ? 26 : SET_NUMBERS[rng.weighted(setWeights(place.region))];
    const brand = rng.pick(BRANDS);
    const name = producerName(rng, {
      legalType,
      trade: tradeFor(rng, mainSet),
      place: place.placeWord,
      brand,
      rep,
    });
    const row: ProducerRow = {
      id: rng.uuid(),
      name,
      legalType,
      taxCode: rng.chance(TAX_CODE_SHARE[legalType]) ? taxCode(rng, place.currentProvinceCode, taken) : null,
      addressLine: addressLine(rng, place.region, place.addressParts),
      unitId: place.unitId,
      unitVersionId: place.unitVersionId,
      scopeProvinceId: place.scopeProvinceId,
      scopeCommuneId: place.scopeCommuneId,
      representativeName: rep.fullName,
      representativeSex: rep.sex,
      representativeEthnicity: rep.ethnicity,
      representativeDisability: rng.chance(0.015),
      phone: rng.chance(0.9) ? phoneNumber(rng) : null,
      email: rng.chance(legalType === 'enterprise' ? 0.7 : legalType === 'cooperative' ? 0.5 : 0.15)
        ? emailFor(rng, legalType === 'household' ? rep.fullName : brand, i % 1000)
        : null,
      status: rng.chance(0.03) ? 'inactive' : 'active',
      createdAt: '',
      updatedAt: '',
    };
    producers.push({
      row,
      place,
      mainSet,
      brand,
      weight: PRODUCTS_PER_PRODUCER[legalType] * Math.exp(0.6 * rng.normal()),
    });
  }

  // Every producer has at least one product; the rest go to the bigger ones (co-ops, companies).
  const owners: number[] = [];
  for (let i = 0; i < Math.min(nProducers, options.products); i++) owners.push(i);
  const table = new WeightedTable(producers.map((p) => p.weight));
  while (owners.length < options.products) owners.push(table.draw(rng));
  owners.sort((a, b) => a - b);

  const products: ProductDraft[] = [];
  for (const owner of owners) {
    const p = producers[owner];
    const set =
      p.mainSet === 26 && p.row.legalType.startsWith('tourism')
        ? 26
        : rng.chance(MAIN_SET_SHARE)
          ? p.mainSet
          : SET_NUMBERS[rng.weighted(setWeights(p.place.region))];
    const name = productName(rng, set, p.place.placeWord, rng.chance(0.6) ? p.brand : rng.pick(BRANDS));
    const certified = rng.chance(1 - (options.uncertifiedShare ?? 0.1));
    // Records kept in the three-tier structure are those recognised before it ended.
    const before = p.place.unitVersionId !== 'vn-2tier-2025' ? '2025-06-30' : undefined;
    const chain = certified
      ? buildChain(
          rng,
          p.place.currentProvinceCode,
          firstDecisionDate(rng, p.place.currentProvinceCode, today, before),
          today,
        )
      : [];
    const row: ProductRow = {
      id: rng.uuid(),
      producerId: p.row.id,
      name,
      productSet: set,
      code: null,
      unitId: p.place.unitId,
      unitVersionId: p.place.unitVersionId,
      scopeProvinceId: p.place.scopeProvinceId,
      scopeCommuneId: p.place.scopeCommuneId,
      status: 'active',
      createdAt: '',
      updatedAt: '',
    };
    products.push({ row, place: p.place, legalType: p.row.legalType, chain, finalStars: 3 });
  }

  assignFinalStars(rng, products);
  const certificates = buildCertificates(rng, products, stamp);
  const sequences = assignCodes(products);
  for (const d of products) finishProduct(rng, d, today, lastDay, stamp);
  finishProducers(rng, producers, products, today, stamp);
  return {
    producers: producers.map((p) => p.row),
    products: products.map((p) => p.row),
    certificates,
    sequences,
  };
}

/** Counts per value from shares (largest remainder), as a flat list to shuffle. */
function quota<T>(shares: [T, number][], n: number): T[] {
  const total = shares.reduce((s, [, w]) => s + w, 0);
  const exact = shares.map(([v, w]) => ({ v, x: (w / total) * n }));
  const counts = exact.map((e) => Math.floor(e.x));
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e.x - Math.floor(e.x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i]++;
  }
  return exact.flatMap((e, i) => new Array<T>(counts[i]).fill(e.v));
}

/**
 * Products holding a valid certificate get the national star mix by exact quota:
 * 5★ go to co-ops and companies (households rarely reach the national council),
 * 4★ first to products that were upgraded on the way. Lapsed and revoked ones
 * draw from the same mix.
 */
function assignFinalStars(rng: Rng, products: ProductDraft[]): void {
  const valid = rng.shuffle(products.filter((d) => d.chain.at(-1)?.status === 'valid'));
  const upgrades = (d: ProductDraft) => d.chain.filter((c) => c.upgradeNext).length;
  let five = Math.round(valid.length * STAR_SHARES.five);
  let four = Math.round(valid.length * STAR_SHARES.four);
  const byPreference = [...valid].sort((a, b) => rank5(b) - rank5(a));
  for (const d of byPreference) {
    if (five <= 0) break;
    d.finalStars = 5;
    five--;
  }
  const rest = valid.filter((d) => d.finalStars !== 5).sort((a, b) => upgrades(b) - upgrades(a));
  for (const d of rest) {
    if (four <= 0) break;
    d.finalStars = 4;
    four--;
  }
  for (const d of products) {
    if (!d.chain.length || d.chain.at(-1)!.status === 'valid') continue;
    const r = rng.next();
    const drawn = r < STAR_SHARES.five ? 5 : r < STAR_SHARES.five + STAR_SHARES.four ? 4 : 3;
    d.finalStars = Math.min(5, Math.max(drawn, 3 + upgrades(d)));
  }
  function rank5(d: ProductDraft): number {
    return d.legalType === 'enterprise' || d.legalType === 'cooperative' ? 1 : 0;
  }
}

function buildCertificates(
  rng: Rng,
  products: ProductDraft[],
  stamp: (day: string) => string,
): CertificateRow[] {
  const rows: CertificateRow[] = [];
  for (const d of products) {
    if (!d.chain.length) continue;
    const stars = propagateStars(rng, d.chain, d.finalStars);
    d.chain.forEach((c, i) => {
      const { issuer, decisionNo } = issuerFor(stars[i], c.decisionDate, d.place.issuer);
      rows.push({
        id: rng.uuid(),
        productId: d.row.id,
        stars: stars[i],
        decisionNo,
        decisionDate: c.decisionDate,
        issuer,
        procedureVersionId: procedureFor(c.decisionDate),
        validFrom: c.decisionDate,
        validUntil: c.validUntil,
        status: c.status,
        // None of these decisions went through the platform's own workflow: they are imported history.
        historical: true,
        createdAt: stamp(addDays(c.decisionDate, rng.int(0, 20))),
      });
    });
  }
  return rows;
}

/** Codes `T-X-STT-year` (DOMAIN.md §2): register numbers per commune in order of first recognition. */
function assignCodes(products: ProductDraft[]) {
  const certified = products
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.chain.length)
    .sort((a, b) => a.d.chain[0].decisionDate.localeCompare(b.d.chain[0].decisionDate) || a.i - b.i);
  const last = new Map<string, number>();
  for (const { d } of certified) {
    const scope = `${d.place.provinceCode}-${d.place.communeCode}`;
    const n = (last.get(scope) ?? 0) + 1;
    last.set(scope, n);
    d.row.code = `${scope}-${String(n).padStart(3, '0')}-${d.chain[0].decisionDate.slice(0, 4)}`;
  }
  return [...last].sort(([a], [b]) => a.localeCompare(b)).map(([scope, lastValue]) => ({ scope, lastValue }));
}

function finishProduct(
  rng: Rng,
  d: ProductDraft,
  today: string,
  lastDay: string,
  stamp: (day: string) => string,
): void {
  const last = d.chain.at(-1);
  let created: string;
  let touched: string;
  if (!last) {
    // Not yet recognised: registered within the last few years, many still drafts (three-tier records before July 2025).
    const latest = d.place.unitVersionId === 'vn-2tier-2025' ? lastDay : '2025-06-30';
    created = fromDay(rng.int(toDay('2023-01-01'), toDay(latest)));
    touched = created;
    d.row.status = rng.chance(0.6) ? 'draft' : 'active';
  } else {
    created = addDays(d.chain[0].decisionDate, -rng.int(60, 400));
    touched = last.decisionDate;
    if (last.status === 'lapsed') {
      touched = addDays(last.validUntil, 1);
      d.row.status = rng.chance(0.2) ? 'withdrawn' : 'active';
    } else if (last.status === 'revoked') {
      touched = fromDay(rng.int(toDay(last.decisionDate), Math.min(toDay(last.validUntil), toDay(lastDay))));
      d.row.status = rng.chance(0.7) ? 'withdrawn' : 'active';
    }
  }
  if (created < PROGRAMME_START) created = PROGRAMME_START;
  d.row.createdAt = stamp(created);
  const updated = addDays(touched, rng.int(0, 45));
  d.row.updatedAt = stamp(updated < today ? updated : addDays(today, -1));
  if (d.row.updatedAt < d.row.createdAt) d.row.updatedAt = d.row.createdAt;
}

function finishProducers(
  rng: Rng,
  producers: ProducerDraft[],
  products: ProductDraft[],
  today: string,
  stamp: (day: string) => string,
): void {
  const span = new Map<string, { first: string; last: string }>();
  for (const d of products) {
    const s = span.get(d.row.producerId);
    if (!s) span.set(d.row.producerId, { first: d.row.createdAt, last: d.row.updatedAt });
    else {
      if (d.row.createdAt < s.first) s.first = d.row.createdAt;
      if (d.row.updatedAt > s.last) s.last = d.row.updatedAt;
    }
  }
  for (const p of producers) {
    const s = span.get(p.row.id);
    const first = s ? s.first.slice(0, 10) : fromDay(rng.int(toDay('2019-01-01'), toDay(today) - 1));
    const created = addDays(first, -rng.int(0, 120));
    p.row.createdAt = stamp(created < PROGRAMME_START ? PROGRAMME_START : created);
    const updated = s ? addDays(s.last.slice(0, 10), -rng.int(0, 60)) : created;
    p.row.updatedAt = updated.slice(0, 10) > p.row.createdAt.slice(0, 10) ? stamp(updated) : p.row.createdAt;
  }
}
