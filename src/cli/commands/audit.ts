import { boot } from '../../server/boot.ts';
import type { Env } from '../../server/env.ts';
import { exportCheckpoint } from '../../server/modules/audit/audit-checkpoint.ts';
import { redactPersonal } from '../../server/modules/audit/audit.service.ts';
import { verifyAuditChain } from '../../server/modules/audit/audit-verify.ts';
import type { CliValues } from '../main.ts';
import { cliLogger, type Output } from '../output.ts';

export async function runAudit(
  env: Env,
  sub: string | undefined,
  values: CliValues,
  out: Output,
): Promise<number> {
  if (sub !== 'verify' && sub !== 'checkpoint' && sub !== 'redact') {
    out.error('usage: ocop audit verify | checkpoint | redact --id N --reason TEXT', 'USAGE');
    return 2;
  }
  const booted = await boot(env, { migrate: sub !== 'verify', log: cliLogger(env) });
  const { deps } = booted;
  try {
    if (sub === 'checkpoint') {
      const c = await exportCheckpoint(deps.database.db, deps.auditSecret, deps.checkpointDir);
      out.result(c, () => out.line(`Checkpoint: row ${c.lastId} → ${c.file}`));
      return 0;
    }
    if (sub === 'redact') {
      const id = Number(values.id);
      if (!Number.isInteger(id) || id < 1 || !values.reason || values.reason.trim().length < 5) {
        out.error('--id (audit row) and --reason (at least 5 characters) are required', 'USAGE');
        return 2;
      }
      const done = await deps.database.db.transaction((tx) => redactPersonal(tx, id, values.reason!.trim()));
      out.result({ ok: done, id }, () =>
        out.line(
          done
            ? `Đã xóa dữ liệu cá nhân / personal fields erased in row ${id}`
            : `Row ${id} holds no personal fields`,
        ),
      );
      return done ? 0 : 1;
    }
    const report = await verifyAuditChain(deps.database.db, deps.auditSecret, deps.checkpointDir);
    out.result(report, () => {
      out.line(
        `${report.ok ? 'OK' : 'FAILED'}: ${report.rows} rows, last id ${report.lastId}, ${report.checkpoints} checkpoints, ${report.redacted} redacted`,
      );
      for (const p of report.problems) out.line(`  [${p.kind}] row ${p.id ?? '-'}: ${p.message}`);
    });
    return report.ok ? 0 : 1;
  } finally {
    await booted.close();
  }
}
