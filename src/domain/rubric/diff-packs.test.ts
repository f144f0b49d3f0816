import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { diffPacks } from './diff-packs.ts';
import type { RubricPack } from './pack.ts';

const load = (id: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../resources/rubrics/${id}.json`, import.meta.url), 'utf8'),
  ) as RubricPack;
const qd26 = load('qd26-2026');

it('a version compared with itself has no changes', () => assert.deepEqual(diffPacks(qd26, qd26), []));

it('names a re-pointed option, a moved marker, a new criterion and a changed part cap', () => {
  const next = structuredClone(qd26);
  const set7 = next.sets[6];
  const c = set7.parts[0].sections[0].criteria[0];
  c.options[0].points = 2;
  c.options[0].minStar = 4;
  set7.parts[0].sections[0].criteria.push({ ...structuredClone(c), code: '1.9', title: 'Tiêu chí mới' });
  set7.parts[2].maxPoints = 40;
  const kinds = diffPacks(qd26, next).map((d) => `${d.set}:${d.kind}`);
  assert.deepEqual(kinds.sort(), [
    '7:criterion_added',
    '7:markers_changed',
    '7:options_changed',
    '7:part_cap',
  ]);
});

it('QĐ 148 → 26/2026 on set 7 shows the raw-material split the law made (DOMAIN.md §2)', () => {
  const changes = diffPacks(load('qd148-2023'), qd26).filter((d) => d.set === 7);
  // 148 "1.a Nguồn nguyên liệu" (5 points) became 26/2026 "1.1" (3 points) beside a new 1.2 "vùng nguyên liệu" (2 points)
  assert.ok(changes.some((d) => d.kind === 'criterion_added' && d.criterion === '1.2'));
  assert.ok(changes.some((d) => d.kind === 'criterion_removed' && d.criterion === '1.a'));
});
