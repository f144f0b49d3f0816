// Row shapes the national generator produces: the columns of producers, products
// and certificates (camelCase, as in the drizzle schema) with every value set, so
// the seeder can insert them without further lookups.
import type { LegalType } from '../../../shared/registry.ts';
import type { CertStatus, ProcedureId } from './certificates.ts';
import type { Rng } from './prng.ts';

interface PlaceColumns {
  unitId: string;
  unitVersionId: string;
  scopeProvinceId: string | null;
  scopeCommuneId: string | null;
}

export interface ProducerRow extends PlaceColumns {
  id: string;
  name: string;
  legalType: LegalType;
  taxCode: string | null;
  addressLine: string;
  representativeName: string;
  representativeSex: 'male' | 'female';
  representativeEthnicity: string;
  representativeDisability: boolean;
  phone: string | null;
  email: string | null;
  status: 'active' | 'inactive';
  createdAt: string;
  updatedAt: string;
}

export interface ProductRow extends PlaceColumns {
  id: string;
  producerId: string;
  name: string;
  productSet: number;
  code: string | null;
  status: 'draft' | 'active' | 'withdrawn';
  createdAt: string;
  updatedAt: string;
}

export interface CertificateRow {
  id: string;
  productId: string;
  stars: number;
  decisionNo: string;
  decisionDate: string;
  issuer: string;
  procedureVersionId: ProcedureId;
  validFrom: string;
  validUntil: string;
  status: CertStatus;
  historical: boolean;
  createdAt: string;
}

/** product_code_sequences: last register number used per province–commune code prefix */
export interface CodeSequenceRow {
  scope: string;
  lastValue: number;
}

export interface NationalDataset {
  producers: ProducerRow[];
  products: ProductRow[];
  certificates: CertificateRow[];
  sequences: CodeSequenceRow[];
}

const MST_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/**
 * A 10-digit tax code (mã số thuế) unique within `taken`: two leading digits from
 * the province code, seven serial digits and the check digit of the commonly
 * published rule (10 − Σ dᵢ·wᵢ mod 11; serials whose check would be 10 are skipped).
 */
export function taxCode(rng: Rng, provinceCode: string, taken: Set<string>): string {
  for (;;) {
    const body = `${provinceCode.padStart(2, '0').slice(0, 2)}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
    const sum = MST_WEIGHTS.reduce((s, w, i) => s + w * Number(body[i]), 0);
    const check = 10 - (sum % 11);
    if (check === 10) continue;
    const code = `${body}${check}`;
    if (taken.has(code)) continue;
    taken.add(code);
    return code;
  }
}
