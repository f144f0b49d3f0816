// Rubric versions on both engines: the shipped ones in the template, imports that
// are checked and diffed, and versions that never change once a sheet uses them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { PackChange } from '../../src/domain/rubric/diff-packs.ts';
import type { RubricPack } from '../../src/domain/rubric/pack.ts';
import type { RulesOverlay } from '../../src/domain/rubric/rules.ts';
import {
  auditLog,
  procedureVersions,
  rubricVersions,
  selfAssessments,
} from '../../src/server/db/schema/index.ts';
import { AppError } from '../../src/server/core/app-error.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { SYSTEM_ACTOR } from '../../src/server/core/actor.ts';
import {
  importRubric,
  listRubrics,
  loadShippedRubrics,
} from '../../src/server/modules/rubrics/rubrics.service.ts';
import { makeDeps, seedProducerInUnit, unit } from '../support/factories.ts';
import { overlayOf, packOf } from '../support/rubrics.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
});
after(() => tdb.drop());

const actor = { ...SYSTEM_ACTOR, label: 'test' };
const importIt = (pack: RubricPack, rules: RulesOverlay | null = null, dryRun = false) =>
  importRubric(deps.database.db, deps.auditSecret, actor, { pack, rules }, { dryRun });

/** qd26-2026 under another id, with option 2 of criterion 1.1 in set 7 worth `points` instead of 2. */
function variant(id: string, points = 1): RubricPack {
  const pack = structuredClone(packOf('qd26-2026'));
  pack.id = id;
  pack.verified = false;
  pack.sets.find((s) => s.no === 7)!.parts[0].sections[0].criteria[0].options[1].points = points;
  return pack;
}

const stored = async (id: string) =>
  (await deps.database.db.select().from(rubricVersions).where(eq(rubricVersions.id, id)))[0];
const auditRows = async (action: string, id: string) =>
  (
    await deps.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.objectId, id)))
  )[0].n;
const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;
/** the trigger's refusal, whether the driver wraps it (drizzle puts the database error in `cause`) or not */
const refusedByTrigger = (e: unknown) =>
  /used by score sheets and cannot change/.test(String((e as { cause?: Error }).cause?.message ?? e));

/** Makes a version "in use": one producer's self-assessment scored with it. */
async function useVersion(id: string) {
  const { id: producerId, productIds } = await seedProducerInUnit(deps, unit('38'), {
    products: [`Sản phẩm chấm theo ${id}`],
  });
  await deps.database.db.insert(selfAssessments).values({
    productId: productIds[0],
    producerId,
    rubricVersionId: id,
    procedureVersionId: 'r26_2026',
    setNo: 7,
    year: 2026,
  });
}

describe(`shipped rubric versions (${ENGINE})`, () => {
  it('the template holds both shipped versions, with rules, 26 sets each, unused', async () => {
    const rows = await deps.database.db
      .select({
        id: rubricVersions.id,
        rulesId: rubricVersions.rulesId,
        origin: rubricVersions.origin,
        warnings: rubricVersions.warnings,
        sets: sql<number>`jsonb_array_length(${rubricVersions.pack}->'sets')`.mapWith(Number),
      })
      .from(rubricVersions)
      .orderBy(asc(rubricVersions.id));
    assert.deepEqual(
      rows.map((r) => [r.id, r.rulesId, r.origin, r.sets, r.warnings]),
      [
        ['qd148-2023', 'qd148-2023/rules-1', 'shipped', 26, 14],
        ['qd26-2026', 'qd26-2026/rules-1', 'shipped', 26, 10],
        ['qd26-2026-corrected', 'qd26-2026-corrected/rules-1', 'shipped', 26, 0],
      ],
    );
    assert.equal((await deps.database.db.select({ n: count() }).from(selfAssessments))[0].n, 0);
  });

  it('procedure versions point at their rubric versions', async () => {
    const rows = await deps.database.db
      .select({ id: procedureVersions.id, rubric: procedureVersions.rubricVersionId })
      .from(procedureVersions)
      .orderBy(asc(procedureVersions.effectiveFrom));
    assert.deepEqual(
      rows.map((r) => [r.id, r.rubric]),
      [
        ['r1048', 'qd1048-2019'],
        ['r148', 'qd148-2023'],
        ['r148_1489', 'qd148-2023'],
        ['r26_2026', 'qd26-2026'],
      ],
    );
  });

  it('loading the shipped versions again inserts nothing', async () => {
    const before = await deps.database.db
      .select({
        id: rubricVersions.id,
        checksum: rubricVersions.checksum,
        createdAt: rubricVersions.createdAt,
      })
      .from(rubricVersions)
      .orderBy(asc(rubricVersions.id));
    const loaded = await auditRows('rubric.loaded', 'qd26-2026');
    assert.deepEqual(await loadShippedRubrics(deps.database.db, deps.auditSecret), {
      inserted: [],
      kept: [],
    });
    const afterwards = await deps.database.db
      .select({
        id: rubricVersions.id,
        checksum: rubricVersions.checksum,
        createdAt: rubricVersions.createdAt,
      })
      .from(rubricVersions)
      .orderBy(asc(rubricVersions.id));
    assert.deepEqual(afterwards, before);
    assert.equal(await auditRows('rubric.loaded', 'qd26-2026'), loaded);
    const [pv] = await deps.database.db.select({ n: count() }).from(procedureVersions);
    assert.equal(pv.n, 4);
  });
});

