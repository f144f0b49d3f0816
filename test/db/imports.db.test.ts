// The import pipeline on a messy provincial list, on PGlite and PostgreSQL:
// upload → guessed mapping → staged rows with named errors → one commit →
// re-importing the same file changes nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { count, eq, sql } from 'drizzle-orm';
import type { Grant } from '../../src/domain/access/policy.ts';
import { certificates, producers, products } from '../../src/server/db/schema/index.ts';
import { AppError } from '../../src/server/http/app-error.ts';
import type { AppDeps } from '../../src/server/http/types.ts';
import type { AuditActor } from '../../src/server/modules/audit/audit.service.ts';
import * as imports from '../../src/server/modules/imports/imports.service.ts';
import { makeDeps, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url)));
let tdb: TestDatabase;
let deps: AppDeps;
let actor: AuditActor;
const grant: Grant = { id: 'g', role: 'province_officer', scopeKind: 'unit', unitId: unit('38'), unitLevel: 'province', producerId: null, councilId: null, roundId: null };

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  const user = await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]);
  actor = { userId: user.id, label: user.email, ip: null, requestId: null };
});
after(() => tdb.drop());

const total = async (table: typeof producers | typeof products | typeof certificates) => (await deps.database.db.select({ n: count() }).from(table))[0].n;

describe(`importing a provincial product list (${ENGINE})`, () => {
  let importId: string;

  it('finds the header under the titles and guesses the mapping', async () => {
    const started = await imports.startImport(deps, grant, actor, { kind: 'products', fileName: 'thanh-hoa-2023.xlsx', bytes: fixture('thanh-hoa-2023.xlsx') });
    importId = started.id;
    for (const field of ['productName', 'producerName', 'stars', 'decision']) assert.notEqual(started.mapping[field], null, `${field} mapped`);
    assert.ok(started.sample.length > 0);
  });

  it('stages every row: errors named by field, review rows kept apart, nothing in the registry yet', async () => {
    const before = await total(products);
    const validated = await imports.validateImport(deps, grant, actor, importId, {});
    const counts = validated.counts as Record<string, number>;
    assert.equal(validated.status, 'validated');
    assert.ok(counts.valid > 20, JSON.stringify(counts));
    assert.ok((counts.invalid ?? 0) >= 2, JSON.stringify(counts));
    const invalid = await imports.listRows(deps, actor, importId, 'invalid', 1, 50);
    const fields = invalid.items.flatMap((r) => (r.errors as { field: string }[]).map((e) => e.field));
    assert.ok(fields.includes('stars') || fields.includes('productName') || fields.includes('commune'), fields.join(','));
    assert.equal(await total(products), before);
  });

  it('commits all valid rows at once, with past recognitions as historical certificates, in one audit row', async () => {
    const committed = await imports.commitImport(deps, grant, actor, importId, '2026-11-22');
    const created = (committed.counts as { created: { producers: number; products: number; certificates: number } }).created;
    assert.ok(created.products > 20 && created.producers > 10 && created.certificates > 20, JSON.stringify(created));
    const [historical] = await deps.database.db.select({ n: count() }).from(certificates).where(eq(certificates.historical, true));
    assert.equal(historical.n, created.certificates);
    const inThanhHoa = await deps.database.db.select({ n: count() }).from(products).where(eq(products.scopeProvinceId, unit('38')));
    assert.equal(inThanhHoa[0].n, created.products);
    const audit = await deps.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'import.committed'`) as unknown as { rows: { n: number }[] };
    assert.equal(audit.rows[0].n, 1);
    await assert.rejects(imports.commitImport(deps, grant, actor, importId), (e: unknown) => e instanceof AppError && e.code === 'IMPORT_STATE');
  });

  it('importing the same file again creates nothing', async () => {
    const [p0, r0, c0] = [await total(producers), await total(products), await total(certificates)];
    const again = await imports.startImport(deps, grant, actor, { kind: 'products', fileName: 'thanh-hoa-2023.xlsx', bytes: fixture('thanh-hoa-2023.xlsx') });
    const validated = await imports.validateImport(deps, grant, actor, again.id, {});
    assert.ok((validated.counts as { existingProducts: number }).existingProducts > 20);
    await imports.commitImport(deps, grant, actor, again.id, '2026-11-22');
    assert.deepEqual([await total(producers), await total(products), await total(certificates)], [p0, r0, c0]);
  });

  it('refuses a file that is not a spreadsheet with a clear message', async () => {
    await assert.rejects(
      imports.startImport(deps, grant, actor, { kind: 'products', fileName: 'not-a-sheet.xlsx', bytes: fixture('not-a-sheet.xlsx') }),
      (e: unknown) => e instanceof AppError && e.code === 'IMPORT_FILE_INVALID',
    );
  });

  it('a commune officer’s import keeps rows of other communes out', async () => {
    const commune: Grant = { ...grant, role: 'commune_officer', unitId: unit('14758'), unitLevel: 'commune' };
    const started = await imports.startImport(deps, commune, actor, { kind: 'products', fileName: 'thanh-hoa-2023.xlsx', bytes: fixture('thanh-hoa-2023.xlsx') });
    const validated = await imports.validateImport(deps, commune, actor, started.id, {});
    assert.equal((validated.counts as Record<string, number>).valid ?? 0, 0);
  });
});

describe(`importing producers and warning of near-duplicates (${ENGINE})`, () => {
  it('a semicolon CSV with a BOM imports producers; a renamed copy of an existing product is warned about', async () => {
    const started = await imports.startImport(deps, grant, actor, { kind: 'producers', fileName: 'producers.csv', bytes: fixture('producers.csv'), scopeUnitId: unit('38') });
    const validated = await imports.validateImport(deps, grant, actor, started.id, {});
    const counts = validated.counts as Record<string, number>;
    assert.ok(counts.rows > 0, JSON.stringify(counts));
    const rows = await imports.listRows(deps, actor, started.id, undefined, 1, 200);
    for (const r of rows.items) assert.ok(r.status !== 'invalid' || (r.errors as unknown[]).length > 0, `row ${r.rowNo} says why it is invalid`);

    // another producer lists "Mật ong rừng Bến En loại 1": near the imported "Mật ong rừng Bến En"
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Tên sản phẩm', 'Tên chủ thể', 'Xã', 'Huyện', 'Hạng sao', 'Quyết định công nhận']);
    ws.addRow([1, 'Mật ong rừng Bến En loại 1', 'Hộ kinh doanh Lê Văn Mới', 'Xã Hải Long', 'Huyện Như Thanh', '', '']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const second = await imports.startImport(deps, grant, actor, { kind: 'products', fileName: 'moi.xlsx', bytes });
    await imports.validateImport(deps, grant, actor, second.id, {});
    const [row] = (await imports.listRows(deps, actor, second.id, undefined, 1, 10)).items;
    assert.ok((row.warnings as { code: string }[]).some((w) => w.code === 'POSSIBLE_DUPLICATE'), JSON.stringify(row.warnings));
  });
});
