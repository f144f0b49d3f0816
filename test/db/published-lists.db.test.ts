// Five real published lists come in whole (test/fixtures/imports/published, sources
// in PROVENANCE.md), on both engines: one naming only districts, one without
// decisions, one without producers, a council-result list and a revocation list.
// Each row is checked against what its expected file says the row states — its
// kind, evaluation, stars, decision facts, revocation and gaps — refused rows are
// refused, and importing every list a second time creates nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { count } from 'drizzle-orm';
import type { Grant } from '../../src/domain/access/policy.ts';
import type { AuditActor } from '../../src/server/core/actor.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { certificates, dossiers, producers, products } from '../../src/server/db/schema/index.ts';
import { findCurrentUnit } from '../../src/server/modules/admin-units/admin-units.service.ts';
import { commitImport } from '../../src/server/modules/imports/commit-import.ts';
import * as imports from '../../src/server/modules/imports/imports.service.ts';
import { exportRegistry } from '../../src/server/modules/registry/export.service.ts';
import { listProducers } from '../../src/server/modules/registry/registry.service.ts';
import { worklistOf } from '../../src/server/modules/registry/worklist.service.ts';
import { makeDeps, seedUser } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

const DIR = new URL('../fixtures/imports/published/', import.meta.url);

interface Expected {
  row: number;
  kind: string;
  evaluation: string | null;
  product: string;
  stars: number | null;
  decisionNumber: string | null;
  decisionYear: number | null;
  revocation: { decisionNumber: string | null } | null;
  gaps: string[];
  notes?: string[];
  refused?: string;
}

/** Rows the issue says to refuse where the fixture records them: a unit that never existed. */
const REFUSED_HERE = new Map<string, number[]>([['districts-only', [22]]]);

const LISTS = [
  { name: 'districts-only', unit: 'Thanh Hóa' },
  { name: 'no-decisions', unit: 'Thanh Hóa' },
  { name: 'no-producers', unit: 'Thừa Thiên Huế' },
  { name: 'council-results', unit: 'Thanh Hóa' },
  { name: 'revocations', unit: null },
] as const;

let tdb: TestDatabase;
let deps: AppDeps;
let actor: AuditActor;
const grant: Grant = {
  id: 'g',
  role: 'system_admin',
  scopeKind: 'nation',
  unitId: null,
  unitLevel: null,
  producerId: null,
  councilId: null,
  roundId: null,
};

/** The officer of Thanh Hóa province, where three of the lists are. */
const thanhHoa: Grant = {
  ...grant,
  role: 'province_officer',
  scopeKind: 'unit',
  unitId: 'vn-2tier-2025:38',
  unitLevel: 'province',
};

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  const user = await seedUser(deps, [{ role: 'system_admin', scopeKind: 'nation' }]);
  actor = { userId: user.id, label: user.email, ip: null, requestId: null };
});
after(() => tdb.drop());

async function importList(name: string, unit: string | null) {
  const scopeUnitId = unit ? (await findCurrentUnit(deps.database.db, unit))?.id : undefined;
  const started = await imports.startImport(deps, grant, actor, {
    kind: 'products',
    fileName: `${name}.xlsx`,
    bytes: new Uint8Array(readFileSync(new URL(`${name}.xlsx`, DIR))),
    scopeUnitId,
  });
  const validated = await imports.validateImport(deps, grant, actor, started.id, {});
  const rows = (await imports.listRows(deps, grant, actor, started.id, undefined, 1, 200)).items;
  return { id: started.id, counts: validated.counts as Record<string, number>, rows };
}

const totals = async () =>
  Promise.all(
    [producers, products, certificates, dossiers].map(
      async (t) => (await deps.database.db.select({ n: count() }).from(t))[0].n,
    ),
  );

