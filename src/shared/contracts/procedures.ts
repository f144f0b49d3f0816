// Procedure versions of the OCOP evaluation as data: the shipped file
// (resources/procedures/procedure-versions.json) and what GET /api/procedures answers.
// A version holds its steps and who acts at each, the forms of each step, its time
// limits with their unit and legal basis, its rounds, the scores that route a result
// and who certifies each star. Source ids (S1, S9 …) name the cited publications.
import { z } from 'zod';
import {
  DOSSIER_KINDS,
  INSTRUMENT_ROLES,
  LIMIT_BOUNDS,
  LIMIT_UNITS,
  PROCEDURE_ACTORS,
  PROCEDURE_LEVELS,
} from '../enums.ts';

const isoDate = z.iso.date();
const id = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/);
const sourceId = z.string().regex(/^[A-Z]\d+[a-z]?$/);
const words = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const actor = z.enum(PROCEDURE_ACTORS);
const level = z.enum(PROCEDURE_LEVELS);
const dossierKind = z.enum(DOSSIER_KINDS);
const stars = z.number().int().min(1).max(5);
/** a day of the year, mm-dd */
const dayOfYear = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

export const legalBasisSchema = z.strictObject({
  instrument: z.string().min(1).meta({ description: 'e.g. "QĐ 26/2026/QĐ-TTg"' }),
  article: z
    .string()
    .min(1)
    .nullable()
    .meta({ description: 'article or annex, e.g. "Điều 12", "Phụ lục III"; null when no source names it' }),
  sources: z.array(sourceId).min(1),
});

export const procedureFormSchema = z.strictObject({
  id,
  ref: z
    .string()
    .min(1)
    .nullable()
    .meta({ description: 'the form’s number as printed ("Mẫu 01"); null when none' }),
  name: words,
  basis: legalBasisSchema,
  confirmed: z.boolean().meta({ description: 'false: no source confirms that this step requires it' }),
});

export const procedureStepSchema = z.strictObject({
  id,
  name: words,
  actor,
  forms: z.array(procedureFormSchema),
  samples: z.number().int().min(0).optional().meta({ description: 'product samples sent with the step' }),
  dossierKinds: z.array(dossierKind).optional().meta({ description: 'absent: every kind' }),
  basis: legalBasisSchema,
  note: z.string().optional(),
});

export const procedureLimitSchema = z.strictObject({
  id,
  name: words,
  value: z.number().int().min(0),
  unit: z.enum(LIMIT_UNITS),
  bound: z.enum(LIMIT_BOUNDS),
  confirmedUnit: z.boolean().meta({ description: 'false: no source says whether the days are working days' }),
  steps: z.array(id).meta({ description: 'the steps it bounds; empty: the certificate or the dossier' }),
  dossierKinds: z.array(dossierKind).optional(),
  basis: legalBasisSchema,
  note: z.string().optional(),
});

export const procedureRoundSchema = z.strictObject({
  level,
  minPerYear: z.number().int().min(0),
  windows: z.array(z.strictObject({ decideBy: dayOfYear, proposalsBy: dayOfYear })),
  extraRounds: words.nullable(),
  basis: legalBasisSchema,
});

export const scoringLevelSchema = z.strictObject({
  level,
  council: actor,
  forwardsFrom: z
    .number()
    .min(0)
    .max(100)
    .nullable()
    .meta({ description: 'an average total at or above it goes to the next level; null: the last level' }),
  basis: legalBasisSchema,
});

export const certifyingAuthoritySchema = z.strictObject({
  stars,
  actor,
  revokedBy: actor.nullable(),
  basis: legalBasisSchema,
});

export const procedureVersionSchema = z.strictObject({
  id,
  rubricVersionId: z.string().min(1),
  title: words,
  instruments: z
    .array(
      z.strictObject({
        ref: z.string().min(1),
        signedOn: isoDate,
        role: z.enum(INSTRUMENT_ROLES),
        about: z.string().min(1),
        sources: z.array(sourceId).min(1),
      }),
    )
    .min(1),
  from: isoDate,
  to: isoDate.nullable(),
  verified: z.boolean().meta({ description: 'checked against an official publication' }),
  centralBody: words,
  transition: z
    .strictObject({
      days: z.strictObject({
        first: z.number().int().min(0),
        upgrade: z.number().int().min(0),
        reEvaluation: z.number().int().min(0),
      }),
      unit: z.enum(LIMIT_UNITS),
      confirmedUnit: z.boolean(),
      basis: legalBasisSchema,
      note: z.string().optional(),
    })
    .nullable()
    .meta({
      description:
        'days from this version’s first day in which dossiers filed earlier finish under the older version, by dossier kind; null: none',
    }),
  steps: z.array(procedureStepSchema).min(1),
  limits: z.array(procedureLimitSchema),
  rounds: z.array(procedureRoundSchema),
  starBands: z
    .array(z.strictObject({ stars, min: z.number().min(0).max(100) }))
    .min(1)
    .meta({ description: 'the least average total of each star, highest first' }),
  scoringLevels: z.array(scoringLevelSchema).min(1),
  authorities: z.array(certifyingAuthoritySchema).min(1),
  notes: z.array(z.string()),
});

export const procedureSourceSchema = z.strictObject({ title: z.string().min(1), url: z.url() });

export const procedureFileSchema = z.strictObject({
  about: z.string(),
  sources: z.record(sourceId, procedureSourceSchema),
  versions: z.array(procedureVersionSchema).min(1),
});

/** GET /api/procedures/{id}: a version and the publications it cites. */
export const procedureVersionReplySchema = procedureVersionSchema
  .extend({ sources: z.record(sourceId, procedureSourceSchema) })
  .meta({ id: 'ProcedureVersion' });
export const procedureVersionListSchema = z.object({ items: z.array(procedureVersionReplySchema) });

export type ProcedureVersion = z.infer<typeof procedureVersionSchema>;
export type ProcedureVersionReply = z.infer<typeof procedureVersionReplySchema>;
export type ProcedureFile = z.infer<typeof procedureFileSchema>;
export type ProcedureStep = z.infer<typeof procedureStepSchema>;
export type ProcedureLimit = z.infer<typeof procedureLimitSchema>;
export type ProcedureActor = (typeof PROCEDURE_ACTORS)[number];
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number];
export type DossierKind = (typeof DOSSIER_KINDS)[number];
