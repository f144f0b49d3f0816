// Multipart uploads: the file and the text fields beside it. The fields get the same
// hygiene as JSON bodies (control characters and lone surrogates refused, NFC) and are
// checked with the route's zod schema, so a bad field is a 400 naming it; the file is
// read within the route's size limit (checked before the body, in app.ts).
import type { Context } from 'hono';
import type { z } from 'zod';
import { excerpt } from '../../shared/errors.ts';
import { AppError } from '../core/app-error.ts';
import { cleanJsonValue, type InputProblem } from './json-body.ts';
import type { AppEnv } from './types.ts';

export async function readUpload<S extends z.ZodType>(
  c: Context<AppEnv>,
  fields: S,
): Promise<{ file: File; fields: z.infer<S> }> {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const { file, ...rest } = body;
  if (!(file instanceof File)) throw new AppError('MULTIPART_REQUIRED');
  const text = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'string'));
  const problems: InputProblem[] = [];
  const clean = cleanJsonValue(text, '', 0, problems);
  if (problems.length) throw new AppError('VALIDATION_FAILED', {}, { issues: problems });
  const parsed = fields.safeParse(clean);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => ({
      field: excerpt(i.path.join('.') || '(form)', 60),
      code: i.code,
      message: excerpt(i.message, 200),
    }));
    throw new AppError('VALIDATION_FAILED', {}, { issues });
  }
  return { file, fields: parsed.data };
}
