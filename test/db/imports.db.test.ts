// The import pipeline on a messy provincial list, on PGlite and PostgreSQL:
// upload → guessed mapping → staged rows with named errors → one commit →
// re-importing the same file changes nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { count, eq, sql } from 'drizzle-orm';
import type { Grant } from '../../src/domain/access/policy.ts';
import { certificates, producers, products } from '../../src/server/db/schema/index.ts';
import { AppError } from '../../src/server/core/app-error.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import type { AuditActor } from '../../src/server/core/actor.ts';
import * as imports from '../../src/server/modules/imports/imports.service.ts';
import {
  cancelImport,
  commitImport,
  recoverInterruptedCommits,
} from '../../src/server/modules/imports/commit-import.ts';
import { makeDeps, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url)));
let tdb: TestDatabase;
let deps: AppDeps;
let actor: AuditActor;
const grant: Grant = {
  id: 'g',
  role: 'province_officer',
  scopeKind: 'unit',
  unitId: unit('38'),
  unitLevel: 'province',
  producerId: null,
  councilId: null,
  roundId: null,
};

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  const user = await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]);
  actor = { userId: user.id, label: user.email, ip: null, requestId: null };
});
after(() => tdb.drop());

const total = async (table: typeof producers | typeof products | typeof certificates) =>
  (await deps.database.db.select({ n: count() }).from(table))[0].n;

