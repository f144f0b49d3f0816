import { boot } from '../../server/boot.ts';
import type { Env } from '../../server/env.ts';
import { DEMO_PASSWORD } from '../../server/seed/demo-data.ts';
import { isDemoSeeded, seedDemo } from '../../server/seed/demo-seed.ts';
import { seedNational } from '../../server/seed/national/seed-national.ts';
import type { CliValues } from '../main.ts';
import { cliLogger, type Output } from '../output.ts';

export async function runSeed(env: Env, values: CliValues, out: Output): Promise<number> {
  if (!values.demo && values.scale !== 'national') {
    out.error('choose --demo or --scale national', 'USAGE');
    return 2;
  }
  const products = values.products ? Number(values.products) : undefined;
  if (products !== undefined && (!Number.isInteger(products) || products < 100 || products > 2_000_000)) {
    out.error('--products must be a whole number between 100 and 2,000,000', 'USAGE');
    return 2;
  }
  const booted = await boot(env, { log: cliLogger(env) });
  try {
    if (values.demo) {
      if (await isDemoSeeded(booted.deps)) {
        out.result({ ok: true, alreadySeeded: true }, () =>
          out.line('Dữ liệu demo đã có sẵn / demo data already loaded'),
        );
        return 0;
      }
      const logins = await seedDemo(booted.deps);
      out.result({ ok: true, password: DEMO_PASSWORD, logins }, () => {
        out.line(`Demo logins (password ${DEMO_PASSWORD}):`);
        for (const l of logins) out.line(`  ${l.email.padEnd(32)} ${l.role.padEnd(18)} ${l.unit}`);
      });
      return 0;
    }
    let lastShown = 0;
    const result = await seedNational(
      booted.deps.database,
      booted.deps.auditSecret,
      { products, seed: values.seed ? Number(values.seed) : undefined },
      (done, total, phase) => {
        const now = Date.now();
        if (!out.json && (now - lastShown > 1000 || done === total)) {
          lastShown = now;
          process.stderr.write(
            `\r${phase}: ${done.toLocaleString('vi-VN')} / ${total.toLocaleString('vi-VN')}   `,
          );
        }
      },
    );
    if (!out.json) process.stderr.write('\n');
    out.result({ ok: true, ...result }, () =>
      out.line(
        `Đã tạo / created ${result.producers} producers, ${result.products} products, ${result.certificates} certificates in ${(result.ms / 1000).toFixed(1)} s`,
      ),
    );
    return 0;
  } finally {
    await booted.close();
  }
}