describe(`importing a rubric version (${ENGINE})`, () => {
  it('a dry run checks and diffs but stores nothing', async () => {
    const report = await importIt(variant('qd26-2026-dry'), null, true);
    assert.equal(report.previous, 'qd26-2026');
    assert.equal(report.replaced, false);
    assert.equal(report.warnings.length, 10);
    assert.ok(report.diff.length > 0);
    assert.equal(await stored('qd26-2026-dry'), undefined);
    assert.equal(await auditRows('rubric.imported', 'qd26-2026-dry'), 0);
  });

  it('stores a new version, diffed against the version before it, with an audit row', async () => {
    const report = await importIt(variant('qd26-2026-fix-test'));
    assert.equal(report.id, 'qd26-2026-fix-test');
    assert.equal(report.previous, 'qd26-2026');
    assert.equal(report.replaced, false);
    const expected: PackChange = {
      set: 7,
      kind: 'options_changed',
      criterion: '1.1',
      from: [1, 2, 3],
      to: [1, 1, 3],
    };
    assert.deepEqual(report.diff, [expected]);
    const row = await stored('qd26-2026-fix-test');
    assert.equal(row.origin, 'imported');
    assert.equal(row.verified, false);
    assert.equal(row.rules, null);
    assert.equal((row.pack as RubricPack).sets.length, 26);
    assert.equal(await auditRows('rubric.imported', 'qd26-2026-fix-test'), 1);
  });

  it('stores a version with its overlay, and refuses an overlay citing words that are not printed', async () => {
    const pack = variant('qd26-2026-ruled');
    const rules = {
      ...structuredClone(overlayOf('qd26-2026')),
      id: 'qd26-2026-ruled/rules-1',
      rubricVersionId: 'qd26-2026-ruled',
    };
    const bad = structuredClone(rules);
    bad.rules.find((r) => r.id === 'zero-sensory')!.cite.text = 'Câu này không có trong bộ tiêu chí';
    await assert.rejects(
      importIt(pack, bad),
      (e: unknown) =>
        isCode('RUBRIC_INVALID')(e) && /zero-sensory/.test(String((e as AppError).params.detail)),
    );
    assert.equal(await stored('qd26-2026-ruled'), undefined);
    await importIt(pack, rules);
    assert.equal((await stored('qd26-2026-ruled')).rulesId, 'qd26-2026-ruled/rules-1');
    assert.equal(await auditRows('rubric.imported', 'qd26-2026-ruled'), 1);
  });

  it('an overlay for another version is refused', async () => {
    await assert.rejects(
      importIt(variant('qd26-2026-other'), overlayOf('qd26-2026')),
      isCode('RUBRIC_INVALID'),
    );
    assert.equal(await stored('qd26-2026-other'), undefined);
  });
});

