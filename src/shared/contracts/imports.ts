import { z } from 'zod';
import { pageQuery } from './common.ts';

export const IMPORT_KINDS = ['producers', 'products'] as const;

export const validateImportBody = z
  .strictObject({
    mapping: z.record(z.string().max(40), z.number().int().min(0).max(199).nullable()).optional().meta({
      description:
        'field key → 0-based column index (null = not in the file); omitted: the guessed or saved mapping',
    }),
    saveMappingAs: z
      .string()
      .trim()
      .min(3)
      .max(120)
      .optional()
      .meta({ description: 'remember this mapping for files with the same headers' }),
  })
  .meta({ id: 'ValidateImportRequest' });

export const importRowsQuery = pageQuery.extend({
  status: z.enum(['valid', 'invalid', 'review', 'duplicate', 'committed', 'skipped']).optional(),
});

export const importSchema = z
  .object({
    id: z.string(),
    kind: z.enum(IMPORT_KINDS),
    fileName: z.string(),
    status: z.string(),
    counts: z.unknown(),
    mapping: z.unknown().optional(),
    sheet: z.unknown().optional(),
    progress: z.unknown().optional(),
    createdAt: z.unknown(),
    committedAt: z.unknown().optional(),
  })
  .passthrough()
  .meta({ id: 'Import' });

export const cancelImportBody = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .max(500)
      .optional()
      .meta({ description: 'why the file is dropped (kept in the status history)' }),
  })
  .meta({ id: 'CancelImportRequest' });

export const correctRowBody = z
  .strictObject({
    values: z
      .record(z.string().max(40), z.string().max(2000).nullable())
      .meta({ description: 'field key → corrected cell text (null empties it)' }),
  })
  .meta({ id: 'CorrectImportRowRequest' });
