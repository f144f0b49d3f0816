// The export of a province's products with the life of each product (stars in force,
// recorded and proposed, the newest recognition's facts, the open dossier's stage, the
// gaps, the public address), as JSON, on the embedded engine over the national seed
// (25,000 products). Its figure stands beside a ceiling measured in the same run: the
// same rows and facts read by one SQL statement through the driver and serialised,
// with no paging, no domain function and no export writer. The same run times the
// province's data-quality worklist (first page, total, counts per fact) beside one
// plain statement that finds the same products' gaps.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Grant } from '../src/domain/access/policy.ts';
import { boot } from '../src/server/boot.ts';
import { queryRows } from '../src/server/db/client.ts';
import { parseEnv } from '../src/server/env.ts';
import { createLogger } from '../src/server/logger.ts';
import { exportRegistry } from '../src/server/modules/registry/export.service.ts';
import { worklistOf } from '../src/server/modules/registry/worklist.service.ts';
import { CACHE, ocop } from './lib.ts';

export interface ExportBench {
  province: string;
  rows: number;
  runs: number;
  exportMs: number;
  rowsPerSecond: number;
  ceilingMs: number;
  ceilingRowsPerSecond: number;
  ratio: number;
  /** the data-quality worklist's first page, total and counts per fact, for the same province */
  worklist: { ms: number; total: number; ceilingMs: number; ratio: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchExport(runs = 5): Promise<ExportBench> {
  const dataDir = join(CACHE, 'export-pglite');
  if (!existsSync(join(dataDir, 'pglite'))) {
    ocop(['migrate'], { DATA_DIR: dataDir });
    ocop(['seed', '--scale', 'national'], { DATA_DIR: dataDir });
  }
  const env = parseEnv({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' });
  const booted = await boot(env, { log: createLogger('error') });
  try {
    const { deps } = booted;
    const db = deps.database.db;
    // the province with the most products
    const [top] = await queryRows<{ id: string; name: string; n: number }>(
      db,
      sql`SELECT p.scope_province_id AS id, u.name, count(*)::int AS n FROM products p
          JOIN admin_units u ON u.id = p.scope_province_id GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`,
    );
    const grant: Grant = {
      id: 'bench',
      role: 'province_officer',
      scopeKind: 'unit',
      unitId: top.id,
      unitLevel: 'province',
      producerId: null,
      councilId: null,
      roundId: null,
    };
    const exportTimes: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const file = await exportRegistry(deps, grant, 'products', {}, '-updatedAt', 'json');
      exportTimes.push(performance.now() - t);
      rows = file.rows;
    }
    const ceilingTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const all = await queryRows<Record<string, unknown>>(
        db,
        sql`SELECT p.id, p.name, p.code, p.product_set, p.public_id, p.status, pr.name AS producer, pr.placeholder,
              p.certificate_id, p.certificate_stars, p.certificate_status, p.certificate_valid_until,
              p.certificate_valid_until_latest, p.certificate_renewal_filed_on,
              c.certificate_no, c.decision_no, c.decision_date, c.decision_year, c.issuer,
              c.revocation_decision_no, c.revocation_decision_date, c.revocation_ground, c.incomplete_facts,
              d.status AS stage, d.proposed_stars,
              (SELECT name FROM admin_units u WHERE u.id = p.scope_commune_id) AS commune
            FROM products p JOIN producers pr ON pr.id = p.producer_id
            LEFT JOIN certificates c ON c.id = p.certificate_id
            LEFT JOIN dossiers d ON d.product_id = p.id AND d.status NOT IN ('recognised', 'notRecognised', 'withdrawn')
            WHERE p.scope_province_id = ${top.id}
            ORDER BY p.updated_at DESC, p.id`,
      );
      JSON.stringify(all);
      ceilingTimes.push(performance.now() - t);
    }
    const exportMs = median(exportTimes);
    const ceilingMs = median(ceilingTimes);
    // the worklist of the same province: its service against the gaps of every product in one plain statement
    const worklistTimes: number[] = [];
    let worklistTotal = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const page = await worklistOf(deps, grant, { page: 1, pageSize: 50 });
      worklistTimes.push(performance.now() - t);
      worklistTotal = page.total;
    }
    const worklistCeiling: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await queryRows(
        db,
        sql`SELECT count(*) FILTER (WHERE pr.placeholder OR u.level IS DISTINCT FROM 'commune' OR p.product_set IS NULL
                OR (p.certificate_id IS NOT NULL AND (p.certificate_stars IS NULL OR c.decision_no IS NULL OR c.decision_date IS NULL)))
            FROM products p JOIN producers pr ON pr.id = p.producer_id
            LEFT JOIN admin_units u ON u.id = p.unit_id LEFT JOIN certificates c ON c.id = p.certificate_id
            WHERE p.scope_province_id = ${top.id} AND p.status <> 'withdrawn'`,
      );
      worklistCeiling.push(performance.now() - t);
    }
    return {
      province: top.name,
      rows,
      runs,
      exportMs,
      rowsPerSecond: (rows / exportMs) * 1000,
      ceilingMs,
      ceilingRowsPerSecond: (rows / ceilingMs) * 1000,
      ratio: ceilingMs / exportMs,
      worklist: {
        ms: median(worklistTimes),
        total: worklistTotal,
        ceilingMs: median(worklistCeiling),
        ratio: median(worklistCeiling) / median(worklistTimes),
      },
    };
  } finally {
    await booted.close();
  }
}
