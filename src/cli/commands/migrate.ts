import { boot } from '../../server/boot.ts';
import { countAppliedMigrations } from '../../server/db/migrate.ts';
import type { Env } from '../../server/env.ts';
import { cliLogger, type Output } from '../output.ts';

export async function runMigrate(env: Env, out: Output): Promise<number> {
  const booted = await boot(env, { log: cliLogger(env) });
  try {
    const applied = await countAppliedMigrations(booted.deps.database);
    out.result({ ok: true, db: booted.deps.database.kind, migrations: applied }, () =>
      out.line(
        `Đã cập nhật cơ sở dữ liệu / database up to date (${booted.deps.database.kind}, ${applied} migrations)`,
      ),
    );
    return 0;
  } finally {
    await booted.close();
  }
}