describe(`the province's published history comes in whole (${ENGINE})`, () => {
  for (const list of LISTS) {
    it(`${list.name}: every row as it states itself, refused rows refused`, async () => {
      const expected: { rows: Expected[] } = JSON.parse(
        readFileSync(new URL(`${list.name}.expected.json`, DIR), 'utf8'),
      );
      const { id, counts, rows } = await importList(list.name, list.unit);
      const byRow = new Map(rows.map((r) => [r.rowNo, r]));
      const refusedHere = REFUSED_HERE.get(list.name) ?? [];
      const wrong: string[] = [];
      for (const e of expected.rows) {
        const r = byRow.get(e.row);
        if (!r) {
          wrong.push(`row ${e.row}: not staged`);
          continue;
        }
        const v = r.values as {
          kind: string;
          evaluation: string | null;
          product: { name: string } | null;
          certificate: {
            stars: number | null;
            decisionNo: string | null;
            decisionYear: number | null;
          } | null;
          dossier: { proposedStars: number | null } | null;
          revocation: { decisionNo: string | null } | null;
          gaps: string[];
        };
        if (e.refused || refusedHere.includes(e.row)) {
          if (r.status !== 'invalid')
            wrong.push(
              `row ${e.row}: ${r.status}, expected refused (${e.refused ?? 'a unit that never existed'})`,
            );
          continue;
        }
        if (r.status !== 'valid' && r.status !== 'incomplete')
          wrong.push(`row ${e.row}: ${r.status} ${JSON.stringify(r.errors)}`);
        const got = {
          kind: v.kind,
          evaluation: v.evaluation,
          product: v.product?.name,
          stars: v.certificate?.stars ?? v.dossier?.proposedStars ?? null,
          decisionNumber: v.certificate?.decisionNo ?? null,
          decisionYear: v.certificate?.decisionYear ?? null,
          revocation: v.revocation?.decisionNo ?? null,
        };
        const want = {
          kind: e.kind,
          evaluation: e.evaluation,
          product: e.product,
          stars: e.stars,
          decisionNumber: e.decisionNumber,
          decisionYear: e.kind === 'recognition' || e.kind === 'revocation' ? e.decisionYear : null,
          revocation: e.revocation?.decisionNumber ?? null,
        };
        if (JSON.stringify(got) !== JSON.stringify(want))
          wrong.push(`row ${e.row}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
        // the gaps the platform records (a district is a unit it can place; it names no district gap)
        const gaps = e.gaps.filter((g) => g !== 'district');
        if (JSON.stringify(v.gaps) !== JSON.stringify(gaps))
          wrong.push(`row ${e.row}: gaps ${JSON.stringify(v.gaps)}, expected ${JSON.stringify(gaps)}`);
      }
      assert.deepEqual(wrong, [], `${wrong.length} rows differ`);
      // the five counts split the rows
      const parts = ['valid', 'incomplete', 'invalid', 'review', 'duplicate'].reduce(
        (a, k) => a + (counts[k] ?? 0),
        0,
      );
      assert.equal(parts, counts.rows);
      await commitImport(deps, grant, actor, id);
    });
  }

  it('the worklist of a province lists every gap for completion, with counts per fact, filtered by fact', async () => {
    const all = await worklistOf(deps, thanhHoa, { page: 1, pageSize: 200 });
    const counts = Object.fromEntries(all.byFact.map((f) => [f.fact, f.count]));
    // the districts-only list names no commune and few producers; the 2020 round gives no decisions
    assert.ok(
      counts.commune >= 30 && counts.producer >= 10 && counts.decisionNumber >= 10,
      JSON.stringify(counts),
    );
    assert.equal(all.total, all.items.length);
    const standIn = all.items.find((i) => i.productName === 'Dưa lưới taki');
    assert.deepEqual(standIn?.gaps, ['producer', 'commune', 'productSet']);
    assert.match(standIn?.producerName ?? '', /^Chưa rõ chủ thể \(Dưa lưới taki\)$/);
    assert.match(standIn?.placeName ?? '', /Quảng Xương/);
    const undated = await worklistOf(deps, thanhHoa, { fact: 'decisionDate', page: 1, pageSize: 200 });
    assert.equal(undated.total, counts.decisionDate);
    assert.ok(undated.items.every((i) => i.gaps.includes('decisionDate')));
    // another province's officer sees none of these
    const haTinh: Grant = { ...thanhHoa, unitId: 'vn-2tier-2025:42' };
    const elsewhere = await worklistOf(deps, haTinh, { page: 1, pageSize: 200 });
    assert.ok(!elsewhere.items.some((i) => i.productName === 'Dưa lưới taki'));
    assert.ok(
      elsewhere.items.some((i) => i.productName === 'Gạo Cẩm Thành'),
      'the Hà Tĩnh revocation is Hà Tĩnh’s',
    );
  });

  it('the worklist and the export name the same gaps of every record the lists brought in', async () => {
    const file = await exportRegistry(deps, grant, 'products', {}, 'name', 'json');
    const exported: { id: string; incomplete: string[] }[] = JSON.parse(new TextDecoder().decode(file.body));
    const fromExport = new Map(exported.filter((r) => r.incomplete.length).map((r) => [r.id, r.incomplete]));
    const worklist = await worklistOf(deps, grant, { page: 1, pageSize: 200 });
    assert.ok(worklist.total > 50 && worklist.total <= 200, String(worklist.total));
    const fromWorklist = new Map(worklist.items.map((i) => [i.productId, i.gaps]));
    const differ = [...new Set([...fromExport.keys(), ...fromWorklist.keys()])]
      .filter((id) => JSON.stringify(fromExport.get(id)) !== JSON.stringify(fromWorklist.get(id)))
      .map(
        (id) =>
          `${id}: export ${JSON.stringify(fromExport.get(id))}, worklist ${JSON.stringify(fromWorklist.get(id))}`,
      );
    assert.deepEqual(differ, []);
  });

  it('a producer whose legal type no cell and not its name tells is recorded without one, never as a household', async () => {
    // a list naming a person as its producer, with no legal type column
    const csv = [
      'STT,Tên sản phẩm,Chủ thể,Xã/phường,Hạng sao,Số quyết định,Ngày quyết định',
      '1,Chè xanh Vân Du,Lê Văn Thành,Phường Hàm Rồng,3,1207/QĐ-UBND,15/04/2024',
    ].join('\n');
    const started = await imports.startImport(deps, grant, actor, {
      kind: 'products',
      fileName: 'untyped.csv',
      bytes: new TextEncoder().encode(csv),
      scopeUnitId: (await findCurrentUnit(deps.database.db, 'Thanh Hóa'))?.id,
    });
    await imports.validateImport(deps, grant, actor, started.id, {});
    const [row] = (await imports.listRows(deps, grant, actor, started.id, undefined, 1, 10)).items;
    assert.ok(
      row.warnings.some((w) => w.field === 'legalType'),
      JSON.stringify(row.warnings),
    );
    await commitImport(deps, grant, actor, started.id);
    const rows = await deps.database.db
      .select({ name: producers.name, legalType: producers.legalType, placeholder: producers.placeholder })
      .from(producers);
    assert.equal(rows.find((r) => r.name === 'Lê Văn Thành')?.legalType, null);
    // every stand-in for an unnamed producer has no legal type either; a typed name keeps the type it says
    assert.ok(
      rows.some((r) => r.placeholder) && rows.filter((r) => r.placeholder).every((r) => r.legalType === null),
    );
    assert.equal(rows.find((r) => r.name === 'Hộ SXKD Đỗ Xuân Dũng')?.legalType, 'household');
    assert.ok(rows.some((r) => /^HTX\b/.test(r.name) && r.legalType === 'cooperative'));
    // the producers list finds the untyped ones for completion
    const listed = await listProducers(deps, thanhHoa, {
      legalType: 'unknown',
      page: 1,
      pageSize: 200,
      sort: 'name',
    });
    assert.ok(listed.items.some((p) => p.name === 'Lê Văn Thành'));
    assert.ok(listed.items.every((p) => p.legalType === null));
  });

  it('importing every list again creates nothing', async () => {
    const before = await totals();
    for (const list of LISTS) {
      const { id, counts } = await importList(list.name, list.unit);
      // every row that came in the first time is now a duplicate; refused rows are refused again
      assert.equal(
        (counts.valid ?? 0) + (counts.incomplete ?? 0),
        0,
        `${list.name}: ${JSON.stringify(counts)}`,
      );
      assert.ok(counts.duplicate > 0, list.name);
      if ((counts.valid ?? 0) + (counts.incomplete ?? 0) > 0) await commitImport(deps, grant, actor, id);
    }
    assert.deepEqual(await totals(), before, 'producers, products, certificates, dossiers');
  });
});
