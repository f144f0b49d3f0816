import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  reconcileCommuneMap,
  type ReconcileInput,
  type ReconcileResult,
  type ReconciledRow,
  type SourceMappingRow,
} from './reconcile.ts';
import { renderMappingNote } from '../../shared/mapping-notes.ts';

// A small made-up world: three old provinces, two new ones (Yên Bái merged into
// Lào Cai). Names are real-looking so accent and prefix handling is exercised.
const BASE: Omit<ReconcileInput, 'mappingRows'> = {
  oldProvinces: [
    { code: '10', name: 'Tỉnh Lào Cai' },
    { code: '15', name: 'Tỉnh Yên Bái' },
    { code: '20', name: 'Tỉnh Lạng Sơn' },
  ],
  oldDistricts: [
    { code: '080', name: 'Thành phố Lào Cai', provinceCode: '10' },
    { code: '132', name: 'Thành phố Yên Bái', provinceCode: '15' },
    { code: '133', name: 'Huyện Trấn Yên', provinceCode: '15' },
    { code: '178', name: 'Thành phố Lạng Sơn', provinceCode: '20' },
  ],
  oldCommunes: [
    { code: '02650', name: 'Phường Duyên Hải', districtCode: '080', provinceCode: '10' },
    { code: '02653', name: 'Phường Phố Mới', districtCode: '080', provinceCode: '10' },
    { code: '04249', name: 'Phường Yên Ninh', districtCode: '132', provinceCode: '15' },
    { code: '04250', name: 'Phường Minh Tân', districtCode: '132', provinceCode: '15' },
    { code: '04400', name: 'Xã Tân Phú', districtCode: '133', provinceCode: '15' },
    { code: '05977', name: 'Phường Hoàng Văn Thụ', districtCode: '178', provinceCode: '20' },
    { code: '05980', name: 'Xã An Phú', districtCode: '178', provinceCode: '20' },
  ],
  newProvinces: [
    { code: '15', name: 'Lào Cai' },
    { code: '20', name: 'Lạng Sơn' },
  ],
  newCommunes: [
    { code: '02650', name: 'Phường Lào Cai', provinceCode: '15' },
    { code: '04249', name: 'Phường Yên Bái', provinceCode: '15' },
    { code: '01234', name: 'Xã An Phú', provinceCode: '15' },
    { code: '04400', name: 'Xã Tân Phú', provinceCode: '15' },
    { code: '04410', name: 'Phường Tân Phú', provinceCode: '15' },
    { code: '05977', name: 'Phường Lương Văn Tri', provinceCode: '20' },
    { code: '05990', name: 'Xã An Phú', provinceCode: '20' },
  ],
};

const LAO_CAI = { newProvinceName: 'Lào Cai' };
const LANG_SON = { newProvinceName: 'Lạng Sơn' };
/** Settles old Lạng Sơn → new Lạng Sơn by code, so the province map has evidence. */
const LANG_SON_ANCHOR: SourceMappingRow = {
  ref: 'anchor',
  oldCode: '05977',
  newCode: '05977',
  newName: 'Phường Lương Văn Tri',
  ...LANG_SON,
};

function run(rows: SourceMappingRow[]): ReconcileResult {
  return reconcileCommuneMap({ ...BASE, mappingRows: rows });
}

/** A row's note in English words, as RECONCILIATION.md quotes it. */
const en = (row: ReconciledRow) => renderMappingNote(row.note, 'en');
const codesOf = (row: ReconciledRow) => row.note.map((p) => p.code);

function findRow(result: ReconcileResult, oldCode: string | null, newCode: string | null): ReconciledRow {
  const row = result.rows.find((r) => r.oldCode === oldCode && r.newCode === newCode);
  assert.ok(row, `no row ${oldCode} → ${newCode} in ${JSON.stringify(result.rows)}`);
  return row;
}

