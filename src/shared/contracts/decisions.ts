// Decisions, complaints and a dossier's council result over HTTP: the draft from the
// dossiers awaiting it, the signed copy uploaded with its number, publication, the
// producer's feedback per criterion and its complaints.
import { z } from 'zod';
import {
  COMPLAINT_STATUSES,
  DECISION_EVENTS,
  DECISION_STATES,
  DOSSIER_STAGES,
  ROUND_LEVELS,
} from '../enums.ts';
import { actionsSchema } from './common.ts';

const line = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const draftDecisionBody = z
  .strictObject({
    title: line(500).min(5),
    dossierIds: z.array(z.uuid()).min(1).max(500),
    sessionId: z.uuid().nullable().optional(),
    signerTitle: line(200).min(3),
  })
  .meta({ id: 'DraftDecision' });

export const signDecisionFields = z
  .strictObject({
    number: line(40).min(3).meta({ description: 'as printed on the signed decision, e.g. "123/QĐ-UBND"' }),
    signedOn: isoDate,
    signerName: line(200).min(3),
  })
  .meta({ id: 'SignDecision' });

export const decisionEventBody = z.strictObject({ event: z.enum(DECISION_EVENTS).exclude(['sign']) }).meta({
  id: 'DecisionEvent',
  description: 'publish a signed decision (signing is the upload of its signed copy)',
});

export const decisionSchema = z
  .object({
    id: z.uuid(),
    level: z.enum(ROUND_LEVELS),
    issuerName: z.string(),
    suffix: z.string(),
    title: z.string(),
    status: z.enum(DECISION_STATES),
    number: z.string().nullable(),
    signedOn: z.string().nullable(),
    signerName: z.string().nullable(),
    signerTitle: z.string(),
    publishedOn: z.string().nullable(),
    sessionId: z.string().nullable(),
    signedFile: z
      .object({ fileName: z.string(), bytes: z.number().int(), sha256: z.string(), url: z.string() })
      .nullable(),
    items: z.array(
      z.object({
        dossierId: z.uuid(),
        productId: z.uuid(),
        stars: z.number().int(),
        score: z.string().nullable(),
        productName: z.string(),
        productCode: z.string().nullable(),
        producerName: z.string(),
        producerAddress: z.string().nullable(),
        certificate: z
          .object({ id: z.uuid(), number: z.string().nullable(), validUntil: z.string().nullable() })
          .nullable(),
      }),
    ),
    actions: actionsSchema,
  })
  .meta({ id: 'Decision' });

export const decisionList = z
  .array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      status: z.enum(DECISION_STATES),
      number: z.string().nullable(),
      signedOn: z.string().nullable(),
      items: z.number().int(),
      createdAt: z.string(),
    }),
  )
  .meta({ id: 'DecisionList' });

export const complaintBody = z.strictObject({ text: line(4000).min(10) }).meta({ id: 'LodgeComplaint' });
export const complaintAnswerBody = z
  .strictObject({ answer: line(4000).min(10) })
  .meta({ id: 'AnswerComplaint' });

export const complaintsSchema = z
  .object({
    lodgeBy: z.string().nullable(),
    mayLodge: z.boolean(),
    mayAnswer: z.boolean(),
    items: z.array(
      z.object({
        id: z.uuid(),
        text: z.string(),
        lodgedOn: z.string(),
        answerDueOn: z.string(),
        status: z.enum(COMPLAINT_STATUSES),
        answer: z.string().nullable(),
        answeredOn: z.string().nullable(),
        overdue: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Complaints' });

export const councilResultSchema = z
  .object({
    dossierId: z.uuid(),
    productName: z.string(),
    stage: z.enum(DOSSIER_STAGES),
    decidedOn: z.string().nullable(),
    council: z.string(),
    level: z.enum(ROUND_LEVELS),
    meetingOn: z.string(),
    members: z.number().int(),
    totalDisplay: z.string(),
    stars: z.number().int(),
    bandStars: z.number().int(),
    markerStars: z.number().int(),
    parts: z.record(z.string(), z.number()),
    failedMarkers: z.array(z.object({ criterion: z.string(), level: z.number(), metBy: z.number() })),
    ownTotal: z.number().nullable(),
    criteria: z.array(
      z.object({
        criterion: z.string(),
        title: z.string(),
        section: z.string(),
        max: z.number(),
        own: z.number().nullable(),
        council: z.number(),
        lowest: z.number(),
        highest: z.number(),
      }),
    ),
    advice: z.object({
      targetStars: z.number().int().nullable(),
      pointsMissing: z.number(),
      reachable: z.boolean(),
      steps: z.array(
        z.object({
          criterion: z.string(),
          title: z.string(),
          from: z.number(),
          to: z.number(),
          gain: z.number(),
          reason: z.enum(['marker', 'points']),
        }),
      ),
    }),
  })
  .meta({ id: 'CouncilResultFeedback' });

export const redoOrderFields = z.strictObject({ on: isoDate, note: line(2000).min(5) }).meta({
  id: 'RedoOrder',
  description: "the ministry's order (QĐ 26/2026 Art. 10): its date and content, with the file",
});
