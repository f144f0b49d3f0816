// Database tests of the foundation, run on PGlite and on PostgreSQL.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { count, eq, sql } from 'drizzle-orm';
import {
  adminUnitScopes,
  adminUnits,
  auditLog,
  auditPersonal,
  producers,
} from '../../src/server/db/schema/index.ts';
import { queryRows } from '../../src/server/db/client.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { AppError } from '../../src/server/core/app-error.ts';
import * as units from '../../src/server/modules/admin-units/admin-units.service.ts';
import {
  type FormerFile,
  loadFormerUnits,
  upgradeMappingNotes,
} from '../../src/server/modules/admin-units/admin-units.loader.ts';
import {
  mappingNoteSearchText,
  renderMappingNote,
  type MappingNote,
} from '../../src/shared/mapping-notes.ts';
import { SYSTEM_ACTOR } from '../../src/server/core/actor.ts';
import { appendAudit, redactPersonal } from '../../src/server/modules/audit/audit.service.ts';
import { exportCheckpoint } from '../../src/server/modules/audit/audit-checkpoint.ts';
import { hashAuditRow } from '../../src/server/modules/audit/audit-hash.ts';
import { verifyAuditChain } from '../../src/server/modules/audit/audit-verify.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';

let tdb: TestDatabase;
let deps: AppDeps;
const admin = {
  id: 'g',
  role: 'system_admin' as const,
  scopeKind: 'nation' as const,
  unitId: null,
  unitLevel: null,
  producerId: null,
  councilId: null,
  roundId: null,
};

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database, mkdtempSync(join(tmpdir(), 'ocop-cp-')));
});
after(() => tdb.drop());