describe(`a version in use never changes (${ENGINE})`, () => {
  const id = 'qd26-2026-inuse';

  it('re-importing the same bundle is accepted and changes nothing', async () => {
    await importIt(variant(id));
    await useVersion(id);
    const before = await stored(id);
    const report = await importIt(variant(id));
    assert.deepEqual([report.replaced, report.previous, report.diff], [true, id, []]);
    assert.deepEqual(await stored(id), before);
    assert.equal(await auditRows('rubric.imported', id), 1);
  });

  it('re-importing a changed bundle under an id in use is refused', async () => {
    const before = await stored(id);
    await assert.rejects(importIt(variant(id, 0)), isCode('RUBRIC_IN_USE'));
    await assert.rejects(importIt(variant(id, 0), null, true), isCode('RUBRIC_IN_USE'));
    assert.deepEqual(await stored(id), before);
    assert.equal(await auditRows('rubric.imported', id), 1);
  });

  it('re-importing a changed bundle under an unused id replaces it, diffed against the stored one', async () => {
    const report = await importIt(variant('qd26-2026-fix-test', 3));
    assert.equal(report.replaced, true);
    assert.equal(report.previous, 'qd26-2026-fix-test');
    assert.deepEqual(report.diff, [
      { set: 7, kind: 'options_changed', criterion: '1.1', from: [1, 1, 3], to: [1, 3, 3] },
    ]);
    const pack = (await stored('qd26-2026-fix-test')).pack as RubricPack;
    assert.equal(pack.sets[6].parts[0].sections[0].criteria[0].options[1].points, 3);
    assert.equal(await auditRows('rubric.imported', 'qd26-2026-fix-test'), 2);
  });

  it('the database trigger refuses changing or deleting a version in use', async () => {
    const { db } = deps.database;
    await assert.rejects(
      db.execute(sql`UPDATE rubric_versions SET pack = jsonb_set(pack, '{title}', '"sửa"') WHERE id = ${id}`),
      refusedByTrigger,
    );
    await assert.rejects(
      db.execute(sql`UPDATE rubric_versions SET rules = '{}'::jsonb WHERE id = ${id}`),
      refusedByTrigger,
    );
    await assert.rejects(db.execute(sql`DELETE FROM rubric_versions WHERE id = ${id}`), refusedByTrigger);
    assert.ok(await stored(id));
    // columns that do not change the scoring stay editable
    await db.execute(sql`UPDATE rubric_versions SET title = 'Tiêu đề mới' WHERE id = ${id}`);
    assert.equal((await stored(id)).title, 'Tiêu đề mới');
  });

  it('the trigger lets an unused version change and go', async () => {
    const { db } = deps.database;
    await db.execute(
      sql`UPDATE rubric_versions SET pack = jsonb_set(pack, '{title}', '"sửa"') WHERE id = 'qd26-2026-ruled'`,
    );
    assert.equal(((await stored('qd26-2026-ruled')).pack as RubricPack).title, 'sửa');
    await db.execute(sql`DELETE FROM rubric_versions WHERE id = 'qd26-2026-ruled'`);
    assert.equal(await stored('qd26-2026-ruled'), undefined);
  });

  it('every stored import left one audit row naming the version', async () => {
    const rows = await deps.database.db
      .select({ id: auditLog.objectId, type: auditLog.objectType })
      .from(auditLog)
      .where(eq(auditLog.action, 'rubric.imported'))
      .orderBy(asc(auditLog.id));
    assert.deepEqual(
      rows.map((r) => r.id),
      ['qd26-2026-fix-test', 'qd26-2026-ruled', id, 'qd26-2026-fix-test'],
    );
    assert.ok(rows.every((r) => r.type === 'rubric_version'));
  });

  // listRubrics renders `${rubricVersions.id}` inside its EXISTS subquery as a bare "id",
  // which resolves to self_assessments.id (uuid): "operator does not exist: text = uuid".
  it('listRubrics reports every version with its warnings and whether a sheet uses it', async () => {
    const list = await listRubrics(deps.database.db);
    const byId = new Map(list.map((r) => [r.id, r]));
    assert.deepEqual(
      ['qd148-2023', 'qd26-2026'].map((v) => [byId.get(v)?.sets, byId.get(v)?.warnings, byId.get(v)?.inUse]),
      [
        [26, 14, false],
        [26, 10, false],
      ],
    );
    assert.deepEqual(
      [
        byId.get('qd26-2026-fix-test')?.origin,
        byId.get('qd26-2026-fix-test')?.rulesId,
        byId.get('qd26-2026-fix-test')?.inUse,
      ],
      ['imported', null, false],
    );
    assert.equal(byId.get(id)?.inUse, true);
  });
});
