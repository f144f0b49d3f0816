// The home page of the signed-in grant: the work it has, not the navigation again.
// A producer sees its products with their stars, certificate state and next step;
// an officer the counts of its scope by star and by certificate state, the
// certificates in or near the renewal window, its open imports, the sheets in draft
// and the producers waiting for confirmation; a national grant the same by province.
import { z } from 'zod';
import { CERTIFICATE_STATES, HOME_NEXT_STEPS, RADAR_GROUPS, RECORD_GAPS } from '../enums.ts';
import { ROLES } from '../roles.ts';

const isoDate = z.iso.date();
const count = z.number().int().min(0);
const stateOrNone = z.enum([...CERTIFICATE_STATES, 'none']);

const homeProductSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** the current certificate's stars; `former` when the certificate no longer carries the mark */
  stars: z.number().int().nullable(),
  former: z.boolean(),
  certificateState: z.enum(CERTIFICATE_STATES).nullable(),
  validUntil: isoDate.nullable(),
  gaps: z.array(z.enum(RECORD_GAPS)),
  nextStep: z.enum(HOME_NEXT_STEPS),
  /** this year's sheet, when begun */
  sheet: z.object({ id: z.uuid(), status: z.enum(['draft', 'final']), year: z.number().int() }).nullable(),
});

const renewalSchema = z.object({
  productId: z.uuid(),
  productName: z.string(),
  producerName: z.string(),
  provinceName: z.string().nullable(),
  stars: z.number().int(),
  state: z.enum(CERTIFICATE_STATES),
  validUntil: isoDate,
  /** days from today to the last valid day */
  daysLeft: z.number().int(),
});

const provinceRowSchema = z.object({
  provinceId: z.string().nullable(),
  provinceName: z.string().nullable(),
  products: count,
  stars3: count,
  stars4: count,
  stars5: count,
  renewalsDue: count,
  expired: count,
  sheetsInDraft: count,
  producersPending: count.nullable(),
});

export const homeSchema = z
  .object({
    today: isoDate,
    role: z.enum(ROLES).nullable(),
    scopeName: z.string().nullable(),
    producer: z
      .object({
        producerId: z.uuid(),
        producerName: z.string(),
        /** registered by itself and not yet confirmed by its commune */
        pending: z.boolean(),
        thisYear: z.number().int(),
        products: z.array(homeProductSchema),
      })
      .nullable(),
    overview: z
      .object({
        products: count,
        /** products whose current certificate carries the mark today, by stars */
        byStars: z.array(z.object({ stars: z.number().int(), count })),
        byState: z.array(z.object({ state: stateOrNone, count })),
        /** in the renewal window, or within `nearDays` of its opening */
        renewalsDue: count,
        nearDays: z.number().int(),
        renewals: z.array(renewalSchema),
        sheetsInDraft: count,
        importsOpen: count.nullable(),
        producersPending: count.nullable(),
        /** the expiry radar's groups (life after certification) and revocations awaiting their decision */
        radar: z
          .object({
            groups: z.array(z.object({ group: z.enum(RADAR_GROUPS), total: count })),
            revocationsOpen: count,
            revocationsOverdue: count,
          })
          .nullable(),
        /** national grants: the same by province */
        provinces: z.array(provinceRowSchema).nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'Home' });

export type Home = z.infer<typeof homeSchema>;
