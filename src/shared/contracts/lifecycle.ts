// Life after certification over HTTP: the expiry radar and its list, the lifecycle
// indicators, revocation cases, and the inbox of notices.
import { z } from 'zod';
import {
  CERTIFICATE_STATES,
  NOTICE_KINDS,
  RADAR_GROUPS,
  REVOCATION_GROUNDS,
  REVOCATION_STATUSES,
} from '../enums.ts';

const line = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const radarQuery = z.object({
  provinceId: z.string().max(20).optional().meta({ description: 'central officers: one province' }),
  communeId: z.string().max(20).optional().meta({ description: 'one commune of the scope' }),
});

const starCounts = z.object({ '3': z.number(), '4': z.number(), '5': z.number(), unknown: z.number() });

export const radarSchema = z
  .object({
    today: z.string(),
    monthStart: z.string(),
    scope: z.object({ provinceId: z.string().nullable(), communeId: z.string().nullable() }),
    groups: z.array(
      z.object({
        group: z.enum(RADAR_GROUPS),
        total: z.number(),
        byStars: starCounts,
        unreachable: z.number().meta({
          description: 'holders with neither phone nor e-mail: notices reach them only in the inbox',
        }),
      }),
    ),
    byCommune: z.array(
      z.object({
        communeId: z.string(),
        communeName: z.string(),
        counts: z.record(z.string(), z.number()),
        total: z.number(),
      }),
    ),
  })
  .meta({ id: 'ExpiryRadar' });

export const radarListQuery = radarQuery.extend({
  group: z.enum(RADAR_GROUPS).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const radarItemSchema = z.object({
  productId: z.uuid(),
  productName: z.string(),
  publicId: z.string(),
  publicUrl: z.string(),
  producerId: z.uuid(),
  producerName: z.string(),
  producerPhone: z.string().nullable(),
  producerEmail: z.string().nullable(),
  reachable: z.boolean().meta({ description: 'the producer has a phone or an e-mail to be told by' }),
  communeId: z.string().nullable(),
  communeName: z.string().nullable(),
  certificateId: z.uuid(),
  certificateNo: z.string().nullable(),
  stars: z.number().nullable(),
  validUntil: z.string(),
  daysLeft: z.number(),
  windowCloses: z.string(),
  renewalFiledOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  lapsedOn: z.string().nullable(),
  state: z.enum(CERTIFICATE_STATES),
  grp: z.enum(RADAR_GROUPS),
});

export const radarPage = z
  .object({ items: z.array(radarItemSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'ExpiryRadarPage' });

export const indicatorsSchema = z
  .object({
    today: z.string(),
    scope: z.object({ provinceId: z.string().nullable(), communeId: z.string().nullable() }),
    renewals: z.array(
      z.object({
        year: z.number(),
        reachedEnd: z.number(),
        renewed: z.number(),
        lapsed: z.number(),
        unrenewed: z.number(),
        rate: z.number().nullable().meta({ description: 'renewed per 100 that reached their end' }),
      }),
    ),
    expiredUnrenewed: z.array(
      z.object({ stars: z.number().nullable(), state: z.enum(['expired', 'lapsed']), n: z.number() }),
    ),
    revocationsByGround: z.array(
      z.object({
        ground: z.enum(REVOCATION_GROUNDS).nullable(),
        recordedAs: z.string().nullable(),
        n: z.number(),
      }),
    ),
    cohorts: z.array(
      z.object({
        year: z.number(),
        recognised: z.number(),
        inForce: z.number(),
        renewed: z.number(),
        ended: z.number(),
        revoked: z.number(),
        survival: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'LifecycleIndicators' });

export const openRevocationBody = z
  .strictObject({
    ground: z.enum(REVOCATION_GROUNDS),
    conclusionRef: line(300)
      .min(3)
      .meta({ description: 'the conclusion: inspection record, sanction decision…' }),
    conclusionDate: isoDate,
    conclusionBy: line(300).min(3).meta({ description: 'the competent body that concluded' }),
    note: line(2000).nullable().optional(),
  })
  .meta({ id: 'OpenRevocation' });

export const decideRevocationFields = z
  .strictObject({
    number: line(40).min(3).meta({ description: 'as printed on the signed decision, e.g. "45/QĐ-UBND"' }),
    signedOn: isoDate,
  })
  .meta({ id: 'DecideRevocation' });

export const dropRevocationBody = z
  .strictObject({ reason: line(2000).min(5) })
  .meta({ id: 'DropRevocation' });

export const revocationSchema = z
  .object({
    id: z.uuid(),
    certificateId: z.uuid(),
    ground: z.enum(REVOCATION_GROUNDS),
    conclusionRef: z.string(),
    conclusionDate: z.string(),
    conclusionBy: z.string(),
    note: z.string().nullable(),
    dueOn: z.string(),
    overdue: z.boolean(),
    level: z.enum(['province', 'central']),
    status: z.enum(REVOCATION_STATUSES),
    decisionNumber: z.string().nullable(),
    decisionDate: z.string().nullable(),
    late: z.boolean().nullable(),
    droppedReason: z.string().nullable(),
    signedFile: z
      .object({ fileName: z.string(), bytes: z.number(), sha256: z.string(), url: z.string() })
      .nullable(),
    mayAct: z.boolean(),
  })
  .meta({ id: 'Revocation' });

export const revocationList = z
  .object({ mayOpen: z.boolean(), items: z.array(revocationSchema) })
  .meta({ id: 'RevocationList' });

export const inboxQuery = z.object({
  unread: z
    .string()
    .regex(/^(1|0|true|false)$/)
    .optional()
    .transform((v) => v === '1' || v === 'true')
    .meta({ description: '1: unread notices only' }),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const noticeSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTICE_KINDS),
  subject: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

export const inboxSchema = z
  .object({ items: z.array(noticeSchema), unread: z.number(), nextCursor: z.string().nullable() })
  .meta({ id: 'Inbox' });

export const markReadBody = z
  .strictObject({ ids: z.union([z.array(z.uuid()).min(1).max(500), z.literal('all')]) })
  .meta({ id: 'MarkNoticesRead' });

export type Radar = z.infer<typeof radarSchema>;
export type RadarPage = z.infer<typeof radarPage>;
export type LifecycleIndicators = z.infer<typeof indicatorsSchema>;
export type Revocation = z.infer<typeof revocationSchema>;
export type Inbox = z.infer<typeof inboxSchema>;
