// ocop — operator command line. Each subcommand lives in its own file.
import { parseArgs } from 'node:util';
import { EnvError, parseEnv } from '../server/env.ts';
import { DataDirLockedError } from '../server/db/lock.ts';
import { AppError } from '../server/core/app-error.ts';
import { formatMessage } from '../shared/errors.ts';
import { createOutput } from './output.ts';

export const HELP = `ocop — Nền tảng quản lý Chương trình OCOP / OCOP programme platform

Usage: ocop <command> [options]

Commands:
  serve                         start the API and web app (PORT, DATA_DIR, DATABASE_URL)
  migrate                       apply database migrations and load reference data
  seed --demo                   load the demo world (two provinces, officers, producers)
  seed --scale national [--products N] [--seed S]
                                synthetic national data (34 provinces, 3,321 communes,
                                >=10,000 producers, >=25,000 products by default)
  user add --email E --name N --role R [--unit ID | --producer ID | --council ID]
           [--password P]       create an account (password generated when omitted)
  import producers|products FILE [--unit CODE_OR_NAME] [--kind recognitions|council-results|revocations]
         [--mapping FILE] [--dry-run]
                                load an .xlsx/.csv list (header found, columns guessed,
                                every row checked; all valid rows or nothing)
  export producers|products [--unit CODE_OR_NAME] --format xlsx|csv|json [--out FILE]
  rubric list | rubric show --rubric ID [--set N] | rubric diff --rubric FROM --to TO [--set N]
                                score-sheet versions, their sets, rules and validation warnings
  rubric import FILE [--rules FILE] [--dry-run]
                                add a rubric version (pack format of resources/rubrics):
                                every inconsistency reported, diff against the version before
  procedure list | procedure show --id ID
                                procedure versions of the evaluation (r1048 … r26_2026):
                                steps and who acts, forms, time limits (unit, legal basis),
                                rounds, score routing, who certifies each star
  score --rubric ID --set N --answers FILE
                                score a sheet: total, parts, stars, markers that block
  calendar holidays --year Y    a year's days off as decided (the Labour Code's when no
                                decision is loaded, said so) and its make-up working days
  calendar add --from YYYY-MM-DD --working-days N | --days N
                                the last day of a time limit (start day not counted; a
                                period ending on a day off ends on the next working day)
  calendar set FILE             store a year's days off as decided (JSON, as in
                                resources/calendar/vn-days-off.json)
  audit verify [--against FILE_OR_URL]
                                verify the audit hash chain against the signed checkpoints
                                and, with --against, a head kept elsewhere (a saved
                                GET /api/audit/head, a checkpoint file, or its address)
  audit checkpoint              export a signed checkpoint of the chain head now
  audit redact --id N --reason T
                                erase personal fields of one audit row (lawful request)

Options:
  --json                        machine-readable output
  -h, --help                    this help

Roles: producer, commune_officer, province_officer, council_member, advisory_member,
       central_officer, inspector, system_admin
Unit ids: <structure>:<GSO code>, e.g. vn-2tier-2025:38 (Thanh Hóa).`;

export const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  demo: { type: 'boolean' },
  scale: { type: 'string' },
  products: { type: 'string' },
  seed: { type: 'string' },
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  unit: { type: 'string' },
  producer: { type: 'string' },
  council: { type: 'string' },
  password: { type: 'string' },
  port: { type: 'string' },
  id: { type: 'string' },
  reason: { type: 'string' },
  against: { type: 'string' },
  mapping: { type: 'string' },
  'dry-run': { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  rubric: { type: 'string' },
  set: { type: 'string' },
  answers: { type: 'string' },
  to: { type: 'string' },
  rules: { type: 'string' },
  kind: { type: 'string' },
  year: { type: 'string' },
  from: { type: 'string' },
  'working-days': { type: 'string' },
  days: { type: 'string' },
} as const;

export type CliValues = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`ocop: ${(err as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const out = createOutput(values.json ?? false);
  const [command, sub] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${HELP}\n`);
    return command || values.help ? 0 : 2;
  }
  try {
    const env = parseEnv({ ...process.env, ...(values.port ? { PORT: values.port } : {}) });
    switch (command) {
      // commands load lazily: `ocop audit verify` need not load the seeders
      case 'serve':
        return await (await import('./commands/serve.ts')).runServe(env);
      case 'migrate':
        return await (await import('./commands/migrate.ts')).runMigrate(env, out);
      case 'seed':
        return await (await import('./commands/seed.ts')).runSeed(env, values, out);
      case 'user':
        return await (await import('./commands/user.ts')).runUser(env, sub, values, out);
      case 'audit':
        return await (await import('./commands/audit.ts')).runAudit(env, sub, values, out);
      case 'score':
        return await (await import('./commands/score.ts')).runScore(env, values, out);
      case 'rubric':
        return await (await import('./commands/score.ts')).runRubric(env, sub, positionals[2], values, out);
      case 'procedure':
        return await (await import('./commands/procedure.ts')).runProcedure(env, sub, values, out);
      case 'calendar':
        return await (await import('./commands/calendar.ts')).runCalendar(
          env,
          sub,
          positionals[2],
          values,
          out,
        );
      case 'import':
        return await (await import('./commands/registry-io.ts')).runImport(
          env,
          sub,
          positionals[2],
          values,
          out,
        );
      case 'export':
        return await (await import('./commands/registry-io.ts')).runExport(env, sub, values, out);
      default:
        out.error(`unknown command "${command}" (see ocop --help)`, 'USAGE');
        return 2;
    }
  } catch (err) {
    if (err instanceof AppError) {
      out.error(
        `${formatMessage(err.code, 'vi', err.params)} / ${formatMessage(err.code, 'en', err.params)}${err.details ? ` ${JSON.stringify(err.details)}` : ''}`,
        err.code,
      );
      return 1;
    }
    if (err instanceof EnvError || err instanceof DataDirLockedError) {
      out.error(err.message, err instanceof EnvError ? 'CONFIG' : 'LOCKED');
      return 1;
    }
    out.error((err as Error).stack ?? String(err), 'INTERNAL');
    return 1;
  }
}
