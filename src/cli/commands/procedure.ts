// ocop procedure list | show --id ID [--json]: the procedure versions of the
// evaluation as the platform stores them — steps and who acts, forms, time limits
// with their unit and legal basis, rounds, score routing, who certifies each star.
import type { ProcedureVersionReply } from '../../shared/contracts/procedures.ts';
import { formatDate } from '../../shared/format.ts';
import { termOf, V } from '../../shared/vocabulary.ts';
import { boot } from '../../server/boot.ts';
import type { Env } from '../../server/env.ts';
import {
  getProcedureVersion,
  listProcedureVersions,
} from '../../server/modules/rubrics/procedures.service.ts';
import type { CliValues } from '../main.ts';
import { cliLogger, type Output } from '../output.ts';

export const PROCEDURE_USAGE = 'usage: ocop procedure list | procedure show --id ID';

const actor = (id: string) => termOf(V.procedureActor, id, 'vi');
const basis = (b: { instrument: string; article: string | null; sources: string[] }) =>
  `${b.instrument}${b.article ? `, ${b.article}` : ''} [${b.sources.join('][')}]`;
const period = (v: ProcedureVersionReply) =>
  `${formatDate(v.from, 'vi')} → ${v.to ? formatDate(v.to, 'vi') : '…'}`;

function printVersion(v: ProcedureVersionReply, out: Output) {
  out.line(`${v.id}  ${v.title.vi}`);
  out.line(
    `  ${period(v)}  bộ tiêu chí ${v.rubricVersionId}  ${v.verified ? 'đã xác minh' : 'chưa xác minh'}`,
  );
  for (const i of v.instruments) out.line(`  ${i.ref} (${formatDate(i.signedOn, 'vi')}): ${i.about}`);
  if (v.transition)
    out.line(
      `  Chuyển tiếp: lần đầu ${v.transition.days.first}, nâng hạng ${v.transition.days.upgrade}, đánh giá lại ${v.transition.days.reEvaluation} ${termOf(V.limitUnit, v.transition.unit, 'vi')} (${basis(v.transition.basis)})`,
    );
  out.line('Các bước / steps:');
  v.steps.forEach((s, i) => {
    out.line(`  ${String(i + 1).padStart(2)}. ${s.name.vi} — ${actor(s.actor)}`);
    for (const f of s.forms)
      out.line(`        ${f.ref ?? '·'} ${f.name.vi}${f.confirmed ? '' : ' (CHƯA XÁC NHẬN / UNCONFIRMED)'}`);
    if (s.samples) out.line(`        ${s.samples} mẫu sản phẩm`);
  });
  if (v.limits.length) out.line('Thời hạn / time limits:');
  for (const l of v.limits)
    out.line(
      `  ${l.id}: ${termOf(V.limitBound, l.bound, 'vi').toLowerCase()} ${l.value} ${termOf(V.limitUnit, l.unit, 'vi')}${l.confirmedUnit ? '' : ' (đơn vị chưa xác nhận / unit unconfirmed)'} — ${l.name.vi} (${basis(l.basis)})`,
    );
  for (const r of v.rounds)
    out.line(
      `Đợt ${termOf(V.procedureLevel, r.level, 'vi').toLowerCase()}: ${r.windows.map((w) => `trước ${w.decideBy.split('-').reverse().join('/')} (đề nghị trước ${w.proposalsBy.split('-').reverse().join('/')})`).join('; ')}`,
    );
  out.line('Chuyển cấp theo điểm / score routing:');
  for (const l of v.scoringLevels)
    out.line(
      `  ${actor(l.council)}${l.forwardsFrom === null ? '' : `: từ ${l.forwardsFrom} điểm đề nghị cấp trên`}`,
    );
  out.line('Công nhận / certified by:');
  for (const a of v.authorities) out.line(`  ${a.stars}★ ${actor(a.actor)} (${basis(a.basis)})`);
  for (const n of v.notes) out.line(`  ! ${n}`);
}

export async function runProcedure(env: Env, sub: string | undefined, values: CliValues, out: Output) {
  if (!(sub === 'list' || (sub === 'show' && values.id))) {
    out.error(PROCEDURE_USAGE, 'USAGE');
    return 2;
  }
  const booted = await boot(env, { log: cliLogger(env) });
  const db = booted.deps.database.db;
  try {
    if (sub === 'list') {
      const list = await listProcedureVersions(db);
      out.result(list, () =>
        list.forEach((v) =>
          out.line(
            `${v.id.padEnd(10)} ${period(v).padEnd(27)} ${v.rubricVersionId.padEnd(12)} ${v.steps.length} bước  ${v.limits.length} thời hạn  ${v.verified ? 'verified' : 'unverified'}  ${v.title.vi}`,
          ),
        ),
      );
      return 0;
    }
    const version = await getProcedureVersion(db, values.id!);
    out.result(version, () => printVersion(version, out));
    return 0;
  } finally {
    await booted.close();
  }
}
