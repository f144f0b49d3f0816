// The data-quality worklist: the products of the caller's territory whose records
// lack a fact a published list did not give — producer, commune, product set, stars,
// decision number or date — with the counts per fact, for completion.
import { z } from 'zod';
import { INCOMPLETE_FACTS } from '../enums.ts';

export const worklistQuery = z.object({
  fact: z.enum(INCOMPLETE_FACTS).optional().meta({ description: 'only the records lacking this fact' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const worklistItemSchema = z.object({
  productId: z.uuid(),
  productName: z.string(),
  producerId: z.uuid(),
  producerName: z.string(),
  /** where the record is placed: a commune, or a district or province when the list named no commune */
  placeName: z.string().nullable(),
  provinceName: z.string().nullable(),
  gaps: z.array(z.enum(INCOMPLETE_FACTS)).min(1),
});

export const worklistSchema = z
  .object({
    items: z.array(worklistItemSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** how many records lack each fact, in the whole territory */
    byFact: z.array(z.object({ fact: z.enum(INCOMPLETE_FACTS), count: z.number().int() })),
  })
  .meta({ id: 'Worklist' });

export type Worklist = z.infer<typeof worklistSchema>;
