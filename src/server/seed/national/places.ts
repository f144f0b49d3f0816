// Where synthetic producers sit. Real OCOP counts are very uneven: a few provinces
// hold three to five times the average, and inside a province most communes have
// none or a couple of products while a few craft or speciality communes have
// dozens. Provinces get Zipf-like weights in a fixed shuffled order (so "the big
// provinces" stay the same whatever the seed); communes get log-normal weights.
import { placeWord, regionOf, type Region } from './names.ts';
import { Rng, WeightedTable } from './prng.ts';
import type { IssuerPlace } from './certificates.ts';

export interface ProvinceUnit {
  id: string;
  code: string;
  name: string;
}
export interface CommuneUnit {
  id: string;
  code: string;
  name: string;
  type: string;
  provinceId: string;
}
export interface OldCommuneUnit {
  id: string;
  code: string;
  name: string;
  versionId: string;
  /** the three-tier province and district, as named then */
  provinceId: string;
  provinceName: string;
  districtName: string | null;
  /** resolution into the current structure (admin_unit_scopes) */
  scopeProvinceId: string | null;
  scopeCommuneId: string | null;
}
export interface NationalUnits {
  provinces: ProvinceUnit[];
  communes: CommuneUnit[];
  oldCommunes: OldCommuneUnit[];
}

/** A place a producer can be recorded at, with everything the generator needs about it. */
export interface Place {
  unitId: string;
  unitVersionId: string;
  scopeProvinceId: string | null;
  scopeCommuneId: string | null;
  /** product-code segments: province and commune codes of the recorded unit */
  provinceCode: string;
  communeCode: string;
  /** current province code: drives rounds, region and set mix */
  currentProvinceCode: string;
  region: Region;
  placeWord: string;
  addressParts: string[];
  issuer: IssuerPlace;
}

const PROVINCE_ORDER_SEED = 0x0c0b2025;
const ZIPF_EXPONENT = 0.9;
const ZIPF_OFFSET = 3;
const COMMUNE_SIGMA = 1.0;
/** Clamp of the normal draw: keeps the busiest commune at dozens of products, not hundreds. */
const COMMUNE_Z_MAX = 1.8;
/** Urban wards hold few OCOP producers; special zones (islands) some. */
const TYPE_FACTOR: Record<string, number> = { xa: 1, phuong: 0.3, dac_khu: 0.6, thi_tran: 0.6 };

const codeOf = (id: string) => id.slice(id.indexOf(':') + 1);

export function provinceWeights(provinces: ProvinceUnit[]): Map<string, number> {
  const order = new Rng(PROVINCE_ORDER_SEED).shuffle(
    [...provinces].sort((a, b) => a.code.localeCompare(b.code)),
  );
  return new Map(order.map((p, rank) => [p.id, 1 / (rank + ZIPF_OFFSET) ** ZIPF_EXPONENT]));
}

export class PlacePicker {
  private readonly provinceIds: string[];
  private readonly provinceTable: WeightedTable;
  private readonly communesOf = new Map<string, CommuneUnit[]>();
  private readonly communeTables = new Map<string, WeightedTable>();
  private readonly provinceById: Map<string, ProvinceUnit>;
  private readonly oldByCommune = new Map<string, OldCommuneUnit[]>();
  private readonly oldAmbiguous = new Map<string, OldCommuneUnit[]>();
  private readonly oldByProvince = new Map<string, OldCommuneUnit[]>();
  private readonly issuerOf = new Map<string, IssuerPlace>();

