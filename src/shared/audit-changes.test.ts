// An audit row's snapshots read as "field: before → after" in both languages: enum
// ids in words, dates as dd/mm/yyyy, yes/no, long texts shortened, other objects by
// their names, personal fields only as changed, unchanged fields left out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeChanges, type NameOf, refsOf, sameRows, sameValue } from './audit-changes.ts';
import type { AuditChange } from './audit-events.ts';
import { AUDIT_FIELDS } from './audit-fields.ts';
import { createProducerBody, createProductBody } from './contracts/registry-write.ts';
import { createUserBody } from './contracts/users.ts';

const NAMES: Record<string, string> = {
  'admin_unit:vn-2tier-2025:14758': 'Phường Hàm Rồng, Tỉnh Thanh Hóa',
  'admin_unit:vn-2tier-2025:03910': 'Xã Phù Yên, Tỉnh Sơn La',
  'producer:11111111-1111-4111-8111-111111111111': 'Hợp tác xã Nem chua Thành Sen',
};
const nameOf: NameOf = (type, id) => NAMES[`${type}:${id}`];
const lines = (changes: AuditChange[], lang: 'vi' | 'en') =>
  changes.map((c) =>
    c.before
      ? `${c.label[lang]}: ${c.before[lang]} → ${c.after?.[lang]}`
      : `${c.label[lang]}: ${c.after?.[lang]}`,
  );

