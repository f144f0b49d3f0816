import { readFile } from 'node:fs/promises';
import { boot } from '../../server/boot.ts';
import type { Env } from '../../server/env.ts';
import { exportCheckpoint } from '../../server/modules/audit/audit-checkpoint.ts';
import { redactPersonal } from '../../server/modules/audit/audit.service.ts';
import { type KeptHead, verifyAuditChain } from '../../server/modules/audit/audit-verify.ts';
import type { CliValues } from '../main.ts';
import { cliLogger, type Output } from '../output.ts';

export async function runAudit(
  env: Env,
  sub: string | undefined,
  values: CliValues,
  out: Output,
): Promise<number> {
  if (sub !== 'verify' && sub !== 'checkpoint' && sub !== 'redact') {
    out.error(
      'usage: ocop audit verify [--against FILE_OR_URL] | checkpoint | redact --id N --reason TEXT',
      'USAGE',
    );
    return 2;
  }
  const kept =
    sub === 'verify' && values.against
      ? await readKeptHead(values.against).catch((err: Error) => err)
      : undefined;
  if (kept instanceof Error) {
    out.error(`--against: ${kept.message}`, 'USAGE');
    return 2;
  }
  const booted = await boot(env, { migrate: sub !== 'verify', log: cliLogger(env) });
  const { deps } = booted;
  try {
    if (sub === 'checkpoint') {
      const c = await exportCheckpoint(deps.database.db, deps.auditSigning, deps.checkpointDir);
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
    const report = await verifyAuditChain(
      deps.database.db,
      { secret: deps.auditSecret, signing: deps.auditSigning },
      deps.checkpointDir,
      kept,
    );
    out.result(report, () => {
      out.line(
        `${report.ok ? 'OK' : 'FAILED'}: ${report.rows} rows, last id ${report.lastId}, ${report.checkpoints} checkpoints, ${report.redacted} redacted${kept ? `, against a kept head at row ${kept.lastId}` : ''}`,
      );
      for (const p of report.problems) out.line(`  [${p.kind}] row ${p.id ?? '-'}: ${p.message}`);
    });
    return report.ok ? 0 : 1;
  } finally {
    await booted.close();
  }
}

/** A head kept elsewhere: a JSON file, or the address of a witness (or this server's /api/audit/head). */
async function readKeptHead(source: string): Promise<KeptHead> {
  const text = /^https?:\/\//.test(source)
    ? await fetch(source, { signal: AbortSignal.timeout(10_000) }).then((r) => {
        if (!r.ok) throw new Error(`${source} answered ${r.status}`);
        return r.text();
      })
    : await readFile(source, 'utf8');
  const head = JSON.parse(text) as KeptHead;
  if (!Number.isInteger(head.lastId) || head.lastId < 0 || typeof head.lastHash !== 'string')
    throw new Error('not a chain head (needs lastId and lastHash)');
  return head;
}