  constructor(units: NationalUnits, rng: Rng) {
    this.provinceById = new Map(units.provinces.map((p) => [p.id, p]));
    const weights = provinceWeights(units.provinces);
    for (const c of [...units.communes].sort((a, b) => a.code.localeCompare(b.code))) {
      const list = this.communesOf.get(c.provinceId) ?? [];
      list.push(c);
      this.communesOf.set(c.provinceId, list);
    }
    this.provinceIds = [...this.communesOf.keys()].sort();
    this.provinceTable = new WeightedTable(this.provinceIds.map((id) => weights.get(id) ?? 0));
    for (const id of this.provinceIds) {
      const list = this.communesOf.get(id)!;
      this.communeTables.set(
        id,
        new WeightedTable(
          list.map(
            (c) =>
              Math.exp(COMMUNE_SIGMA * Math.min(COMMUNE_Z_MAX, rng.normal())) * (TYPE_FACTOR[c.type] ?? 1),
          ),
        ),
      );
    }
    for (const o of [...units.oldCommunes].sort((a, b) => a.code.localeCompare(b.code))) {
      if (!o.scopeProvinceId) continue;
      push(this.oldByProvince, o.scopeProvinceId, o);
      if (o.scopeCommuneId) push(this.oldByCommune, o.scopeCommuneId, o);
      else push(this.oldAmbiguous, o.scopeProvinceId, o);
    }
    // The district and province that used to decide for a current commune: those of its first predecessor.
    const communeById = new Map(units.communes.map((c) => [c.id, c]));
    for (const [communeId, olds] of this.oldByCommune) {
      const c = communeById.get(communeId);
      if (c)
        this.issuerOf.set(communeId, {
          province: this.provinceName(c.provinceId),
          oldProvince: olds[0].provinceName,
          oldDistrict: olds[0].districtName,
        });
    }
  }

  private provinceName(id: string): string {
    return this.provinceById.get(id)?.name ?? codeOf(id);
  }

  /** A current commune: province by Zipf weight, then commune by its log-normal weight. */
  pickCommune(rng: Rng): CommuneUnit {
    const provinceId = this.provinceIds[this.provinceTable.draw(rng)];
    return this.communesOf.get(provinceId)![this.communeTables.get(provinceId)!.draw(rng)];
  }

  currentPlace(c: CommuneUnit): Place {
    const provinceCode = codeOf(c.provinceId);
    const provinceName = this.provinceName(c.provinceId);
    return {
      unitId: c.id,
      unitVersionId: 'vn-2tier-2025',
      scopeProvinceId: c.provinceId,
      scopeCommuneId: c.id,
      provinceCode,
      communeCode: c.code,
      currentProvinceCode: provinceCode,
      region: regionOf(provinceCode),
      placeWord: placeWord(c.name, provinceName),
      addressParts: [c.name, provinceName],
      issuer: this.issuerOf.get(c.id) ?? { province: provinceName, oldProvince: null, oldDistrict: null },
    };
  }

  /**
   * The same producer as recorded before July 2025: a predecessor of the drawn
   * commune, or (as often as the province has them) a commune whose successor is
   * ambiguous, which the resolution table only places at province level.
   */
  oldPlace(rng: Rng, c: CommuneUnit): Place | null {
    const ambiguous = this.oldAmbiguous.get(c.provinceId) ?? [];
    const all = this.oldByProvince.get(c.provinceId) ?? [];
    const own = this.oldByCommune.get(c.id) ?? [];
    const useAmbiguous =
      ambiguous.length > 0 && (own.length === 0 || rng.chance(ambiguous.length / Math.max(all.length, 1)));
    const pool = useAmbiguous ? ambiguous : own.length ? own : all;
    if (!pool.length) return null;
    const o = rng.pick(pool);
    const provinceCode = codeOf(c.provinceId);
    const scopeProvince = o.scopeProvinceId ?? c.provinceId;
    return {
      unitId: o.id,
      unitVersionId: o.versionId,
      scopeProvinceId: o.scopeProvinceId,
      scopeCommuneId: o.scopeCommuneId,
      provinceCode: codeOf(o.provinceId),
      communeCode: o.code,
      currentProvinceCode: provinceCode,
      region: regionOf(provinceCode),
      placeWord: placeWord(o.name, o.provinceName),
      addressParts: [o.name, ...(o.districtName ? [o.districtName] : []), o.provinceName],
      issuer: {
        province: this.provinceName(scopeProvince),
        oldProvince: o.provinceName,
        oldDistrict: o.districtName,
      },
    };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