describe('readable changes', () => {
  it('a producer update: legal type through the vocabulary, dates as dd/mm/yyyy, the commune by name', () => {
    const changes = describeChanges(
      'producer.updated',
      {
        legalType: 'household',
        registrationDate: null,
        unitId: 'vn-2tier-2025:14758',
        phone: '0912 000 000',
      },
      {
        legalType: 'cooperative',
        registrationDate: '2026-06-19',
        unitId: 'vn-2tier-2025:03910',
        unitVersionId: 'vn-2tier-2025',
        scopeCommuneId: 'vn-2tier-2025:03910',
        phone: '0912 000 000',
      },
      nameOf,
    );
    assert.deepEqual(lines(changes, 'vi'), [
      'Loại hình: Hộ kinh doanh có đăng ký → Hợp tác xã',
      'Ngày đăng ký: (trống) → 19/06/2026',
      'Xã/phường: Phường Hàm Rồng, Tỉnh Thanh Hóa → Xã Phù Yên, Tỉnh Sơn La',
    ]);
    assert.deepEqual(lines(changes, 'en'), [
      'Legal type: Registered household business → Cooperative',
      'Registration date: (empty) → 19 Jun 2026',
      'Commune or ward: Phường Hàm Rồng, Tỉnh Thanh Hóa → Xã Phù Yên, Tỉnh Sơn La',
    ]);
  });

  it('personal fields: only that they changed, never a value or a digest', () => {
    const changes = describeChanges(
      'producer.updated',
      {
        representativeEthnicity: { $personal: 'before.representativeEthnicity' },
        representativeDisability: { $personal: 'before.representativeDisability' },
      },
      {
        representativeEthnicity: { $personal: 'after.representativeEthnicity' },
        representativeDisability: { $personal: 'after.representativeDisability' },
      },
      nameOf,
    );
    assert.deepEqual(lines(changes, 'vi'), [
      'Dân tộc người đại diện: đã thay đổi',
      'Người đại diện là người khuyết tật: đã thay đổi',
    ]);
    assert.deepEqual(lines(changes, 'en')[0], 'Representative’s ethnicity: changed');
    assert.ok(changes.every((c) => c.personal && c.before === null));
    assert.ok(!JSON.stringify(changes).includes('$personal'));
  });

  it('a creation lists the values given, booleans as Có/Không, long texts shortened, ids hidden', () => {
    const story =
      'Nem chua được làm từ thịt lợn mán nuôi thả trên đồi, gói trong lá chuối và lá ổi theo cách của người Hàm Rồng từ nhiều đời.';
    const changes = describeChanges(
      'product.created',
      null,
      {
        producerId: '11111111-1111-4111-8111-111111111111',
        name: 'Nem chua Hàm Rồng',
        productSet: 8,
        story,
        ipStatus: 'application_filed',
        standards: ['VietGAP', 'TCVN 7049'],
      },
      nameOf,
    );
    assert.deepEqual(lines(changes, 'vi'), [
      'Chủ thể: Hợp tác xã Nem chua Thành Sen',
      'Tên sản phẩm: Nem chua Hàm Rồng',
      'Bộ sản phẩm: 8. Chế biến từ thịt, thủy sản, trứng, sữa, mật ong',
      `Câu chuyện sản phẩm: ${story.slice(0, 79).trimEnd()}…`,
      'Tiêu chuẩn áp dụng: VietGAP, TCVN 7049',
      'Sở hữu trí tuệ: Đã nộp đơn',
    ]);
    const code = describeChanges(
      'product.code_issued',
      null,
      { code: '38-14758-1-2026', rule: 'qd26-2026', verifiedRule: false },
      nameOf,
    );
    assert.deepEqual(lines(code, 'vi').slice(-1), ['Quy tắc đã đối chiếu văn bản: Không']);
    assert.deepEqual(lines(code, 'en').slice(-1), ['Rule checked against the text: No']);
  });

  it('leaves out fields whose value did not change (rows written before no-op saves were skipped)', () => {
    const changes = describeChanges(
      'product.updated',
      { name: 'Nem chua', standards: ['VietGAP'], gtin: null },
      { name: 'Nem chua', standards: ['VietGAP'], gtin: undefined as never },
      nameOf,
    );
    assert.deepEqual(changes, []);
  });

  it('a self-assessment save: one line per criterion, "mức 2 → mức 3", then facts, total and star (the table’s order, not the snapshot’s)', () => {
    const changes = describeChanges(
      'self_assessment.saved',
      { assessmentId: 'x', answers: { '5.b': 2, '1.1': null, '10.2': 1 }, total: 60, stars: 3 },
      {
        assessmentId: 'x',
        answers: { '5.b': 3, '1.1': 0, '10.2': 1 },
        total: 64.5,
        stars: 4,
        facts: { hasStory: true },
      },
      nameOf,
    );
    assert.deepEqual(lines(changes, 'vi'), [
      'Tiêu chí 1.1: chưa trả lời → chưa đáp ứng mức nào',
      'Tiêu chí 5.b: mức 2 → mức 3',
      'Sản phẩm có câu chuyện: Có',
      'Tổng điểm: 60 → 64,5',
      'Hạng sao: 3 sao → 4 sao',
    ]);
    assert.equal(lines(changes, 'en')[1], 'Criterion 5.b: level 2 → level 3');
    assert.equal(changes[1].field, 'answers.5.b');
  });

  it('a settled mapping names the successor unit and says the confidence in words', () => {
    const changes = describeChanges(
      'admin_unit_mapping.settled',
      { newUnitId: null, confidence: 'unresolved', note: '' },
      {
        newUnitId: 'vn-2tier-2025:03910',
        confidence: 'manual',
        note: 'Thị trấn Phù Yên nhập vào Xã Phù Yên',
      },
      nameOf,
    );
    assert.deepEqual(lines(changes, 'vi'), [
      'Đơn vị kế thừa: (trống) → Xã Phù Yên, Tỉnh Sơn La',
      'Độ tin cậy: Chưa xác định → Đã xác nhận thủ công',
      'Ghi chú: (trống) → Thị trấn Phù Yên nhập vào Xã Phù Yên',
    ]);
  });

  it('a mapping settled over the reconciler’s note words that note in the reader’s language', () => {
    const changes = describeChanges(
      'admin_unit_mapping.settled',
      {
        newUnitId: null,
        confidence: 'unresolved',
        notePhrases: [
          { code: 'no_source_row', old: { code: '03898', name: 'Thị trấn Phù Yên' } },
          { code: 'stated_by_rows', n: 2 },
        ],
        note: '',
      },
      { newUnitId: null, confidence: 'unresolved', note: 'Chưa có căn cứ' },
      nameOf,
    );
    assert.deepEqual(lines(changes, 'vi'), [
      'Ghi chú của bước đối chiếu dữ liệu: nguồn không có dòng chuyển đổi nào cho Thị trấn Phù Yên (03898); 2 dòng nguồn cùng ghi cặp này → (trống)',
      'Ghi chú: (trống) → Chưa có căn cứ',
    ]);
    assert.equal(
      lines(changes, 'en')[0],
      'Note of the data reconciliation: no mapping row in source for 03898 Thị trấn Phù Yên; stated by 2 source rows → (empty)',
    );
  });

  it('an account: its roles with where they apply; a unit or producer gone is said so', () => {
    const changes = describeChanges(
      'user.created',
      null,
      {
        email: 'xa@test.vn',
        fullName: 'Lê Thị Hoa',
        grants: [
          { role: 'commune_officer', scopeKind: 'unit', unitId: 'vn-2tier-2025:14758' },
          { role: 'producer', scopeKind: 'producer', producerId: '22222222-2222-4222-8222-222222222222' },
          { role: 'system_admin', scopeKind: 'nation' },
        ],
      },
      nameOf,
    );
    assert.deepEqual(
      lines(changes, 'vi')[2],
      'Vai trò được giao: Cán bộ cấp xã — Phường Hàm Rồng, Tỉnh Thanh Hóa; Chủ thể OCOP — (không còn tồn tại); Quản trị hệ thống — Toàn quốc',
    );
    assert.match(lines(changes, 'en')[2], /— \(no longer exists\);/);
  });

  it('workforce and papers compare as sets: the same rows in another order are no change', () => {
    const a = [
      { unitId: 'vn-2tier-2025:14758', workers: 12, asOf: '2026-06-30' },
      { unitId: 'vn-2tier-2025:03910', workers: 3, asOf: '2026-06-30' },
    ];
    assert.ok(sameRows(a, [a[1], a[0]]));
    assert.ok(!sameRows(a, [a[0]]));
    assert.deepEqual(
      describeChanges('producer.updated', { workforce: a }, { workforce: [a[1], a[0]] }, nameOf),
      [],
    );
    const moved = describeChanges('producer.updated', { workforce: [a[0]] }, { workforce: a }, nameOf);
    assert.equal(
      lines(moved, 'vi')[0],
      'Lao động theo nơi cư trú: 12 người ở Phường Hàm Rồng, Tỉnh Thanh Hóa (30/06/2026) → 12 người ở Phường Hàm Rồng, Tỉnh Thanh Hóa (30/06/2026); 3 người ở Xã Phù Yên, Tỉnh Sơn La (30/06/2026)',
    );
    assert.ok(sameValue({ a: 1, b: null }, { a: 1 }));
    assert.ok(!sameValue({ a: 1 }, { a: 2 }));
  });

  it('asks for the names of every object the values point at', () => {
    const refs = refsOf('user.created', null, {
      grants: [
        { role: 'producer', scopeKind: 'producer', producerId: 'p1' },
        { role: 'commune_officer', scopeKind: 'unit', unitId: 'u1' },
      ],
    });
    assert.deepEqual(refs, [
      { type: 'producer', id: 'p1' },
      { type: 'admin_unit', id: 'u1' },
    ]);
    assert.deepEqual(refsOf('admin_unit_mapping.settled', { newUnitId: null }, { newUnitId: 'u2' }), [
      { type: 'admin_unit', id: 'u2' },
    ]);
  });

  it('names every field the contracts accept (none shown by its key)', () => {
    const keys = (s: { shape: Record<string, unknown> }) => Object.keys(s.shape);
    for (const k of keys(createProducerBody)) assert.ok(k in AUDIT_FIELDS.producer, `producer.${k}`);
    for (const k of keys(createProductBody)) assert.ok(k in AUDIT_FIELDS.product, `product.${k}`);
    for (const k of keys(createUserBody).filter((k) => k !== 'password'))
      assert.ok(k in AUDIT_FIELDS.user, `user.${k}`);
    for (const table of Object.values(AUDIT_FIELDS))
      for (const [key, f] of Object.entries(table))
        if (f.kind !== 'hidden') assert.ok(f.vi && f.en && f.vi !== key, `${key} has words`);
  });
});
