// Unit tests of the pure national-data generator on a small made-up country:
// 3 provinces × 10 communes, 2,000 products.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certificateValidUntil } from '../../../domain/certificates/validity.ts';
import { procedureFor } from './certificates.ts';
import { generateNational, type NationalUnits } from './generate.ts';

const TODAY = '2026-11-22';
const PROVINCES = [
  ['08', 'Tuyên Quang'],
  ['66', 'Đắk Lắk'],
  ['91', 'An Giang'],
] as const;

function smallCountry(): NationalUnits {
  const units: NationalUnits = { provinces: [], communes: [], oldCommunes: [] };
  PROVINCES.forEach(([code, name], p) => {
    const provinceId = `vn-2tier-2025:${code}`;
    units.provinces.push({ id: provinceId, code, name });
    for (let c = 0; c < 10; c++) {
      const cc = String(p * 1000 + c * 10).padStart(5, '0');
      units.communes.push({
        id: `vn-2tier-2025:${cc}`,
        code: cc,
        name: `Xã Thử ${p}${c}`,
        type: c < 8 ? 'xa' : 'phuong',
        provinceId,
      });
      // two predecessors per commune; the second one of every fifth commune has an ambiguous successor
      for (let k = 0; k < 2; k++) {
        const oc = String(p * 1000 + c * 10 + k + 1).padStart(5, '0');
        units.oldCommunes.push({
          id: `vn-3tier:${oc}`,
          code: oc,
          name: `Xã Cũ ${p}${c}${k}`,
          versionId: 'vn-3tier',
          provinceId: `vn-3tier:${code}`,
          provinceName: `Tỉnh Cũ ${name}`,
          districtName: `Huyện Cũ ${p}${Math.floor(c / 5)}`,
          scopeProvinceId: provinceId,
          scopeCommuneId: k === 1 && c % 5 === 0 ? null : `vn-2tier-2025:${cc}`,
        });
      }
    }
  });
  return units;
}

const units = smallCountry();
const data = generateNational(units, { products: 2000, seed: 42, today: TODAY });
const share = (n: number, of: number) => n / of;

