import { randomBytes } from 'node:crypto';
import { boot } from '../../server/boot.ts';
import type { Env } from '../../server/env.ts';
import { SYSTEM_ACTOR } from '../../server/core/actor.ts';
import { createUser } from '../../server/modules/users/users.service.ts';
import { ROLE_SCOPES, ROLES, type Role } from '../../shared/roles.ts';
import type { CliValues } from '../main.ts';
import { cliLogger, type Output } from '../output.ts';

export async function runUser(
  env: Env,
  sub: string | undefined,
  values: CliValues,
  out: Output,
): Promise<number> {
  if (sub !== 'add') {
    out.error(
      'usage: ocop user add --email E --name N --role R [--unit ID | --producer ID | --council ID]',
      'USAGE',
    );
    return 2;
  }
  if (!values.email || !values.name || !values.role) {
    out.error('--email, --name and --role are required', 'USAGE');
    return 2;
  }
  if (!(ROLES as readonly string[]).includes(values.role)) {
    out.error(`unknown role "${values.role}"; one of ${ROLES.join(', ')}`, 'USAGE');
    return 2;
  }
  const role = values.role as Role;
  const scopeKind = values.unit
    ? 'unit'
    : values.producer
      ? 'producer'
      : values.council
        ? 'council'
        : ROLE_SCOPES[role].includes('nation')
          ? 'nation'
          : null;
  if (!scopeKind) {
    out.error(`role ${role} needs a scope: ${ROLE_SCOPES[role].join(' or ')}`, 'USAGE');
    return 2;
  }
  const generated = !values.password;
  const password = values.password ?? `${randomBytes(9).toString('base64url')}9a`;
  const booted = await boot(env, { log: cliLogger(env) });
  try {
    const id = await createUser(
      booted.deps,
      { ...SYSTEM_ACTOR, label: 'cli' },
      {
        email: values.email,
        fullName: values.name,
        password,
        mustChangePassword: true,
        grants: [
          { role, scopeKind, unitId: values.unit, producerId: values.producer, councilId: values.council },
        ],
      },
    );
    out.result({ ok: true, id, email: values.email, ...(generated ? { password } : {}) }, () => {
      out.line(
        `Đã tạo tài khoản / account created: ${values.email} (${role}, ${scopeKind}${values.unit ? ` ${values.unit}` : ''})`,
      );
      if (generated)
        out.line(`Mật khẩu tạm / temporary password: ${password}  (must be changed at first sign-in)`);
    });
    return 0;
  } finally {
    await booted.close();
  }
}
