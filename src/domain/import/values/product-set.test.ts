import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseProductSet } from './product-set.ts';
import { PRODUCT_GROUPS, PRODUCT_SETS } from './product-set-data.ts';
import { addNfdTwins } from './test-support.ts';

function expectSet(input: unknown, set: number, confidence: 'exact' | 'fuzzy', label: string): void {
  const result = parseProductSet(input);
  assert.ok(result.ok, `${label}: ${result.ok ? '' : result.message.en}`);
  assert.equal(result.value?.set, set, label);
  assert.equal(result.value?.confidence, confidence, label);
}

describe('product-set data', () => {
  it('has 26 sets numbered 1–26 with distinct codes', () => {
    assert.deepEqual(
      PRODUCT_SETS.map((e) => e.set),
      Array.from({ length: 26 }, (_, i) => i + 1),
    );
    assert.equal(new Set(PRODUCT_SETS.map((e) => e.code)).size, 26);
  });
  it('every group points at existing sets', () => {
    for (const group of PRODUCT_GROUPS) for (const set of group.sets) assert.ok(set >= 1 && set <= 26);
  });
  it('every set name and variant resolves to its own set, exactly', () => {
    for (const entry of PRODUCT_SETS) {
      for (const name of [entry.name, ...entry.variants]) expectSet(name, entry.set, 'exact', name);
    }
  });
  it('every code resolves to its own set', () => {
    for (const entry of PRODUCT_SETS) expectSet(entry.code, entry.set, 'exact', entry.code);
  });
});

describe('parseProductSet: number, code and exact name', () => {
  const cases: [unknown, number][] = [
    [7, 7],
    [7.0, 7],
    ['7', 7],
    ['Bộ 7', 7],
    ['bộ sản phẩm số 12', 12],
    ['I.3.c', 7],
    ['i.3.c', 7],
    ['I3c', 7],
    ['I-3-c', 7],
    ['I.6', 13],
    ['Hoa', 23],
    ['III.1', 18],
    ['VI.1', 26],
    ['VI', 26],
    ['Chế biến từ rau, củ, quả, hạt', 7],
    ['CHẾ BIẾN TỪ RAU, CỦ, QUẢ, HẠT', 7],
    ['Tinh dầu và thảo dược khác', 20],
    ['Thịt, thuỷ sản, trứng, sữa tươi', 2],
    ['Gia vị khác', 10],
    ['7. Chế biến từ rau, củ, quả, hạt', 7],
    ['I.3.c - Chế biến từ rau, củ, quả, hạt', 7],
    ['12 - Trà', 12],
  ];
  for (const [label, input, set] of addNfdTwins(cases))
    it(label, () => expectSet(input, set, 'exact', label));
});

describe('parseProductSet: accent-insensitive and fuzzy names', () => {
  const cases: [unknown, number][] = [
    ['che bien tu rau cu qua hat', 7],
    ['Rau củ quả tươi', 1],
    ['rau cu qua tuoi', 1],
    ['Chè', 11],
    ['Trà', 12],
    ['Cà phê', 13],
    ['cacao', 13],
    ['Ca cao', 13],
    ['Nước mắm', 9],
    ['Mỹ phẩm', 19],
    ['cay canh', 24],
    ['Vải', 22],
    ['Du lịch', 26],
    ['Dịch vụ du lịch cộng đồng', 26],
    ['tinh dau va thao duoc khac', 20],
    ['Rượu', 14],
  ];
  for (const [label, input, set] of addNfdTwins(cases))
    it(label, () => expectSet(input, set, 'fuzzy', label));
});

describe('parseProductSet lists candidates when a name fits several sets', () => {
  const cases: [string, number[]][] = [
    ['Gia vị', [9, 10]],
    ['Rau củ quả', [1, 7]],
    ['Thịt', [2, 8]],
    ['Đồ uống', [14, 15, 16, 17]],
    ['Sinh vật cảnh', [23, 24, 25]],
    ['Thảo dược', [18, 19, 20]],
    ['Nông sản chế biến', [7, 8]],
    ['I.5', [11, 12]],
    ['Thực phẩm', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]],
  ];
  for (const [label, input, sets] of addNfdTwins(cases)) {
    it(label, () => {
      const result = parseProductSet(input);
      assert.equal(result.ok, false, label);
      if (result.ok) return;
      assert.equal(result.code, 'AMBIGUOUS');
      assert.deepEqual(
        [...(result.candidates ?? [])].sort((a, b) => a - b),
        sets,
      );
      for (const set of sets) assert.ok(result.message.vi.includes(`${set} (`), `${label} lists ${set}`);
    });
  }
});

describe('parseProductSet refuses unknown or contradictory sets', () => {
  const cases: [unknown, string][] = [
    [0, 'OUT_OF_RANGE'],
    [27, 'OUT_OF_RANGE'],
    ['27', 'OUT_OF_RANGE'],
    [7.5, 'OUT_OF_RANGE'],
    ['xyz', 'UNRECOGNISED'],
    ['Ô tô', 'UNRECOGNISED'],
    ['I.7', 'UNRECOGNISED'],
    ['7 - Rau củ quả tươi', 'AMBIGUOUS'],
    ['=VLOOKUP(A2,B:C,2)', 'FORMULA'],
  ];
  for (const [label, input, code] of addNfdTwins(cases)) {
    it(label, () => {
      const result = parseProductSet(input);
      assert.ok(!result.ok && result.code === code, `${label}: ${JSON.stringify(result)}`);
    });
  }
  it('empty is null', () => assert.deepEqual(parseProductSet(''), { ok: true, value: null }));
});
