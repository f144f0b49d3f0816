// What anyone may read of a product at its public address (`/sp/{publicId}`), without
// signing in: the facts a buyer checks against a stamp. Never the producer's contacts,
// tax code or representative, nor internal ids.
import { z } from 'zod';
import { CERTIFICATE_STATES, PRODUCT_STATUSES } from '../enums.ts';

export const publicProductSchema = z
  .object({
    publicId: z.string(),
    publicUrl: z.url().meta({ description: 'the permanent address, printed on certificates and stamps' }),
    name: z.string(),
    status: z
      .enum(PRODUCT_STATUSES)
      .meta({ description: 'the product record’s status (withdrawn: no longer made)' }),
    producer: z.object({ name: z.string() }),
    place: z.object({
      commune: z
        .string()
        .nullable()
        .meta({ description: 'the commune in the current structure, when resolved' }),
      province: z.string().nullable(),
    }),
    productSet: z.number().int().nullable().meta({
      description: 'the product set’s number (1–26), as in the product API; null when not yet known',
    }),
    productSetName: z.string().nullable().meta({ description: 'the product set’s name in Vietnamese' }),
    stars: z
      .number()
      .int()
      .min(1)
      .max(5)
      .nullable()
      .meta({ description: 'the stars in force today; null when no certificate may carry the mark today' }),
    certificate: z
      .object({
        state: z
          .enum(CERTIFICATE_STATES)
          .meta({ description: 'the current certificate’s state today (date in Vietnam)' }),
        validUntil: z.iso.date().nullable().meta({
          description: 'its last valid day; null when not known exactly (only the decision year is)',
        }),
        decisionNumber: z.string().nullable(),
        meaning: z.string().nullable().meta({
          description:
            'what the state means for a buyer, in Vietnamese: since when it is no longer in force, or by which decision it was revoked; null while in force',
        }),
      })
      .nullable()
      .meta({ description: 'the product’s current certificate; null: the product holds none' }),
  })
  .meta({ id: 'PublicProduct' });

export type PublicProduct = z.infer<typeof publicProductSchema>;