describe(`importing a provincial product list (${ENGINE})`, () => {
  let importId: string;

  it('finds the header under the titles and guesses the mapping', async () => {
    const started = await imports.startImport(deps, grant, actor, {
      kind: 'products',
      fileName: 'thanh-hoa-2023.xlsx',
      bytes: fixture('thanh-hoa-2023.xlsx'),
    });
    importId = started.id;
    for (const field of ['productName', 'producerName', 'stars', 'decision'])
      assert.notEqual(started.mapping[field], null, `${field} mapped`);
    assert.ok(started.sample.length > 0);
  });

  it('stages every row: errors named by field, review rows kept apart, nothing in the registry yet', async () => {
    const before = await total(products);
    const validated = await imports.validateImport(deps, grant, actor, importId, {});
    const counts = validated.counts as Record<string, number>;
    assert.equal(validated.status, 'validated');
    // the list gives product groups, not sets: its rows come in with that gap recorded
    assert.ok((counts.valid ?? 0) + (counts.incomplete ?? 0) > 20, JSON.stringify(counts));
    assert.ok((counts.invalid ?? 0) >= 2, JSON.stringify(counts));
    const invalid = await imports.listRows(deps, grant, actor, importId, 'invalid', 1, 50);
    const fields = invalid.items.flatMap((r) => (r.errors as { field: string }[]).map((e) => e.field));
    assert.ok(
      fields.includes('stars') || fields.includes('productName') || fields.includes('commune'),
      fields.join(','),
    );
    assert.equal(await total(products), before);
  });

  it('commits all valid rows at once, with past recognitions as historical certificates, in one audit row', async () => {
    const committed = await commitImport(deps, grant, actor, importId);
    const created = (
      committed.counts as { created: { producers: number; products: number; certificates: number } }
    ).created;
    assert.ok(
      created.products > 20 && created.producers > 10 && created.certificates > 20,
      JSON.stringify(created),
    );
    const [historical] = await deps.database.db
      .select({ n: count() })
      .from(certificates)
      .where(eq(certificates.historical, true));
    assert.equal(historical.n, created.certificates);
    const inThanhHoa = await deps.database.db
      .select({ n: count() })
      .from(products)
      .where(eq(products.scopeProvinceId, unit('38')));
    assert.equal(inThanhHoa[0].n, created.products);
    const audit = (await deps.database.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'import.committed'`,
    )) as unknown as { rows: { n: number }[] };
    assert.equal(audit.rows[0].n, 1);
    await assert.rejects(
      commitImport(deps, grant, actor, importId),
      (e: unknown) => e instanceof AppError && e.code === 'IMPORT_STATE',
    );
  });

  it('importing the same file again creates nothing', async () => {
    const [p0, r0, c0] = [await total(producers), await total(products), await total(certificates)];
    const again = await imports.startImport(deps, grant, actor, {
      kind: 'products',
      fileName: 'thanh-hoa-2023.xlsx',
      bytes: fixture('thanh-hoa-2023.xlsx'),
    });
    const validated = await imports.validateImport(deps, grant, actor, again.id, {});
    // every row the registry already holds is said to be a duplicate
    const counts = validated.counts as Record<string, number>;
    assert.ok(counts.duplicate > 20, JSON.stringify(counts));
    assert.equal((counts.valid ?? 0) + (counts.incomplete ?? 0), 0, JSON.stringify(counts));
    await commitImport(deps, grant, actor, again.id);
    assert.deepEqual(
      [await total(producers), await total(products), await total(certificates)],
      [p0, r0, c0],
    );
  });

  it('refuses a file that is not a spreadsheet with a clear message', async () => {
    await assert.rejects(
      imports.startImport(deps, grant, actor, {
        kind: 'products',
        fileName: 'not-a-sheet.xlsx',
        bytes: fixture('not-a-sheet.xlsx'),
      }),
      (e: unknown) => e instanceof AppError && e.code === 'IMPORT_FILE_INVALID',
    );
  });

  it('a commune officer’s import keeps rows of other communes out', async () => {
    const commune: Grant = { ...grant, role: 'commune_officer', unitId: unit('14758'), unitLevel: 'commune' };
    const started = await imports.startImport(deps, commune, actor, {
      kind: 'products',
      fileName: 'thanh-hoa-2023.xlsx',
      bytes: fixture('thanh-hoa-2023.xlsx'),
    });
    const validated = await imports.validateImport(deps, commune, actor, started.id, {});
    const counts = validated.counts as Record<string, number>;
    assert.equal((counts.valid ?? 0) + (counts.incomplete ?? 0), 0);
  });
});

describe(`importing producers and warning of near-duplicates (${ENGINE})`, () => {
  it('a semicolon CSV with a BOM imports producers; a renamed copy of an existing product is warned about', async () => {
    const started = await imports.startImport(deps, grant, actor, {
      kind: 'producers',
      fileName: 'producers.csv',
      bytes: fixture('producers.csv'),
      scopeUnitId: unit('38'),
    });
    const validated = await imports.validateImport(deps, grant, actor, started.id, {});
    const counts = validated.counts as Record<string, number>;
    assert.ok(counts.rows > 0, JSON.stringify(counts));
    const rows = await imports.listRows(deps, grant, actor, started.id, undefined, 1, 200);
    for (const r of rows.items)
      assert.ok(
        r.status !== 'invalid' || (r.errors as unknown[]).length > 0,
        `row ${r.rowNo} says why it is invalid`,
      );

    // another producer lists "Mật ong rừng Bến En loại 1": near the imported "Mật ong rừng Bến En"
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Tên sản phẩm', 'Tên chủ thể', 'Xã', 'Huyện', 'Hạng sao', 'Quyết định công nhận']);
    ws.addRow([
      1,
      'Mật ong rừng Bến En loại 1',
      'Hộ kinh doanh Lê Văn Mới',
      'Xã Hải Long',
      'Huyện Như Thanh',
      '',
      '',
    ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const second = await imports.startImport(deps, grant, actor, {
      kind: 'products',
      fileName: 'moi.xlsx',
      bytes,
    });
    await imports.validateImport(deps, grant, actor, second.id, {});
    const [row] = (await imports.listRows(deps, grant, actor, second.id, undefined, 1, 10)).items;
    assert.ok(
      (row.warnings as { code: string }[]).some((w) => w.code === 'POSSIBLE_DUPLICATE'),
      JSON.stringify(row.warnings),
    );
  });
});

describe(`an import's life through its transition table (${ENGINE})`, () => {
  const history = async (id: string) =>
    (
      (await deps.database.db.execute(
        sql`SELECT from_status, event, to_status, actor_label, reason FROM status_history WHERE aggregate = 'import' AND aggregate_id = ${id} ORDER BY id`,
      )) as unknown as {
        rows: {
          from_status: string;
          event: string;
          to_status: string;
          actor_label: string;
          reason: string | null;
        }[];
      }
    ).rows;
  const statusOf = async (id: string) => (await imports.getImport(deps, grant, actor, id)).status;
  const productSheet = async (name: string) => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Tên sản phẩm', 'Tên chủ thể', 'Xã', 'Huyện', 'Hạng sao', 'Quyết định công nhận']);
    ws.addRow([1, name, `Hợp tác xã ${name}`, 'Xã Hải Long', 'Huyện Như Thanh', '', '']);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  };
  const validatedImport = async (name: string) => {
    const started = await imports.startImport(deps, grant, actor, {
      kind: 'products',
      fileName: `${name}.xlsx`,
      bytes: await productSheet(name),
    });
    await imports.validateImport(deps, grant, actor, started.id, {});
    return started.id;
  };

  it('records each move in the status history: validate, commit, finish', async () => {
    const id = await validatedImport('Chè lam Phủ Quảng');
    await commitImport(deps, grant, actor, id);
    assert.deepEqual(
      (await history(id)).map((h) => `${h.from_status} -${h.event}-> ${h.to_status}`),
      ['uploaded -validate-> validated', 'validated -commit-> committing', 'committing -finish-> committed'],
    );
    assert.ok((await history(id)).every((h) => h.actor_label === actor.label));
  });

  it('a cancelled import cannot be committed, and says so in the import’s words', async () => {
    const id = await validatedImport('Bánh gai Tứ Trụ');
    assert.equal((await cancelImport(deps, grant, actor, id, 'tệp gửi nhầm')).status, 'cancelled');
    await assert.rejects(
      commitImport(deps, grant, actor, id),
      (e: unknown) => e instanceof AppError && e.code === 'IMPORT_STATE' && e.params.stateVi === 'đã hủy',
    );
    await assert.rejects(
      cancelImport(deps, grant, actor, id),
      (e: unknown) => e instanceof AppError && e.code === 'IMPORT_STATE',
    );
    assert.equal((await history(id)).at(-1)?.reason, 'tệp gửi nhầm');
  });

  it('a commit that fails writes nothing and leaves the import failed, to be validated again', async () => {
    const id = await validatedImport('Nem chua Thọ Xuân');
    const before = await total(products);
    // a staged value the database refuses mid-commit: the whole transaction rolls back
    await deps.database.db.execute(
      sql`UPDATE import_rows SET values = jsonb_set(values, '{product,productSet}', '"khong-phai-so"') WHERE import_id = ${id}`,
    );
    await assert.rejects(
      commitImport(deps, grant, actor, id),
      (e: unknown) => e instanceof AppError && e.code === 'IMPORT_COMMIT_FAILED',
    );
    assert.equal(await statusOf(id), 'failed');
    assert.equal(await total(products), before);
    assert.deepEqual(
      (await history(id)).slice(-2).map((h) => h.event),
      ['commit', 'fail'],
    );
    const again = await imports.validateImport(deps, grant, actor, id, {});
    assert.equal(again.status, 'validated');
  });

  it('a commit cut short by a stop is finished at the next start, by the system, once', async () => {
    const id = await validatedImport('Mắm tép Hà Trung');
    const before = await total(products);
    // the stop came after `commit` was recorded and before the writing transaction ended
    await deps.database.db.execute(sql`UPDATE imports SET status = 'committing' WHERE id = ${id}`);
    assert.equal(await recoverInterruptedCommits(deps), 1);
    assert.equal(await statusOf(id), 'committed');
    assert.equal(await total(products), before + 1);
    const last = (await history(id)).at(-1);
    assert.deepEqual([last?.event, last?.actor_label], ['finish', 'system']);
    assert.equal(await recoverInterruptedCommits(deps), 0);
  });

  it('an operator may commit an officer’s import; another officer may not even see it', async () => {
    const id = await validatedImport('Rượu cần Bá Thước');
    const other = await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]);
    const otherActor = { userId: other.id, label: other.email, ip: null, requestId: null };
    await assert.rejects(
      commitImport(deps, grant, otherActor, id),
      (e: unknown) => e instanceof AppError && e.code === 'NOT_FOUND',
    );
    const admin: Grant = {
      ...grant,
      role: 'system_admin',
      scopeKind: 'nation',
      unitId: null,
      unitLevel: null,
    };
    const operator = await seedUser(deps, [{ role: 'system_admin', scopeKind: 'nation' }]);
    const committed = await commitImport(
      deps,
      admin,
      { userId: operator.id, label: operator.email, ip: null, requestId: null },
      id,
    );
    assert.equal(committed.status, 'committed');
  });

  it('the status history cannot be rewritten', async () => {
    const refused = (e: unknown) => /append-only/.test(String((e as { cause?: Error }).cause?.message ?? e));
    await assert.rejects(
      deps.database.db.execute(sql`UPDATE status_history SET to_status = 'cancelled'`),
      refused,
    );
    await assert.rejects(deps.database.db.execute(sql`DELETE FROM status_history`), refused);
  });
});
