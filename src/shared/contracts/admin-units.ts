import { z } from 'zod';
import { MAPPING_CONFIDENCES, UNIT_LEVELS } from '../enums.ts';
import { mappingNotePhraseSchema } from './admin-unit-notes.ts';
import { actionsSchema, pageOf, pageQuery } from './common.ts';

export const structureVersionSchema = z
  .object({
    id: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    tiers: z.number().int(),
    effectiveFrom: z.string().nullable(),
    effectiveTo: z.string().nullable(),
    current: z.boolean(),
    source: z
      .object({
        package: z.string(),
        version: z.string(),
        license: z.string(),
        repository: z.string(),
        note: z.string().optional(),
      })
      .meta({ description: 'where the shipped data comes from' }),
    counts: z.record(z.enum(UNIT_LEVELS), z.number().int()).meta({ description: 'units by level' }),
  })
  .meta({ id: 'AdminStructureVersion' });

export type StructureVersion = z.infer<typeof structureVersionSchema>;

export const adminUnitSchema = z
  .object({
    id: z.string(),
    versionId: z.string(),
    code: z.string(),
    level: z.enum(UNIT_LEVELS),
    type: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    provinceId: z.string(),
    former: z
      .object({
        retiredOn: z.string().nullable().meta({ description: 'the day it ended, where verified' }),
        retiredBy: z.string().meta({ description: 'the instrument that merged it' }),
        successorId: z.string(),
        successorName: z.string(),
      })
      .nullable()
      .meta({
        description:
          'a unit merged whole into another of its structure before the structure’s source was taken: old lists still name it; it places records through its successor',
      }),
  })
  .meta({ id: 'AdminUnit' });

export const unitListQuery = pageQuery.extend({
  version: z
    .string()
    .max(40)
    .optional()
    .meta({ description: 'structure version id; default: the current one' }),
  parent: z.string().max(60).optional().meta({ description: 'parent unit id (children of it)' }),
  level: z.enum(UNIT_LEVELS).optional(),
});

export const unitPage = pageOf(adminUnitSchema, 'AdminUnitPage');

export const mappingSchema = z
  .object({
    id: z.number().int(),
    level: z.enum(['province', 'commune']),
    oldUnit: adminUnitSchema.nullable(),
    newUnit: adminUnitSchema.nullable(),
    confidence: z.enum(MAPPING_CONFIDENCES),
    partial: z.boolean(),
    note: z.string().meta({
      description:
        'the note in the language of Accept-Language: the reconciler’s phrases in words, or the note an officer typed',
    }),
    notePhrases: z
      .array(mappingNotePhraseSchema)
      .nullable()
      .meta({ description: 'the reconciler’s note as phrases; null when an officer typed the note' }),
    settledAt: z.string().nullable(),
    actions: actionsSchema,
  })
  .meta({ id: 'AdminUnitMapping' });

export const mappingListQuery = pageQuery.extend({
  confidence: z.enum(MAPPING_CONFIDENCES).optional(),
  oldUnit: z.string().max(60).optional(),
});

export const mappingPage = pageOf(mappingSchema, 'AdminUnitMappingPage');

export const settleMappingBody = z
  .strictObject({
    newUnitId: z
      .string()
      .max(60)
      .nullable()
      .meta({ description: 'current commune it maps to; null = no successor known' }),
    note: z.string().trim().min(3).max(500),
  })
  .meta({ id: 'SettleMappingRequest' });

export const currentOfOldSchema = z
  .object({
    oldUnit: adminUnitSchema,
    candidates: z.array(
      z.object({
        unit: adminUnitSchema,
        confidence: z.enum(MAPPING_CONFIDENCES),
        partial: z.boolean(),
        note: z.string(),
        notePhrases: z.array(mappingNotePhraseSchema).nullable(),
      }),
    ),
    resolved: adminUnitSchema.nullable().meta({ description: 'the current commune when unambiguous' }),
    currentProvince: adminUnitSchema.nullable(),
  })
  .meta({ id: 'CurrentOfOldUnit' });