test('confidence per resolution path', () => {
  const cases: {
    name: string;
    row: SourceMappingRow;
    oldCode: string | null;
    newCode: string | null;
    confidence: string;
    noteHas: string;
    phrase: string;
  }[] = [
    {
      name: 'exact codes',
      row: { oldCode: '02650', newCode: '02650', newName: 'Phường Lào Cai', ...LAO_CAI },
      oldCode: '02650',
      newCode: '02650',
      confidence: 'exact_code',
      noteHas: 'codes as given',
      phrase: 'codes_as_given',
    },
    {
      name: 'new code needs padding',
      row: { oldCode: '04250', newCode: '1234', newName: 'Xã An Phú', ...LAO_CAI },
      oldCode: '04250',
      newCode: '01234',
      confidence: 'padded_code',
      noteHas: 'new code 1234 padded to 01234',
      phrase: 'new_code_padded',
    },
    {
      name: 'old code needs padding',
      row: { oldCode: '2650', newCode: '02650', newName: 'Phường Lào Cai', ...LAO_CAI },
      oldCode: '02650',
      newCode: '02650',
      confidence: 'padded_code',
      noteHas: 'old code 2650 padded to 02650',
      phrase: 'old_code_padded',
    },
    {
      name: 'missing old code resolved by name in its district',
      row: {
        oldName: 'phường Minh Tân',
        oldDistrictName: 'TP. Yên Bái',
        oldProvinceName: 'Tỉnh Yên Bái',
        newCode: '04249',
        newName: 'Phường Yên Bái',
        ...LAO_CAI,
      },
      oldCode: '04250',
      newCode: '04249',
      confidence: 'by_name',
      noteHas: 'found by name in district 132',
      phrase: 'old_found_by_name',
    },
    {
      name: 'new code of another province is ignored',
      row: { oldCode: '05977', newCode: '04249', newName: 'Phường Lương Văn Tri', ...LANG_SON },
      oldCode: '05977',
      newCode: '05977',
      confidence: 'by_name',
      noteHas: 'code ignored',
      phrase: 'new_code_other_province_and_name',
    },
    {
      name: 'no mapping target found',
      row: { oldCode: '02653', newCode: '99999', newName: 'Phường Không Có', ...LAO_CAI },
      oldCode: '02653',
      newCode: null,
      confidence: 'unresolved',
      noteHas: 'no new commune named "Phường Không Có"',
      phrase: 'new_name_missing',
    },
  ];
  for (const c of cases) {
    const result = run([{ ref: 'r1', ...c.row }]);
    const row = findRow(result, c.oldCode, c.newCode);
    assert.equal(row.confidence, c.confidence, c.name);
    assert.ok(en(row).includes(c.noteHas), `${c.name}: note "${en(row)}"`);
    assert.ok(codesOf(row).includes(c.phrase as never), `${c.name}: phrases ${codesOf(row)}`);
    assert.deepEqual(row.sourceRefs, ['r1'], c.name);
  }
});

test('by-name fallback is limited to the new province the old province maps to', () => {
  // "Xã An Phú" exists in new Lào Cai (01234) and new Lạng Sơn (05990); the old
  // commune is in Lạng Sơn, so only 05990 may match, even though the row itself
  // (wrongly) names Lào Cai.
  const result = run([
    LANG_SON_ANCHOR,
    { ref: 'r2', oldCode: '05980', newCode: '88888', newName: 'Xã An Phú', ...LAO_CAI },
  ]);
  const row = findRow(result, '05980', '05990');
  assert.equal(row.confidence, 'by_name');
  assert.match(en(row), /searched the mapped province 20/);
  assert.equal(
    result.rows.some((r) => r.newCode === '01234'),
    false,
  );
});

test('an ambiguous name stays unresolved and lists the candidates', () => {
  const result = run([{ ref: 'r3', oldCode: '04400', newName: 'Tân Phú', ...LAO_CAI }]);
  const row = findRow(result, '04400', null);
  assert.equal(row.confidence, 'unresolved');
  assert.match(en(row), /ambiguous/);
  assert.match(en(row), /04400 Xã Tân Phú/);
  assert.match(en(row), /04410 Phường Tân Phú/);
  assert.deepEqual(row.note, [
    { code: 'new_code_missing' },
    {
      code: 'new_name_ambiguous',
      name: 'Tân Phú',
      place: { kind: 'new_province', province: { code: '15', name: 'Lào Cai' } },
      candidates: [
        { code: '04400', name: 'Xã Tân Phú' },
        { code: '04410', name: 'Phường Tân Phú' },
      ],
    },
  ]);
  assert.ok(result.report.unresolved.includes(row));
});

