// Conventions shared by every endpoint: the error shape, pagination and sorting.
// Plain zod, so the web app imports the same schemas for forms and typed calls.
import { z } from 'zod';
import { DB_KINDS, HEALTH_STATUSES } from '../enums.ts';
import { ERRORS } from '../errors.ts';

/** A JSON value (the snapshots and details that hold what a record was): documented as any JSON. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
// one level spelled out: a recursive schema cannot be drawn into the OpenAPI document
export const jsonValue = z
  .union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.any()), z.record(z.string(), z.any())])
  .meta({ description: 'any JSON value' }) as z.ZodType<JsonValue>;

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERRORS) as [keyof typeof ERRORS, ...(keyof typeof ERRORS)[]]),
      message: z.string(),
      details: z
        .record(z.string(), jsonValue)
        .optional()
        .meta({ description: 'what was wrong: the fields (issues), the criterion, the guard' }),
    }),
  })
  .meta({
    id: 'Error',
    description: 'Every failure has this shape; message follows Accept-Language (vi, en).',
  });

/** Text typed by people: trimmed, bounded, never empty unless optional. */
export const text = (max: number) => z.string().trim().min(1).max(max);

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).meta({ description: '1-based page number' }),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  q: z.string().trim().max(200).optional().meta({ description: 'accent-insensitive search text' }),
});

/** `sort=name` ascending, `sort=-updatedAt` descending; only listed fields are accepted. */
export function sortParam<const T extends readonly [string, ...string[]]>(fields: T, fallback: string) {
  const allowed = fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z
    .enum(allowed)
    .default(fallback)
    .meta({ description: `one of ${fields.join(', ')}; prefix - for descending` });
}

export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int().meta({
        description: 'rows matching the filter; an estimate when totalExact is false',
      }),
      totalExact: z.boolean().optional().meta({
        description:
          'false when the list stopped counting (see totalMoreThan) and total is the database’s estimate; absent or true: total is exact',
      }),
      totalMoreThan: z.number().int().optional().meta({
        description: 'present when totalExact is false: more than this many rows match (counted exactly)',
      }),
      sort: z.string().optional(),
    })
    .meta({ id });
}

export const actionsSchema = z
  .array(z.string())
  .meta({ description: 'actions the current user may take on this object' });

/** One move of an object's workflow, as the status history keeps it (newest first in lists). */
export const statusChangeSchema = z
  .object({
    fromStatus: z.string(),
    toStatus: z.string(),
    event: z.string(),
    actorLabel: z.string(),
    reason: z.string().nullable(),
    at: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'StatusChange' });

/** A write that answers nothing but that it was done. */
export const okSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });
/** A record created: its id. */
export const createdSchema = z.object({ id: z.uuid() }).meta({ id: 'Created' });

export const healthSchema = z
  .object({ status: z.enum(HEALTH_STATUSES), db: z.enum(DB_KINDS), version: z.string() })
  .meta({ id: 'Health' });

export const photoSchema = z
  .object({
    id: z.uuid(),
    width: z.number().int(),
    height: z.number().int(),
    bytes: z.number().int(),
    phash: z.string(),
    url: z.string(),
    thumbUrl: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ProductPhoto' });

export type PhotoView = z.infer<typeof photoSchema>;
