import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ETHNIC_GROUPS } from './ethnicity-data.ts';
import { parseEthnicity, parseSex, type Sex } from './sex-ethnicity.ts';
import { expectError, expectValue, addNfdTwins } from './test-support.ts';

describe('parseSex', () => {
  const cases: [unknown, Sex | null][] = [
    ['Nam', 'male'],
    ['nam', 'male'],
    ['NAM', 'male'],
    ['Nữ', 'female'],
    ['nữ', 'female'],
    ['NỮ', 'female'],
    ['nu', 'female'],
    ['M', 'male'],
    ['F', 'female'],
    ['male', 'male'],
    ['Female', 'female'],
    ['Nam giới', 'male'],
    ['Nữ giới', 'female'],
    ['Ông', 'male'],
    ['Bà', 'female'],
    ['', null],
    [null, null],
  ];
  for (const [label, input, expected] of addNfdTwins(cases))
    it(label, () => expectValue(parseSex(input), expected, label));
  for (const [label, input] of addNfdTwins([
    ['x', 0],
    ['Nam/Nữ', 0],
    [1, 0],
    ['=IF(A1,"Nam","Nữ")', 0],
  ] as const)) {
    it(`refuses ${label}`, () => assert.equal(parseSex(input).ok, false));
  }
  it('names the text', () => expectError(parseSex('x'), 'UNRECOGNISED', 'x', '“x”'));
});

describe('ethnic group list', () => {
  it('has 54 groups with codes 01–54', () => {
    assert.equal(ETHNIC_GROUPS.length, 54);
    assert.deepEqual(
      ETHNIC_GROUPS.map((g) => g.code),
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });
  it('every canonical name and alias resolves to its own group (no collisions)', () => {
    for (const group of ETHNIC_GROUPS) {
      for (const name of [group.name, ...group.aliases, ...(group.oldAliases ?? [])]) {
        const result = parseEthnicity(name);
        assert.ok(result.ok && result.value?.code === group.code, `${name} → ${JSON.stringify(result)}`);
      }
    }
  });
});

describe('parseEthnicity maps common spellings to the canonical name', () => {
  const cases: [unknown, string][] = [
    ['Kinh', 'Kinh'],
    ['Tày', 'Tày'],
    ['tay', 'Tày'],
    ["H'Mông", 'Mông'],
    ['Hmông', 'Mông'],
    ['HMÔNG', 'Mông'],
    ['Mông', 'Mông'],
    ['H’Mông', 'Mông'],
    ['Thái', 'Thái'],
    ['Mường', 'Mường'],
    ['Khmer', 'Khơ-me'],
    ['Khơ-me', 'Khơ-me'],
    ['Khơ me', 'Khơ-me'],
    ['Ê Đê', 'Ê-đê'],
    ['Ê-đê', 'Ê-đê'],
    ['ede', 'Ê-đê'],
    ['Dao', 'Dao'],
    ['Nùng', 'Nùng'],
    ['Hoa', 'Hoa'],
    ['Gia Rai', 'Gia-rai'],
    ['Jrai', 'Gia-rai'],
    ['Ba Na', 'Ba-na'],
    ['Bahnar', 'Ba-na'],
    ['Sán Dìu', 'Sán Dìu'],
    ['Chăm', 'Chăm'],
    ['Chàm', 'Chăm'],
    ['Xơ Đăng', 'Xơ-đăng'],
    ["K'Ho", 'Cơ-ho'],
    ["M'Nông", 'Mnông'],
    ['Bru - Vân Kiều', 'Bru-Vân Kiều'],
    ['Giẻ Triêng', 'Gié-Triêng'],
    ['dân tộc Tày', 'Tày'],
    ['Dân tộc: Mường', 'Mường'],
    ['Rơ Măm', 'Rơ-măm'],
    ['Ơ Đu', 'Ơ-đu'],
  ];
  for (const [label, input, name] of addNfdTwins(cases)) {
    it(label, () => {
      const result = parseEthnicity(input);
      assert.ok(result.ok && result.value?.name === name, `${label} → ${JSON.stringify(result)}`);
      assert.ok(result.ok && result.note === undefined, `${label}: no note for a current name`);
    });
  }
  for (const [old, name] of [
    ['Mèo', 'Mông'],
    ['Mán', 'Dao'],
    ['Miên', 'Khơ-me'],
  ]) {
    it(`old name ${old} → ${name} with a note`, () => {
      const result = parseEthnicity(old.normalize('NFD'));
      assert.ok(result.ok && result.value?.name === name && result.note?.vi.includes('tên gọi cũ'));
    });
  }
  it('empty is null', () => expectValue(parseEthnicity(' '), null, 'empty'));
  it('refuses names outside the list, naming them', () =>
    expectError(parseEthnicity('Pháp'), 'UNRECOGNISED', 'Pháp', '“Pháp”'));
});
