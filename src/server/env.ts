// Environment parsed once at start-up: a missing or malformed variable stops the
// program with a message naming it, instead of failing later in a request.
import { z } from 'zod';
import { isCalendarDate } from '../domain/time/vietnam-date.ts';

const boolish = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    /** HMAC key of the audit chain; generated into DATA_DIR on the embedded database when absent. */
    AUDIT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUDIT_CHECKPOINT_DIR: z.string().optional(),
    /** Ed25519 private key (PKCS#8 PEM) signing checkpoints and the published head; keep it off the database host */
    AUDIT_SIGNING_KEY_FILE: z.string().min(1).optional(),
    /** the matching public key, for a verifier that holds no private key */
    AUDIT_PUBLIC_KEY_FILE: z.string().min(1).optional(),
    /** a checkpoint is written after this many new audit rows … */
    AUDIT_CHECKPOINT_EVERY_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(1000),
    /** … or this many minutes after the last one, whichever comes first (when the chain moved) */
    AUDIT_CHECKPOINT_EVERY_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(60),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    COOKIE_SECURE: boolish.optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().default('OCOP <no-reply@ocop.local>'),
    /** connections the pooled SMTP transport keeps open */
    SMTP_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(5),
    /** the HTTP gateway of text messages (SMS or Zalo notifications): POST {to, text, reference} as JSON */
    SMS_GATEWAY_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
      .optional(),
    /** sent as "Authorization: Bearer …" to the gateway, when set */
    SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
    SEED_DEMO: boolish.default(true),
    /**
     * where the public reaches this server, without a trailing slash: each product's permanent
     * address `{PUBLIC_URL}/sp/{publicId}` is printed with it on certificates and stamps. Required in
     * production; `http://localhost:{PORT}` elsewhere.
     */
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
      .refine((v) => !/[?#]/.test(v), 'must be an address without ? or #')
      .optional(),
    WEB_BUILD: z.enum(['auto', 'always', 'never']).default('auto'),
    /** fixes "today" (the date in Vietnam the law counts in) for tests, demos and checks; refused in production */
    OCOP_TODAY: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
      .refine(isCalendarDate, 'must be a real calendar date')
      .optional(),
  })
  .refine((env) => !(env.NODE_ENV === 'production' && env.OCOP_TODAY), {
    path: ['OCOP_TODAY'],
    message: 'cannot be set in production: the date is the real date in Vietnam',
  })
  .refine((env) => !(env.NODE_ENV === 'production' && !env.PUBLIC_URL), {
    path: ['PUBLIC_URL'],
    message:
      'is required in production: the public address of this server (e.g. https://ocop.tinh.gov.vn), printed on certificates and stamps as {PUBLIC_URL}/sp/{id}',
  })
  .transform((env) => ({
    ...env,
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
  }));

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Cấu hình không hợp lệ / invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export class EnvError extends Error {}