test('a name with its type prefix picks the one candidate of that type', () => {
  const result = run([{ ref: 'r4', oldCode: '04400', newName: 'Phường Tân Phú', ...LAO_CAI }]);
  assert.equal(findRow(result, '04400', '04410').confidence, 'by_name');
});

test('a split commune yields one partial row per piece', () => {
  const result = run([
    { ref: 's1', oldCode: '02653', newCode: '02650', newName: 'Phường Lào Cai', ...LAO_CAI },
    { ref: 's2', oldCode: '02653', newCode: '04249', newName: 'Phường Yên Bái', ...LAO_CAI },
    { ref: 'w', oldCode: '02650', newCode: '02650', newName: 'Phường Lào Cai', ...LAO_CAI },
  ]);
  assert.equal(findRow(result, '02653', '02650').partial, true);
  assert.equal(findRow(result, '02653', '04249').partial, true);
  assert.equal(findRow(result, '02650', '02650').partial, false);
  assert.equal(result.report.partialRows, 2);
});

test('province map follows the majority of commune rows and reports the conflict', () => {
  const result = run([
    { ref: 'p1', oldCode: '04249', newCode: '04249', newName: 'Phường Yên Bái', ...LAO_CAI },
    { ref: 'p2', oldCode: '04250', newCode: '01234', newName: 'Xã An Phú', ...LAO_CAI },
    { ref: 'p3', oldCode: '04400', newCode: '05977', newName: 'Phường Lương Văn Tri', ...LANG_SON },
    LANG_SON_ANCHOR,
  ]);
  const yenBai = result.provinceMap.find((p) => p.oldCode === '15');
  assert.deepEqual(yenBai, {
    oldCode: '15',
    newCode: '15',
    votes: { 15: 2, 20: 1 },
    basis: 'communes',
    conflict: true,
  });
  assert.deepEqual(
    result.report.provinceConflicts.map((p) => p.oldCode),
    ['15'],
  );
  assert.match(en(findRow(result, '04400', '05977')), /crosses the province map/);
  // Old Lào Cai has no commune rows: it falls back to its name.
  assert.deepEqual(
    result.provinceMap.find((p) => p.oldCode === '10'),
    { oldCode: '10', newCode: '15', votes: { 15: 0 }, basis: 'name', conflict: false },
  );
  assert.equal(result.provinceMap.length, 3);
});

test('old communes without any source row become unresolved rows with no new code', () => {
  const result = run([LANG_SON_ANCHOR]);
  const row = findRow(result, '05980', null);
  assert.equal(row.confidence, 'unresolved');
  assert.match(en(row), /no mapping row in source/);
  assert.match(en(row), /same name in new province 20: 05990 Xã An Phú/);
  assert.deepEqual(row.note, [
    { code: 'no_source_row', old: { code: '05980', name: 'Xã An Phú' } },
    { code: 'same_name_in_new_province', province: '20', candidates: [{ code: '05990', name: 'Xã An Phú' }] },
  ]);
  assert.deepEqual(row.sourceRefs, []);
  assert.ok(result.report.oldWithoutMapping.includes('05980'));
  assert.equal(result.report.oldWithoutMapping.includes('05977'), false);
  assert.equal(result.rows.filter((r) => r.oldCode !== null).length, BASE.oldCommunes.length);
});

test('duplicates, rows without an old commune, and missing new codes are reported', () => {
  const result = run([
    { ref: 'd1', oldCode: '02650', newCode: '02650', newName: 'Phường Lào Cai', ...LAO_CAI },
    { ref: 'd2', oldCode: '02650', newCode: '02650', newName: 'Phường Lào Cai', ...LAO_CAI },
    { ref: 'z', oldCode: '', oldName: null, newCode: '04410', newName: 'Phường Tân Phú', ...LAO_CAI },
    { ref: 'm', oldCode: '02653', newCode: '777', newName: 'Phường Lào Cai', ...LAO_CAI },
  ]);
  assert.deepEqual(result.report.duplicates, [
    { oldCode: '02650', newCode: '02650', sourceRefs: ['d1', 'd2'] },
  ]);
  assert.equal(result.rows.filter((r) => r.oldCode === '02650').length, 1);
  const orphan = findRow(result, null, '04410');
  assert.equal(orphan.confidence, 'unresolved');
  assert.match(en(orphan), /names no old commune/);
  assert.deepEqual(result.report.missingNewCodes, [
    {
      code: '777',
      name: 'Phường Lào Cai',
      provinceName: 'Lào Cai',
      sourceRefs: ['m'],
      resolvedTo: '02650',
      confidence: 'by_name',
    },
  ]);
  assert.deepEqual(
    new Set(result.report.issues.map((i) => i.kind)),
    new Set(['old_row_without_commune', 'new_code_not_found']),
  );
});

