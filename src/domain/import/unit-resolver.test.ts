import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildUnitResolver, districtFromContext, splitAddress, type RefUnit } from './unit-resolver.ts';

type Tuple = [string, RefUnit['level'], string, string, string | null];
const load = (file: string) => {
  const data = JSON.parse(
    readFileSync(new URL(`../../../resources/admin-units/${file}`, import.meta.url), 'utf8'),
  ) as { id: string; units: Tuple[] };
  const level = new Map(data.units.map((u) => [u[0], u[1]]));
  const parent = new Map(data.units.map((u) => [u[0], u[4]]));
  const provinceOf = (code: string) => {
    let c: string | null = code;
    while (c && level.get(c) !== 'province') c = parent.get(c) ?? null;
    return c ?? code;
  };
  return data.units.map(
    ([code, lvl, , name, p]): RefUnit => ({
      id: `${data.id}:${code}`,
      versionId: data.id,
      code,
      level: lvl,
      name,
      parentId: p ? `${data.id}:${p}` : null,
      provinceId: `${data.id}:${provinceOf(code)}`,
    }),
  );
};
const units = [...load('vn-3tier.json'), ...load('vn-2tier-2025.json')];
const map = JSON.parse(
  readFileSync(
    new URL('../../../resources/admin-units/map-vn-3tier-to-vn-2tier-2025.json', import.meta.url),
    'utf8',
  ),
) as { provinces: [string, string][] };
const resolver = buildUnitResolver(
  units,
  'vn-2tier-2025',
  new Map(map.provinces.map(([o, n]) => [`vn-3tier:${o}`, `vn-2tier-2025:${n}`])),
);
const thanhHoa = units.find((u) => u.id === 'vn-2tier-2025:38')!;

describe('splitAddress and group rows', () => {
  it('splits a full address', () =>
    assert.deepEqual(splitAddress('Thôn 3, xã Thọ Lộc, huyện Thọ Xuân, tỉnh Thanh Hóa'), {
      commune: 'xã Thọ Lộc',
      district: 'huyện Thọ Xuân',
      province: 'tỉnh Thanh Hóa',
    }));
  it('reads the district of a group row', () => {
    assert.equal(districtFromContext('I. HUYỆN THỌ XUÂN'), 'HUYỆN THỌ XUÂN');
    assert.equal(districtFromContext('Tổng cộng'), null);
  });
});

describe('resolving places', () => {
  it('a current ward by name within the file’s province, without accents', () => {
    const r = resolver.resolve({ commune: 'phuong ham rong' }, thanhHoa);
    assert.equal(r.kind === 'found' && r.unit.id, 'vn-2tier-2025:14758');
  });
  it('a pre-2025 commune with its district in the address', () => {
    const r = resolver.resolve({ address: 'Thôn 3, xã Xuân Bái, huyện Thọ Xuân, tỉnh Thanh Hóa' });
    assert.equal(r.kind, 'found');
    if (r.kind === 'found') {
      assert.equal(r.unit.versionId, 'vn-3tier');
      assert.match(r.unit.name, /Xuân Bái/);
    }
  });
  it('uses the group row for the district when the row omits it', () => {
    const r = resolver.resolve({ commune: 'Xã Xuân Bái', context: 'I. HUYỆN THỌ XUÂN' }, thanhHoa);
    assert.equal(r.kind === 'found' && r.unit.versionId, 'vn-3tier');
  });
  it('an unknown commune is missing, a bare common name without scope is ambiguous', () => {
    assert.equal(resolver.resolve({ commune: 'Xã Không Có Thật' }, thanhHoa).kind, 'missing');
    assert.equal(resolver.resolve({ commune: 'Xã Tân Lập' }).kind, 'ambiguous');
  });
  it('the province named in the row wins over the file’s scope', () => {
    const r = resolver.resolve({ commune: 'Phường Hà Tu', province: 'Quảng Ninh' }, thanhHoa);
    assert.equal(r.kind === 'found' && r.unit.id, 'vn-2tier-2025:06652');
  });
});
