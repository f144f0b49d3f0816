import { z } from 'zod';
import {
  CERTIFICATE_STATES,
  PRODUCER_STATUSES,
  PRODUCT_CERTIFICATE_STATES,
  PRODUCT_STATUSES,
  SEARCH_MATCH_FIELDS,
  UNIT_LEVELS,
} from '../enums.ts';
import { LEGAL_TYPE_FILTERS, LEGAL_TYPES } from '../registry.ts';
import { actionsSchema, pageOf, pageQuery, sortParam, statusChangeSchema } from './common.ts';

/**
 * What a searched row matched besides (or instead of) its own name: the lists search
 * product names, producer names and the names of the record's place (current commune,
 * current province, and the unit it was recorded in when that is another one).
 */
export type SearchMatchField = (typeof SEARCH_MATCH_FIELDS)[number];

const matchedBySchema = z.array(z.enum(SEARCH_MATCH_FIELDS)).optional().meta({
  description:
    'present when the list was searched (q): which of the row’s names contain the search text, accent-insensitively',
});

const placeSchema = z.object({
  unitId: z.string(),
  unitVersionId: z.string(),
  unitName: z.string().nullable(),
  unitLevel: z
    .enum(UNIT_LEVELS)
    .nullable()
    .meta({ description: 'the level of the unit it was recorded in: below a commune, the commune is a gap' }),
  communeId: z.string().nullable(),
  communeName: z.string().nullable(),
  provinceId: z.string().nullable(),
  provinceName: z.string().nullable(),
});

export const producerSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    legalType: z
      .enum(LEGAL_TYPES)
      .nullable()
      .meta({ description: 'null: not known yet (recorded from a list)' }),
    taxCode: z.string().nullable(),
    addressLine: z.string().nullable(),
    place: placeSchema,
    status: z.enum(PRODUCER_STATUSES),
    productCount: z.number().int(),
    updatedAt: z.string(),
    matchedBy: matchedBySchema,
    actions: actionsSchema,
    statusHistory: z.array(statusChangeSchema).optional().meta({
      description:
        'confirmations, rejections (with their reasons) and other moves, newest first; on one record only',
    }),
  })
  .meta({ id: 'Producer' });

export const producerListQuery = pageQuery.extend({
  q: pageQuery.shape.q.meta({
    description:
      'accent-insensitive search text: the producer’s name, or the name of its commune, province or the unit it was recorded in',
  }),
  sort: sortParam(['name', 'updatedAt', 'createdAt'], 'name'),
  legalType: z
    .enum(LEGAL_TYPE_FILTERS)
    .optional()
    .meta({ description: 'a legal type, or `unknown` for producers whose legal type is not known yet' }),
  commune: z.string().max(60).optional().meta({ description: 'current commune id within the scope' }),
  status: z.enum(PRODUCER_STATUSES).optional(),
});

export const producerPage = pageOf(producerSchema, 'ProducerPage');

/**
 * A product's current certificate: the newest of its recognitions by decision year, then
 * decision date with unknown dates last (whatever its state), with the state it is in today.
 */
export const currentCertificateSchema = z.object({
  id: z.uuid(),
  stars: z.number().int().min(1).max(5).nullable().meta({
    description: 'the recognition’s stars, whatever its state; null when the list it came from did not say',
  }),
  state: z.enum(CERTIFICATE_STATES).meta({ description: 'the state it is in today (the date in Vietnam)' }),
  validUntil: z.iso
    .date()
    .nullable()
    .meta({ description: 'its last valid day; null when its decision date is not known' }),
  mayCarryMark: z.boolean().meta({
    description:
      'whether the product may show the OCOP mark and these stars today; false: the stars are former ones (expired, revoked, lapsed, superseded)',
  }),
});

export const productSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    productSet: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'null: not yet known (imported from a list that gave only the group)' }),
    code: z.string().nullable(),
    publicId: z
      .string()
      .meta({ description: 'the id of the product’s permanent public address; never changes' }),
    publicUrl: z.url().meta({
      description:
        'the permanent public address {PUBLIC_URL}/sp/{publicId}, printed on certificates and stamps',
    }),
    producerId: z.string(),
    producerName: z.string(),
    place: placeSchema,
    status: z.enum(PRODUCT_STATUSES),
    currentStars: z.number().int().nullable().meta({
      description:
        'the stars the product may carry today: its current certificate’s when that one may carry the mark, else null',
    }),
    certificate: currentCertificateSchema.nullable().meta({
      description:
        'the product’s current certificate (the latest by valid_from, then decision date) with its state today; null: the product holds no certificate',
    }),
    updatedAt: z.string(),
    matchedBy: matchedBySchema,
    actions: actionsSchema,
  })
  .meta({ id: 'Product' });

/** `certificateState=expired,lapsed` or repeated keys: any of these states today; `none`: no certificate. */
const certificateStateQuery = z
  .preprocess(
    (v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v),
    z.array(z.enum(PRODUCT_CERTIFICATE_STATES)).min(1).max(PRODUCT_CERTIFICATE_STATES.length),
  )
  .optional()
  .meta({
    description:
      'certificate states of the current certificate today, comma-separated (or the key repeated); none: products with no certificate',
  });

export const productListQuery = pageQuery.extend({
  q: pageQuery.shape.q.meta({
    description:
      'accent-insensitive search text: the product’s name, its producer’s name, or the name of its commune, province or the unit it was recorded in',
  }),
  sort: sortParam(['name', 'updatedAt', 'stars', 'code'], '-updatedAt'),
  productSet: z.coerce.number().int().min(1).max(26).optional(),
  stars: z.coerce
    .number()
    .int()
    .min(1)
    .max(5)
    .optional()
    .meta({ description: 'the stars of the current certificate, whatever its state (see certificateState)' }),
  status: z.enum(PRODUCT_STATUSES).optional(),
  certificateState: certificateStateQuery,
  commune: z.string().max(60).optional(),
  producer: z.uuid().optional(),
});

export const productPage = pageOf(productSchema, 'ProductPage');
export type ProducerView = z.infer<typeof producerSchema>;
export type ProductView = z.infer<typeof productSchema>;