describe(`admin structures (${ENGINE})`, () => {
  it('ships both structures with the official counts', async () => {
    const rows = await queryRows<{ version_id: string; level: string; n: number }>(
      deps.database.db,
      sql`SELECT version_id, level, count(*)::int AS n FROM admin_units WHERE successor_id IS NULL GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    const byKey = Object.fromEntries(rows.map((r) => [`${r.version_id}/${r.level}`, r.n]));
    assert.deepEqual(byKey, {
      'vn-2tier-2025/commune': 3321,
      'vn-2tier-2025/province': 34,
      'vn-3tier/commune': 10051,
      'vn-3tier/district': 696,
      'vn-3tier/province': 63,
    });
    const versions = await units.listVersions(deps);
    assert.deepEqual(
      versions.map((v) => [v.id, v.effectiveFrom, v.effectiveTo, v.current]),
      [
        ['vn-3tier', null, '2025-06-30', false],
        ['vn-2tier-2025', '2025-07-01', null, true],
      ],
    );
  });

  it('holds the former units old lists name, each placed where its successor lies today, loaded once', async () => {
    const former = await queryRows<{
      id: string;
      parent_id: string;
      successor_id: string;
      retired_on: string | null;
      province: string;
      commune: string | null;
      successor_province: string;
      successor_commune: string | null;
    }>(
      deps.database.db,
      sql`SELECT u.id, u.parent_id, u.successor_id, u.retired_on::text AS retired_on,
                 s.current_province_id AS province, s.current_commune_id AS commune,
                 ss.current_province_id AS successor_province, ss.current_commune_id AS successor_commune
          FROM admin_units u JOIN admin_unit_scopes s ON s.unit_id = u.id
          JOIN admin_unit_scopes ss ON ss.unit_id = u.successor_id
          WHERE u.successor_id IS NOT NULL ORDER BY u.id`,
    );
    assert.deepEqual(
      former.map((f) => [f.id, f.parent_id, f.successor_id, f.retired_on]),
      [
        ['vn-3tier:19999', 'vn-3tier:480', 'vn-3tier:19900', '2025-01-01'],
        ['vn-3tier:20032', 'vn-3tier:480', 'vn-3tier:20029', '2025-01-01'],
        ['vn-3tier:405', 'vn-3tier:38', 'vn-3tier:380', null],
      ],
    );
    for (const f of former) {
      assert.equal(f.province, f.successor_province, f.id);
      assert.equal(f.commune, f.successor_commune, f.id);
    }
    // Xã Hương Thọ lies where Phường Long Hồ lies today; Huyện Đông Sơn, a district, at its province only
    assert.ok(former[1].commune?.startsWith('vn-2tier-2025:'));
    assert.equal(former[2].province, 'vn-2tier-2025:38');
    assert.equal(former[2].commune, null);
    assert.deepEqual(await deps.database.db.transaction((tx) => loadFormerUnits(tx)), { added: 0 });
    // a former unit must name units its structure holds, and take a code it leaves free
    const formerFile = (u: Partial<FormerFile['units'][number]>): FormerFile => ({
      structure: 'vn-3tier',
      units: [
        {
          code: '99999',
          level: 'commune',
          type: 'xa',
          name: 'Xã Thử',
          parentCode: '480',
          successorCode: '20029',
          retiredOn: null,
          retiredBy: 'NQ thử',
          ...u,
        },
      ],
    });
    for (const bad of [{ code: '20005' }, { parentCode: '999' }, { successorCode: '480' }])
      await assert.rejects(
        deps.database.db.transaction((tx) => loadFormerUnits(tx, { file: formerFile(bad) })),
        /vn-3tier-former\.json/,
        JSON.stringify(bad),
      );
    // the units list says what took a former unit in
    const huongTra = await units.listUnits(deps, {
      version: 'vn-3tier',
      parent: 'vn-3tier:480',
      page: 1,
      pageSize: 50,
    });
    const huongTho = huongTra.items.find((u) => u.name === 'Xã Hương Thọ');
    assert.equal(huongTho?.former?.successorName, 'Phường Long Hồ');
    assert.equal(huongTra.items.find((u) => u.name === 'Xã Hương Toàn')?.former, null);
  });

  it('finds units accent-insensitively, đ as d', async () => {
    const found = await units.listUnits(deps, { q: 'ham rong', page: 1, pageSize: 5 });
    assert.equal(found.items[0].name, 'Phường Hàm Rồng');
    const dak = await units.listUnits(deps, { q: 'dak lak', level: 'province', page: 1, pageSize: 5 });
    assert.equal(dak.items[0].name, 'Đắk Lắk');
    const nfd = await units.listUnits(deps, {
      q: 'Hàm Rồng'.normalize('NFD').normalize('NFC'),
      page: 1,
      pageSize: 5,
    });
    assert.equal(nfd.total >= 1, true);
  });

  it('lists children of a parent and refuses an unknown structure', async () => {
    const communes = await units.listUnits(deps, { parent: unit('22'), page: 1, pageSize: 500 });
    assert.ok(communes.total > 40 && communes.items.every((u) => u.level === 'commune'));
    await assert.rejects(
      units.listUnits(deps, { version: 'vn-1900', page: 1, pageSize: 5 }),
      (e: unknown) => e instanceof AppError && e.code === 'STRUCTURE_NOT_FOUND',
    );
  });

  it('maps an old commune to its successor, or only to the province when ambiguous', async () => {
    const exact = await units.currentOfOld(deps, 'vn-3tier:00001', 'vi');
    assert.equal(exact.resolved?.id, unit('00097'));
    assert.equal(exact.currentProvince?.id, unit('01'));
    const split = await units.currentOfOld(deps, 'vn-3tier:00166', 'vi');
    assert.equal(split.resolved, null);
    assert.ok(split.candidates.length >= 2 && split.candidates.every((c) => c.partial));
    assert.equal(split.currentProvince?.id, unit('01'));
    const unresolved = await units.currentOfOld(deps, 'vn-3tier:03898', 'vi');
    assert.equal(unresolved.resolved, null);
    assert.equal(unresolved.currentProvince?.name.includes('Sơn La'), true);
  });

  it('every old unit resolves at least to a current province', async () => {
    const [row] = await deps.database.db
      .select({ n: count() })
      .from(adminUnitScopes)
      .innerJoin(adminUnits, eq(adminUnits.id, adminUnitScopes.unitId))
      .where(sql`${adminUnitScopes.currentProvinceId} IS NULL`);
    assert.equal(row.n, 0);
  });

  it('settling a mapping moves records of the old unit into the new commune, with an audit row', async () => {
    const producer = await seedProducerInUnit(deps, 'vn-3tier:03898', {
      products: ['Chè Shan tuyết Phù Yên'],
    });
    assert.equal(producer.place.scopeCommuneId, null);
    const page = await units.listMappings(
      deps,
      admin,
      { oldUnit: 'vn-3tier:03898', page: 1, pageSize: 5 },
      'vi',
    );
    const target = (
      await units.listUnits(deps, {
        q: 'phu yen',
        parent: producer.place.scopeProvinceId!,
        page: 1,
        pageSize: 1,
      })
    ).items[0];
    await units.settleMapping(
      deps,
      admin,
      SYSTEM_ACTOR,
      page.items[0].id,
      target.id,
      'Quyết định sắp xếp đơn vị hành chính',
    );
    const [moved] = await deps.database.db
      .select({ c: producers.scopeCommuneId })
      .from(producers)
      .where(eq(producers.id, producer.id));
    assert.equal(moved.c, target.id);
    const [audit] = await deps.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'admin_unit_mapping.settled'));
    assert.equal((audit.after as { newUnitId: string }).newUnitId, target.id);
    await assert.rejects(
      units.settleMapping(deps, admin, SYSTEM_ACTOR, page.items[0].id, 'vn-3tier:00001', 'sai'),
      (e: unknown) => e instanceof AppError && e.code === 'UNIT_NOT_CURRENT',
    );
  });
});

describe(`old→new map notes in both languages (${ENGINE})`, () => {
  const byName = async (locale: 'vi' | 'en', q: string) =>
    units.listMappings(deps, admin, { q, page: 1, pageSize: 50 }, locale);

  it('every shipped row carries its note as phrases, worded in the reader’s language', async () => {
    const [row] = await queryRows<{ n: number }>(
      deps.database.db,
      sql`SELECT count(*)::int AS n FROM admin_unit_mappings WHERE note_phrases IS NULL AND settled_at IS NULL`,
    );
    assert.equal(row.n, 0);
    const vi = await units.listMappings(
      deps,
      admin,
      { oldUnit: 'vn-3tier:07693', page: 1, pageSize: 5 },
      'vi',
    );
    const en = await units.listMappings(
      deps,
      admin,
      { oldUnit: 'vn-3tier:07693', page: 1, pageSize: 5 },
      'en',
    );
    assert.deepEqual(vi.items[0].notePhrases, [
      { code: 'no_source_row', old: { code: '07693', name: 'Xã Tân An' } },
      {
        code: 'same_name_in_new_province',
        province: '24',
        candidates: [{ code: '07682', name: 'Phường Tân An' }],
      },
    ]);
    assert.equal(
      vi.items[0].note,
      'nguồn không có dòng chuyển đổi nào cho Xã Tân An (07693); tỉnh mới mã 24 có đơn vị cùng tên: Phường Tân An (07682)',
    );
    assert.equal(
      en.items[0].note,
      'no mapping row in source for 07693 Xã Tân An; same name in new province 24: 07682 Phường Tân An',
    );
    const province = await units.currentOfOld(deps, 'vn-3tier:00001', 'vi');
    assert.deepEqual(province.candidates[0].notePhrases, [{ code: 'codes_as_given' }]);
    assert.equal(province.candidates[0].note, 'cả hai mã khớp đúng như nguồn ghi');
  });

  it('finds rows by the words of their notes in either language, accents or not', async () => {
    const english = await byName('en', 'is ambiguous in province 79');
    const vietnamese = await byName('vi', 'ung voi nhieu don vi trong tinh cu ma 79');
    assert.ok(english.total > 0);
    assert.equal(vietnamese.total, english.total);
    assert.deepEqual(
      vietnamese.items.map((m) => m.id),
      english.items.map((m) => m.id),
    );
    assert.ok(vietnamese.items.every((m) => m.notePhrases?.some((p) => p.code === 'old_name_ambiguous')));
  });

  it('a note typed when settling replaces the phrases and is kept as typed; the audit row keeps the phrases', async () => {
    const page = await units.listMappings(
      deps,
      admin,
      { oldUnit: 'vn-3tier:04060', page: 1, pageSize: 5 },
      'vi',
    );
    const before = page.items[0];
    assert.ok(before.notePhrases);
    const typed = 'Theo Nghị quyết của Ủy ban Thường vụ Quốc hội';
    await units.settleMapping(deps, admin, SYSTEM_ACTOR, before.id, unit('04075'), typed);
    for (const locale of ['vi', 'en'] as const) {
      const after = await units.listMappings(
        deps,
        admin,
        { oldUnit: 'vn-3tier:04060', page: 1, pageSize: 5 },
        locale,
      );
      assert.equal(after.items[0].note, typed);
      assert.equal(after.items[0].notePhrases, null);
    }
    const found = await byName('vi', 'uy ban thuong vu');
    assert.ok(found.items.some((m) => m.id === before.id));
    const audits = await deps.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.objectId, String(before.id)));
    const audit = audits.find((a) => a.action === 'admin_unit_mapping.settled');
    assert.ok(audit);
    assert.deepEqual((audit.before as { notePhrases: unknown }).notePhrases, before.notePhrases);
  });

  it('a database loaded while notes were English words gets the phrases on the next start', async () => {
    const { db } = deps.database;
    const shipped = await queryRows<{ id: number; note_phrases: MappingNote }>(
      db,
      sql`SELECT id, note_phrases FROM admin_unit_mappings WHERE settled_at IS NULL ORDER BY id`,
    );
    // as the loader wrote them before: the English words and no phrases; and one row nobody shipped
    const asBefore = shipped.map((r) => ({ id: r.id, note: renderMappingNote(r.note_phrases, 'en') }));
    asBefore[0].note = 'a note no shipped row has';
    await db.execute(sql`
      UPDATE admin_unit_mappings m SET note = t.note, note_phrases = NULL
      FROM json_to_recordset(${JSON.stringify(asBefore)}::json) AS t(id integer, note text) WHERE m.id = t.id`);
    const upgraded = await db.transaction((tx) => upgradeMappingNotes(tx));
    assert.deepEqual(upgraded, { upgraded: shipped.length - 1, unmatched: 1 });
    const now = await queryRows<{ id: number; note_phrases: MappingNote | null; note: string }>(
      db,
      sql`SELECT id, note_phrases, note FROM admin_unit_mappings WHERE settled_at IS NULL ORDER BY id`,
    );
    assert.deepEqual(
      now.slice(1).map((r) => r.note_phrases),
      shipped.slice(1).map((r) => r.note_phrases),
    );
    assert.equal(now[1].note, mappingNoteSearchText(shipped[1].note_phrases));
    assert.deepEqual([now[0].note_phrases, now[0].note], [null, 'a note no shipped row has']);
    assert.deepEqual(await db.transaction((tx) => upgradeMappingNotes(tx)), { upgraded: 0, unmatched: 1 });
    // the row left alone is shown as stored
    const [lone] = await queryRows<{ old_unit_id: string | null }>(
      db,
      sql`SELECT old_unit_id FROM admin_unit_mappings WHERE id = ${now[0].id}`,
    );
    assert.ok(lone.old_unit_id, 'the first rows are the provinces’');
    const page = await units.listMappings(
      deps,
      admin,
      { oldUnit: lone.old_unit_id, page: 1, pageSize: 50 },
      'vi',
    );
    const row = page.items.find((m) => m.id === now[0].id);
    assert.deepEqual([row?.note, row?.notePhrases], ['a note no shipped row has', null]);
  });
});

describe(`users and grants (${ENGINE})`, () => {
  it('refuses grants on the wrong kind of unit or an old unit, and duplicate emails', async () => {
    await assert.rejects(
      seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: unit('38') }]),
      (e: unknown) => e instanceof AppError && e.code === 'INVALID_SCOPE',
    );
    await assert.rejects(
      seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: 'vn-3tier:38' }]),
      (e: unknown) => e instanceof AppError && e.code === 'UNIT_NOT_CURRENT',
    );
    await assert.rejects(
      seedUser(deps, [{ role: 'central_officer', scopeKind: 'unit', unitId: unit('38') }]),
      (e: unknown) => e instanceof AppError && e.code === 'INVALID_SCOPE',
    );
    const { email } = await seedUser(deps, [
      { role: 'province_officer', scopeKind: 'unit', unitId: unit('38') },
    ]);
    await assert.rejects(
      seedUser(deps, [], email.toUpperCase()),
      (e: unknown) => e instanceof AppError && e.code === 'EMAIL_TAKEN',
    );
  });
});

describe(`audit trail (${ENGINE})`, () => {
  const append = (n: number) =>
    deps.database.db.transaction((tx) =>
      appendAudit(tx, deps.auditSecret, SYSTEM_ACTOR, {
        action: 'test.changed',
        objectType: 'test',
        objectId: String(n),
        after: { n, representativeEthnicity: 'Thái' },
      }),
    );

  it('concurrent appends keep one unbroken chain', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => append(i)));
    const report = await verifyAuditChain(
      deps.database.db,
      { secret: deps.auditSecret, signing: deps.auditSigning },
      deps.checkpointDir,
    );
    assert.deepEqual(report.problems, []);
    assert.ok(report.rows >= 25);
  });

  it('the database refuses updates and deletes of audit rows', async () => {
    const refused = (pattern: RegExp) => (e: unknown) =>
      pattern.test(String((e as { cause?: Error }).cause?.message ?? e));
    await assert.rejects(
      deps.database.db.execute(sql`UPDATE audit_log SET summary = 'x' WHERE id = 1`),
      refused(/append-only/),
    );
    await assert.rejects(
      deps.database.db.execute(sql`DELETE FROM audit_log WHERE id = 1`),
      refused(/append-only/),
    );
    await assert.rejects(
      deps.database.db.execute(sql`UPDATE audit_personal SET data = '{}'::jsonb`),
      refused(/redacted/),
    );
  });

  it('redaction erases personal values and the chain still verifies', async () => {
    const id = await append(999);
    const [p] = await deps.database.db.select().from(auditPersonal).where(eq(auditPersonal.auditId, id));
    assert.equal((p.data as Record<string, { v: string }>)['after.representativeEthnicity'].v, 'Thái');
    const [row] = await deps.database.db.select().from(auditLog).where(eq(auditLog.id, id));
    assert.equal(JSON.stringify(row.after).includes('Thái'), false);
    assert.equal(
      await deps.database.db.transaction((tx) =>
        redactPersonal(tx, id, 'Yêu cầu của chủ thể theo Nghị định 13/2023'),
      ),
      true,
    );
    const report = await verifyAuditChain(
      deps.database.db,
      { secret: deps.auditSecret, signing: deps.auditSigning },
      deps.checkpointDir,
    );
    assert.deepEqual(report.problems, []);
    assert.ok(report.redacted >= 1);
  });

  it('detects an edited row, a deleted row, and a chain recomputed with the key', async () => {
    await exportCheckpoint(deps.database.db, deps.auditSigning, deps.checkpointDir);
    await append(1000);
    const tamper = (q: ReturnType<typeof sql>) =>
      deps.database.db.transaction(async (tx) => {
        await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
        await tx.execute(sql`ALTER TABLE audit_personal DISABLE TRIGGER USER`);
        await tx.execute(q);
        await tx.execute(sql`ALTER TABLE audit_personal ENABLE TRIGGER USER`);
        await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
      });
    await tamper(sql`UPDATE audit_log SET summary = 'đã sửa' WHERE id = 3`);
    let report = await verifyAuditChain(
      deps.database.db,
      { secret: deps.auditSecret, signing: deps.auditSigning },
      deps.checkpointDir,
    );
    assert.deepEqual(report.problems.map((p) => [p.kind, p.id]).slice(0, 1), [['hash_mismatch', 3]]);

    // recompute every hash from row 3 on with the real key: only the checkpoint can tell
    const rows = await deps.database.db.select().from(auditLog).where(sql`id >= 2`).orderBy(auditLog.id);
    let prev = rows[0].hash;
    for (const r of rows.slice(1)) {
      const { hash: _h, ...fields } = r;
      const hash = hashAuditRow(deps.auditSecret, { ...fields, prevHash: prev });
      await tamper(sql`UPDATE audit_log SET prev_hash = ${prev}, hash = ${hash} WHERE id = ${r.id}`);
      prev = hash;
    }
    await deps.database.db.execute(sql`UPDATE audit_head SET last_hash = ${prev}`);
    report = await verifyAuditChain(
      deps.database.db,
      { secret: deps.auditSecret, signing: deps.auditSigning },
      deps.checkpointDir,
    );
    assert.deepEqual([...new Set(report.problems.map((p) => p.kind))], ['checkpoint_mismatch']);

    await tamper(sql`DELETE FROM audit_personal WHERE audit_id = 5`);
    await tamper(sql`DELETE FROM audit_log WHERE id = 5`);
    report = await verifyAuditChain(
      deps.database.db,
      { secret: deps.auditSecret, signing: deps.auditSigning },
      deps.checkpointDir,
    );
    assert.ok(report.problems.some((p) => p.kind === 'id_gap' && p.id === 6));
    assert.ok(report.problems.some((p) => p.kind === 'chain_break' && p.id === 6));
  });
});
