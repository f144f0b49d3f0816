import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { RubricPack } from './pack.ts';
import { diffPacks } from './diff-packs.ts';
import { validatePack } from './validate-pack.ts';

const load = (id: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../resources/rubrics/${id}.json`, import.meta.url), 'utf8'),
  ) as RubricPack;

describe('the QĐ 26/2026 pack, as printed', () => {
  const pack = load('qd26-2026');
  it('has 26 sets of 100 points in parts A 40 / B 25 / C 35', () => {
    assert.equal(pack.sets.length, 26);
    for (const set of pack.sets)
      assert.deepEqual(
        set.parts.map((p) => [p.code, p.maxPoints]),
        [
          ['A', 40],
          ['B', 25],
          ['C', 35],
        ],
      );
  });
  it('warns exactly about the known misprints of the source', () => {
    const warnings = validatePack(pack).map((w) => `${w.set} ${w.where} ${w.code}`);
    assert.deepEqual(warnings, [
      '3 5.1 MARKER_IN_TEXT',
      '4 1.2 OPTION_BLANK',
      '4 7 OPTION_ABOVE_CAP',
      '7 1.2 OPTION_BLANK',
      '10 1.2 OPTION_BLANK',
      '11 1.2 OPTION_BLANK',
      '11 6.1.1 OPTION_ABOVE_CAP',
      '21 6.2 MARKER_IN_TEXT',
      '22 6.2 MARKER_IN_TEXT',
      '26 A PART_TITLE_CAP',
    ]);
  });
  it('gives binary criteria two synthetic options and numbers alternative cases', () => {
    const set7 = pack.sets[6];
    const binary = set7.parts
      .flatMap((p) => p.sections)
      .flatMap((s) => s.criteria)
      .find((c) => c.kind === 'binary')!;
    assert.deepEqual(
      binary.options.map((o) => [o.position, o.text, o.points]),
      [
        [1, 'Không', 0],
        [2, 'Có', binary.maxPoints],
      ],
    );
    const tourism = pack.sets[25].parts
      .flatMap((p) => p.sections)
      .flatMap((s) => s.criteria)
      .find((c) => c.code === '8')!;
    assert.deepEqual([...new Set(tourism.options.map((o) => o.alternativeCase))], [1, 2]);
  });
});

describe('validation of a broken pack', () => {
  it('names caps that do not add up and markers in text', () => {
    const pack = load('qd26-2026');
    const set = structuredClone(pack.sets[0]);
    set.parts[0].sections[0].maxPoints += 1;
    set.parts[1].sections[0].criteria[0].options[0].text += ' ***';
    const codes = validatePack({ ...pack, sets: [set] }).map((w) => w.code);
    assert.ok(
      codes.includes('SECTIONS_SUM') && codes.includes('CRITERIA_SUM') && codes.includes('MARKER_IN_TEXT'),
      codes.join(','),
    );
    assert.deepEqual(
      validatePack({ ...pack, partCaps: { A: 35, B: 25, C: 40 }, sets: [pack.sets[0]] }).map((w) => w.code),
      ['PART_CAP', 'PART_CAP'],
    );
  });
});

describe('the QĐ 148 pack (secondary transcription), as printed with derived codes', () => {
  const pack = load('qd148-2023');
  // the listed gaps, plus letters printed twice in a section (found here, not in the source's list)
  it('warns exactly about the transcription gaps listed with the source, and the repeated letters', () => {
    assert.deepEqual(
      validatePack(pack).map((w) => `${w.set} ${w.where} ${w.code}`),
      [
        '3 7.a CRITERION_CAP_BLANK',
        '3 8.a CRITERION_CAP_BLANK',
        '3 10.a CRITERION_CAP_BLANK',
        '3 12 CRITERION_CAP_BLANK',
        '7 6.d CAP_UNREACHABLE',
        '11 C SECTIONS_SUM',
        '12 C SECTIONS_SUM',
        '13 C SECTIONS_SUM',
        '13 6 LABEL_REPEATED',
        '13 6 LABEL_REPEATED',
        '17 1.d OPTION_BLANK',
        '18 1.b OPTION_BLANK',
        '18 3 LABEL_REPEATED',
        '19 3 LABEL_REPEATED',
      ],
    );
  });
  it('derives codes from the printed labels (1.a, 1.đ, group 6.a with 6.a.1) and merges the two tourism cases', () => {
    const codes = (no: number) =>
      pack.sets[no - 1].parts.flatMap((p) => p.sections).flatMap((s) => s.criteria);
    assert.ok(codes(7).some((c) => c.code === '1.đ'));
    const set11 = codes(11);
    assert.equal(set11.find((c) => c.code === '6.a')?.kind, 'group');
    assert.equal(set11.find((c) => c.code === '6.a.1')?.parent, '6.a');
    const tourism = codes(26).find((c) => c.code === '8')!;
    assert.deepEqual([...new Set(tourism.options.map((o) => o.alternativeCase))], [1, 2]);
    assert.ok(
      codes(7).some((c) => c.minStar === 4),
      'the intellectual-property marker sits on the criterion',
    );
  });
});

describe('the corrected QĐ 26/2026 version (separate, unverified)', () => {
  const printed = load('qd26-2026');
  const corrected = load('qd26-2026-corrected');
  it('is its own unverified version whose corrections clear every warning of the printed one', () => {
    assert.equal(corrected.id, 'qd26-2026-corrected');
    assert.equal(corrected.verified, false);
    assert.deepEqual(validatePack(corrected), []);
  });
  it('differs from the printed version exactly in the listed corrections', () => {
    assert.deepEqual(
      diffPacks(printed, corrected)
        .map((d) => `${d.set} ${d.kind} ${'criterion' in d ? d.criterion : ''}`)
        .sort(),
      [
        '10 options_changed 1.2',
        '11 options_changed 1.2',
        '11 options_changed 6.1.1',
        '21 markers_changed 6.2',
        '22 markers_changed 6.2',
        '3 markers_changed 5.1',
        '4 options_changed 1.2',
        '4 options_changed 7',
        '7 options_changed 1.2',
      ],
    );
  });
});