describe('national generator', () => {
  it('is deterministic for a seed and varies with it', () => {
    const again = generateNational(smallCountry(), { products: 2000, seed: 42, today: TODAY });
    assert.deepEqual(again, data);
    const other = generateNational(units, { products: 2000, seed: 43, today: TODAY });
    assert.notDeepEqual(
      other.products.map((p) => p.name),
      data.products.map((p) => p.name),
    );
  });

  it('produces the requested counts (producers ≈ products × 0.4 by default)', () => {
    assert.equal(data.products.length, 2000);
    assert.equal(data.producers.length, 800);
    const explicit = generateNational(units, { products: 500, producers: 300, seed: 1, today: TODAY });
    assert.equal(explicit.products.length, 500);
    assert.equal(explicit.producers.length, 300);
    const owners = new Set(explicit.products.map((p) => p.producerId));
    assert.equal(owners.size, 300, 'every producer has at least one product');
    assert.ok(data.certificates.length > data.products.length * 0.9);
  });

  it('gives ids as unique v4 UUIDs', () => {
    const ids = [...data.producers, ...data.products, ...data.certificates].map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids)
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('hits the star mix of certified products', () => {
    // each product's latest certificate, among those still valid
    const latest = new Map<string, (typeof data.certificates)[number]>();
    for (const c of data.certificates)
      if ((latest.get(c.productId)?.validFrom ?? '') <= c.validFrom) latest.set(c.productId, c);
    const rated = [...latest.values()].filter((c) => c.status === 'valid');
    const by = (s: number) => share(rated.filter((c) => c.stars === s).length, rated.length);
    assert.ok(Math.abs(by(3) - 0.73) < 0.02, `3★ ${by(3)}`);
    assert.ok(by(4) >= 0.235 && by(4) <= 0.26, `4★ ${by(4)}`);
    assert.ok(by(5) >= 0.004 && by(5) <= 0.006, `5★ ${by(5)}`);
  });

  it('hits the legal-type mix of producers', () => {
    const by = (t: string) =>
      share(data.producers.filter((p) => p.legalType === t).length, data.producers.length);
    assert.ok(Math.abs(by('cooperative') - 0.327) < 0.015, `HTX ${by('cooperative')}`);
    assert.ok(Math.abs(by('enterprise') - 0.241) < 0.015, `DN ${by('enterprise')}`);
    assert.ok(Math.abs(by('household') - 0.427) < 0.015, `households ${by('household')}`);
    assert.ok(by('cooperative_group') + by('farm') > 0);
  });

  it('keeps every certificate 36 months long and the chain consistent with today', () => {
    for (const c of data.certificates) {
      assert.equal(c.validFrom, c.decisionDate);
      assert.equal(c.validUntil, certificateValidUntil(c.validFrom), `${c.validFrom} → ${c.validUntil}`);
      assert.equal(c.procedureVersionId, procedureFor(c.decisionDate));
      assert.ok(c.decisionDate >= '2019-01-01' && c.decisionDate <= TODAY);
      assert.match(c.decisionNo, /^\d+\/QĐ-(UBND|BNNMT|BNN-VPĐP)$/);
      if (c.status === 'valid') assert.ok(c.validUntil >= TODAY, 'a valid certificate has not ended');
      if (c.stars === 5) assert.match(c.issuer, /^Bộ trưởng Bộ Nông nghiệp/);
    }
    const statuses = new Set(data.certificates.map((c) => c.status));
    for (const s of ['valid', 'superseded', 'lapsed', 'revoked'])
      assert.ok(statuses.has(s as never), `some ${s}`);
  });

  it('has at most one valid certificate per product, the last of its chain', () => {
    const byProduct = new Map<string, typeof data.certificates>();
    for (const c of data.certificates) byProduct.set(c.productId, [...(byProduct.get(c.productId) ?? []), c]);
    for (const p of data.products) {
      const certs = (byProduct.get(p.id) ?? []).sort((a, b) => a.decisionDate.localeCompare(b.decisionDate));
      const valid = certs.filter((c) => c.status === 'valid');
      assert.ok(valid.length <= 1);
      if (valid.length) assert.equal(certs.at(-1), valid[0]);
      // only the last row of a chain can be valid, lapsed or revoked; earlier ones were superseded
      certs.slice(0, -1).forEach((c) => assert.equal(c.status, 'superseded'));
      if (!certs.length) assert.ok(p.status === 'draft' || p.status === 'active');
    }
  });

  it('leaves about 10% of products without any certificate', () => {
    const withCert = new Set(data.certificates.map((c) => c.productId));
    const none = data.products.filter((p) => !withCert.has(p.id));
    assert.ok(Math.abs(share(none.length, data.products.length) - 0.1) < 0.025, `${none.length} uncertified`);
    for (const p of none) assert.equal(p.code, null);
  });

  it('gives unique product codes T-X-STT-year and unique 10-digit tax codes', () => {
    const codes = data.products.map((p) => p.code).filter((c): c is string => c !== null);
    assert.equal(new Set(codes).size, codes.length);
    for (const c of codes) assert.match(c, /^\d{2}-\d{5}-\d{3,}-(2019|202[0-6])$/);
    const firstYear = new Map<string, string>();
    for (const c of data.certificates) {
      const y = firstYear.get(c.productId);
      if (!y || c.decisionDate < y) firstYear.set(c.productId, c.decisionDate);
    }
    for (const p of data.products)
      if (p.code) assert.equal(p.code.slice(-4), firstYear.get(p.id)!.slice(0, 4));
    const tax = data.producers.map((p) => p.taxCode).filter((t): t is string => t !== null);
    assert.equal(new Set(tax).size, tax.length);
    for (const t of tax) assert.match(t, /^\d{10}$/);
    for (const p of data.producers)
      if (p.legalType === 'enterprise' || p.legalType === 'cooperative') assert.ok(p.taxCode);
    assert.ok(data.producers.some((p) => p.legalType === 'household' && p.taxCode === null));
  });

  it('records about 8% of producers, with their products, in the three-tier structure', () => {
    const old = data.producers.filter((p) => p.unitVersionId === 'vn-3tier');
    assert.ok(Math.abs(share(old.length, data.producers.length) - 0.08) < 0.01, `${old.length} old`);
    const oldById = new Map(units.oldCommunes.map((o) => [o.id, o]));
    const producerById = new Map(data.producers.map((p) => [p.id, p]));
    for (const p of old) {
      const unit = oldById.get(p.unitId)!;
      assert.ok(unit, 'unit is a three-tier commune');
      assert.equal(p.scopeProvinceId, unit.scopeProvinceId);
      assert.equal(p.scopeCommuneId, unit.scopeCommuneId);
    }
    for (const p of data.products) {
      const owner = producerById.get(p.producerId)!;
      assert.deepEqual(
        [p.unitId, p.unitVersionId, p.scopeProvinceId, p.scopeCommuneId],
        [owner.unitId, owner.unitVersionId, owner.scopeProvinceId, owner.scopeCommuneId],
      );
      if (p.unitVersionId === 'vn-2tier-2025') assert.equal(p.scopeCommuneId, p.unitId);
    }
  });

  it('spreads timestamps over time, all before today', () => {
    const rows = [...data.producers, ...data.products];
    for (const r of rows) {
      assert.ok(r.createdAt <= r.updatedAt, `${r.createdAt} ≤ ${r.updatedAt}`);
      assert.ok(r.updatedAt < `${TODAY}T00:00:00.000Z`);
    }
    assert.ok(new Set(data.products.map((p) => p.updatedAt.slice(0, 10))).size > 300);
  });

  it('puts products in every province and leans on food sets', () => {
    const provinces = new Set(data.products.map((p) => p.scopeProvinceId));
    assert.equal(provinces.size, 3);
    const food = data.products.filter((p) => p.productSet <= 13).length;
    assert.ok(share(food, data.products.length) > 0.7);
  });
});
