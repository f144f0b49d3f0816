// ocop import producers|products FILE [--unit CODE_OR_NAME] [--mapping FILE] [--dry-run] [--json]
// ocop export producers|products [--unit CODE_OR_NAME] --format xlsx|csv|json [--out FILE]
// The operator acts as an officer of --unit (or nationally without it).
import { IMPORT_LIST_KINDS } from '../../shared/enums.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Grant } from '../../domain/access/policy.ts';
import { boot } from '../../server/boot.ts';
import type { Executor } from '../../server/db/client.ts';
import type { Env } from '../../server/env.ts';
import { AppError } from '../../server/core/app-error.ts';
import { findCurrentUnit } from '../../server/modules/admin-units/admin-units.service.ts';
import { SYSTEM_ACTOR } from '../../server/core/actor.ts';
import * as imports from '../../server/modules/imports/imports.service.ts';
import { commitImport } from '../../server/modules/imports/commit-import.ts';
import { exportRegistry, type ExportFormat } from '../../server/modules/registry/export.service.ts';
import type { CliValues } from '../main.ts';
import { cliLogger, type Output } from '../output.ts';

async function unitGrant(db: Executor, text: string | undefined): Promise<Grant> {
  const base = { id: 'cli', producerId: null, councilId: null, roundId: null };
  if (!text) return { ...base, role: 'system_admin', scopeKind: 'nation', unitId: null, unitLevel: null };
  const unit = await findCurrentUnit(db, text);
  if (!unit) throw new AppError('UNIT_NOT_FOUND', { code: text });
  return unit.level === 'province'
    ? { ...base, role: 'province_officer', scopeKind: 'unit', unitId: unit.id, unitLevel: 'province' }
    : { ...base, role: 'commune_officer', scopeKind: 'unit', unitId: unit.id, unitLevel: 'commune' };
}

export async function runImport(
  env: Env,
  kind: string | undefined,
  file: string | undefined,
  values: CliValues,
  out: Output,
): Promise<number> {
  if (
    (kind !== 'producers' && kind !== 'products') ||
    !file ||
    (values.kind !== undefined && !(IMPORT_LIST_KINDS as readonly string[]).includes(values.kind))
  ) {
    out.error(
      'usage: ocop import producers|products FILE [--unit CODE_OR_NAME] [--kind recognitions|council-results|revocations] [--mapping FILE] [--dry-run] [--json]',
      'USAGE',
    );
    return 2;
  }
  const bytes = new Uint8Array(await readFile(file));
  const booted = await boot(env, { log: cliLogger(env) });
  try {
    const { deps } = booted;
    const grant = await unitGrant(deps.database.db, values.unit);
    const actor = { ...SYSTEM_ACTOR, label: 'cli' };
    const started = await imports.startImport(deps, grant, actor, {
      kind,
      listKind: values.kind as (typeof IMPORT_LIST_KINDS)[number] | undefined,
      fileName: basename(file),
      bytes,
      scopeUnitId: grant.unitId ?? undefined,
    });
    let mapping: Record<string, number | null> | undefined;
    if (values.mapping) {
      const given = JSON.parse(await readFile(values.mapping, 'utf8')) as Record<
        string,
        number | string | null
      >;
      const byLabel = new Map(started.columns.map((c) => [c.label.toLowerCase(), c.index]));
      // the file corrects the guessed mapping; fields it does not name keep their guess
      mapping = {
        ...started.mapping,
        ...Object.fromEntries(
          Object.entries(given).map(([k, v]) => [
            k,
            typeof v === 'string' ? (byLabel.get(v.toLowerCase()) ?? null) : v,
          ]),
        ),
      };
    }
    const validated = await imports.validateImport(deps, grant, actor, started.id, { mapping });
    const counts = validated.counts as Record<string, number>;
    const bad = await imports.listRows(deps, grant, actor, started.id, 'invalid', 1, 1000);
    const labelOf = new Map(started.columns.map((c) => [c.index, c.label]));
    const used = (mapping ?? started.mapping) as Record<string, number | null>;
    const errors = bad.items.flatMap((r) =>
      (r.errors as { field: string; message: { vi: string } }[]).map((e) => ({
        row: r.rowNo,
        column: used[e.field] != null ? (labelOf.get(used[e.field]!) ?? e.field) : e.field,
        message: e.message.vi,
      })),
    );
    let imported = 0;
    if (!values['dry-run'] && (counts.valid ?? 0) + (counts.incomplete ?? 0) > 0) {
      const committed = await commitImport(deps, grant, actor, started.id);
      // the rows written by this run (a row the registry already holds is a duplicate)
      imported = (committed.counts as { created: { rows: number } }).created.rows;
    }
    const result = {
      rows: counts.rows ?? 0,
      valid: counts.valid ?? 0,
      incomplete: counts.incomplete ?? 0,
      invalid: counts.invalid ?? 0,
      review: counts.review ?? 0,
      duplicate: counts.duplicate ?? 0,
      imported,
      errors,
    };
    out.result(result, () => {
      out.line(
        `${basename(file)}: ${result.rows} dòng/rows — ${result.valid} hợp lệ/valid, ${result.incomplete} thiếu thông tin/incomplete, ${result.invalid} lỗi/invalid, ${result.review} chờ rà soát/review, ${result.duplicate} trùng/duplicate`,
      );
      out.line(
        values['dry-run']
          ? 'Chạy thử: chưa ghi gì / dry run: nothing written'
          : `Đã nhập / imported: ${imported}`,
      );
      for (const e of errors.slice(0, 50)) out.line(`  dòng ${e.row} [${e.column}]: ${e.message}`);
      if (errors.length > 50) out.line(`  … ${errors.length - 50} lỗi khác / more errors (use --json)`);
    });
    return 0;
  } finally {
    await booted.close();
  }
}

export async function runExport(
  env: Env,
  kind: string | undefined,
  values: CliValues,
  out: Output,
): Promise<number> {
  const format = (values.format ?? 'xlsx') as ExportFormat;
  if ((kind !== 'producers' && kind !== 'products') || !['xlsx', 'csv', 'json'].includes(format)) {
    out.error(
      'usage: ocop export producers|products [--unit CODE_OR_NAME] --format xlsx|csv|json [--out FILE]',
      'USAGE',
    );
    return 2;
  }
  const booted = await boot(env, { log: cliLogger(env) });
  try {
    const grant = await unitGrant(booted.deps.database.db, values.unit);
    const file = await exportRegistry(
      booted.deps,
      grant,
      kind,
      {},
      kind === 'producers' ? 'name' : '-updatedAt',
      format,
    );
    if (values.out) {
      await writeFile(values.out, file.body);
      out.result({ ok: true, rows: file.rows, file: values.out }, () =>
        out.line(`Đã xuất / exported ${file.rows} rows to ${values.out}`),
      );
    } else {
      process.stdout.write(file.body);
    }
    return 0;
  } finally {
    await booted.close();
  }
}