test('counts add up and output does not depend on source row order', () => {
  const rows: SourceMappingRow[] = [
    LANG_SON_ANCHOR,
    { ref: 'a', oldCode: '04249', newCode: '04249', newName: 'Phường Yên Bái', ...LAO_CAI },
    { ref: 'b', oldCode: '04250', newCode: '1234', newName: 'Xã An Phú', ...LAO_CAI },
    { ref: 'c', oldCode: '04400', newName: 'Tân Phú', ...LAO_CAI },
  ];
  const forward = run(rows);
  const backward = run([...rows].reverse());
  assert.deepEqual(backward.rows, forward.rows);
  assert.deepEqual(backward.provinceMap, forward.provinceMap);
  const total = Object.values(forward.report.countsByConfidence).reduce((a, b) => a + b, 0);
  assert.equal(total, forward.rows.length);
});

test('an unknown old province name is searched only among provinces merged into the stated new one', () => {
  // "Phong Điền" is a district of old Huế (46) and of Cần Thơ (92). The source
  // calls the old province by its new name, "Thành phố Huế", which the old list
  // does not know; a commune found only in Cần Thơ's Phong Điền must not match.
  const input: ReconcileInput = {
    oldProvinces: [
      { code: '46', name: 'Tỉnh Thừa Thiên Huế' },
      { code: '92', name: 'Thành phố Cần Thơ' },
    ],
    oldDistricts: [
      { code: '476', name: 'Huyện Phong Điền', provinceCode: '46' },
      { code: '926', name: 'Huyện Phong Điền', provinceCode: '92' },
    ],
    oldCommunes: [
      { code: '19819', name: 'Xã Phong Thu', districtCode: '476', provinceCode: '46' },
      { code: '31299', name: 'Thị trấn Phong Điền', districtCode: '926', provinceCode: '92' },
    ],
    newProvinces: [
      { code: '46', name: 'Thành phố Huế' },
      { code: '92', name: 'Thành phố Cần Thơ' },
    ],
    newCommunes: [
      { code: '19819', name: 'Phường Phong Điền', provinceCode: '46' },
      { code: '31299', name: 'Xã Phong Điền', provinceCode: '92' },
    ],
    mappingRows: [
      {
        ref: 'code46',
        oldCode: '19819',
        newCode: '19819',
        newName: 'Phường Phong Điền',
        newProvinceName: 'Thành phố Huế',
      },
      {
        ref: 'code92',
        oldCode: '31299',
        newCode: '31299',
        newName: 'Xã Phong Điền',
        newProvinceName: 'Thành phố Cần Thơ',
      },
      {
        ref: 'thu',
        oldName: 'Xã Phong Thu',
        oldDistrictName: 'Thị xã Phong Điền',
        oldProvinceName: 'Thành phố Huế',
        newCode: '19819',
        newName: 'Phường Phong Điền',
        newProvinceName: 'Thành phố Huế',
      },
      {
        ref: 'tt',
        oldName: 'Thị trấn Phong Điền',
        oldDistrictName: 'Thị xã Phong Điền',
        oldProvinceName: 'Thành phố Huế',
        newCode: '19819',
        newName: 'Phường Phong Điền',
        newProvinceName: 'Thành phố Huế',
      },
    ],
  };
  const result = reconcileCommuneMap(input);
  const thu = findRow(result, '19819', '19819');
  assert.deepEqual(thu.sourceRefs, ['code46', 'thu']);
  const tt = result.rows.find((r) => r.sourceRefs.includes('tt'));
  assert.ok(tt);
  assert.equal(tt.oldCode, null);
  assert.equal(tt.confidence, 'unresolved');
  assert.match(en(tt), /old province "Thành phố Huế" unknown, searched those merged into 46/);
  assert.equal(
    result.report.issues.some((i) => i.kind === 'cross_province'),
    false,
  );
});
