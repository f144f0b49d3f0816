// Councils over HTTP: councils with their members and rules, sessions with their
// dossiers and attendance, a member's own sheet (saved change by change from each
// device, sent when complete), the chair's moves on a dossier, and the result once
// closed. Shared by the server's routes and the web app's typed calls.
import { z } from 'zod';
import {
  COUNCIL_MARKER_RULES,
  COUNCIL_SHEET_STATUSES,
  COUNCIL_TOTALS,
  MEMBER_POSITIONS,
  MEMBER_SHEET_STANDINGS,
  DOSSIER_KINDS,
  DOSSIER_STAGES,
  ROUND_LEVELS,
  SESSION_EVENTS,
  SESSION_ITEM_EVENTS,
  SESSION_ITEM_STATES,
  SESSION_MODES,
  SESSION_STATES,
} from '../enums.ts';
import { actionsSchema, jsonValue } from './common.ts';
import { form02GeneralSchema, form02PlanSchema, form03Schema, reviewView } from './dossiers.ts';

const line = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const councilRulesSchema = z
  .strictObject({
    total: z.enum(COUNCIL_TOTALS),
    divergencePoints: z.number().min(1).max(50),
    levelGap: z.number().int().min(1).max(5),
    markers: z.enum(COUNCIL_MARKER_RULES),
    quorum: z.strictObject({
      share: z.strictObject({ present: z.number().int().min(1), of: z.number().int().min(1) }),
      chairPresent: z.boolean(),
    }),
    extraRounds: z.boolean(),
  })
  .meta({ id: 'CouncilRules', description: 'quy chế hội đồng: quorum, averaging, divergence, markers' });

export const councilRulesPatch = councilRulesSchema
  .partial()
  .extend({
    quorum: z
      .strictObject({
        share: z.strictObject({ present: z.number().int().min(1), of: z.number().int().min(1) }).optional(),
        chairPresent: z.boolean().optional(),
      })
      .optional(),
  })
  .meta({ id: 'CouncilRulesPatch' });

export const createCouncilBody = z
  .strictObject({
    level: z.enum(ROUND_LEVELS),
    provinceId: z.string().max(40).nullable().optional(),
    name: line(300).min(3),
    establishedBy: line(100).optional(),
    establishedOn: isoDate.nullable().optional(),
    rules: councilRulesPatch.optional(),
  })
  .meta({ id: 'CreateCouncil' });

export const editCouncilBody = z
  .strictObject({
    name: line(300).min(3).optional(),
    establishedBy: line(100).optional(),
    establishedOn: isoDate.nullable().optional(),
    rules: councilRulesPatch.optional(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'EditCouncil' });

export const addMemberBody = z
  .strictObject({
    email: z.email().max(200),
    position: z.enum(MEMBER_POSITIONS),
    agency: line(300).min(2),
  })
  .meta({ id: 'AddCouncilMember' });

export const councilSchema = z
  .object({
    id: z.uuid(),
    level: z.enum(ROUND_LEVELS),
    provinceId: z.string().nullable(),
    provinceName: z.string().nullable(),
    name: z.string(),
    establishedBy: z.string(),
    establishedOn: z.string().nullable(),
    rules: councilRulesSchema,
    version: z.number().int(),
    members: z.array(
      z.object({
        id: z.uuid(),
        userId: z.uuid(),
        fullName: z.string(),
        email: z.string().nullable(),
        position: z.enum(MEMBER_POSITIONS),
        agency: z.string(),
      }),
    ),
    me: z.object({ id: z.uuid(), position: z.enum(MEMBER_POSITIONS) }).nullable(),
    actions: actionsSchema,
  })
  .meta({ id: 'Council' });

export const councilList = z
  .array(
    z.object({
      id: z.uuid(),
      level: z.enum(ROUND_LEVELS),
      provinceId: z.string().nullable(),
      provinceName: z.string().nullable(),
      name: z.string(),
    }),
  )
  .meta({ id: 'CouncilList' });

export const createSessionBody = z
  .strictObject({
    title: line(300).min(3),
    meetingOn: isoDate,
    place: line(300).optional(),
    mode: z.enum(SESSION_MODES).optional(),
    roundId: z.uuid().nullable().optional(),
  })
  .meta({ id: 'CreateSession' });

export const sessionDossiersBody = z
  .strictObject({ dossierIds: z.array(z.uuid()).min(1).max(100) })
  .meta({ id: 'SessionDossiers' });

export const attendanceBody = z
  .strictObject({ present: z.array(z.uuid()).max(100) })
  .meta({ id: 'Attendance', description: 'the council member ids present' });

export const sessionEventBody = z
  .strictObject({ event: z.enum(SESSION_EVENTS) })
  .meta({ id: 'SessionEvent' });
export const itemEventBody = z
  .strictObject({ event: z.enum(SESSION_ITEM_EVENTS) })
  .meta({ id: 'SessionItemEvent' });

export const conflictBody = z
  .strictObject({ memberId: z.uuid().optional(), reason: line(1000).min(3) })
  .meta({
    id: 'DeclareConflict',
    description: 'a member declares its own; an officer may record one for a member',
  });

const answersSchema = z
  .record(z.string().max(20), z.union([z.number().int(), z.array(z.number().int()).max(4)]))
  .meta({ description: '{ criterion code: printed position of the chosen option (0 = none) }' });

export const sheetSaveBody = z
  .strictObject({
    answers: answersSchema,
    comments: z.record(z.string().max(20), z.string().max(2000)).optional(),
    baseRevision: z.number().int().min(0),
    changeId: z.string().min(8).max(64),
    device: z.string().max(80).optional(),
    send: z.boolean().optional(),
  })
  .meta({
    id: 'CouncilSheetSave',
    description:
      'one change from one device: made on baseRevision; a resend with the same changeId counts once; a change on an older revision is refused with the server copy (SHEET_CONFLICT)',
  });

export const correctionBody = z
  .strictObject({ memberId: z.uuid(), answers: answersSchema, reason: line(2000).min(5) })
  .meta({ id: 'SheetCorrection' });

export const quorumSchema = z
  .object({
    met: z.boolean(),
    members: z.number().int(),
    present: z.number().int(),
    needed: z.number().int(),
    chairPresent: z.boolean(),
  })
  .meta({ id: 'Quorum' });

const memberRef = z.object({ memberId: z.uuid(), fullName: z.string() });

export const sessionItemSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    dossierId: z.uuid(),
    dossierStage: z.enum(DOSSIER_STAGES),
    dossierKind: z.enum(DOSSIER_KINDS),
    productId: z.uuid(),
    productName: z.string(),
    productCode: z.string().nullable(),
    producerName: z.string(),
    setNo: z.number().int(),
    rubricVersionId: z.string(),
    status: z.enum(SESSION_ITEM_STATES),
    expected: z.array(memberRef),
    sent: z.array(z.uuid()),
    missing: z.array(z.uuid()),
    conflicts: z.array(memberRef.extend({ reason: z.string() })),
    myStatus: z.enum(MEMBER_SHEET_STANDINGS).nullable(),
    rescoring: z.array(memberRef.extend({ criteria: z.array(z.string()) })).nullable(),
    flags: z.object({ members: z.array(memberRef), criteria: z.array(z.string()) }).nullable(),
    result: z
      .object({
        total: z.number(),
        totalDisplay: z.string(),
        stars: z.number().int(),
        bandStars: z.number().int(),
        markerStars: z.number().int(),
        parts: z.record(z.string(), z.number()),
        certifiable: z.boolean(),
        disqualified: z.boolean(),
        divergentMembers: z.array(
          z.object({ memberId: z.string(), total: z.number(), median: z.number(), fullName: z.string() }),
        ),
        disagreements: z.array(z.object({ criterion: z.string(), lowest: z.number(), highest: z.number() })),
        failedMarkers: z.array(z.object({ criterion: z.string(), level: z.number(), metBy: z.number() })),
        rules: jsonValue,
        members: z.array(
          memberRef.extend({
            first: z.number().nullable(),
            rescored: z.number().nullable(),
            corrected: z.string().nullable(),
          }),
        ),
        version: z.number().int(),
      })
      .nullable(),
    actions: actionsSchema,
  })
  .meta({ id: 'SessionItem' });

export const sessionSchema = z
  .object({
    id: z.uuid(),
    councilId: z.uuid(),
    councilName: z.string(),
    level: z.enum(ROUND_LEVELS),
    title: z.string(),
    meetingOn: z.string(),
    place: z.string(),
    mode: z.enum(SESSION_MODES),
    metOn: z.string().nullable(),
    status: z.enum(SESSION_STATES),
    rules: councilRulesSchema,
    quorum: quorumSchema,
    members: z.array(
      z.object({
        id: z.uuid(),
        fullName: z.string(),
        position: z.enum(MEMBER_POSITIONS),
        agency: z.string(),
        present: z.boolean(),
        scores: z.boolean(),
      }),
    ),
    me: z.object({ id: z.uuid(), position: z.enum(MEMBER_POSITIONS), chairs: z.boolean() }).nullable(),
    items: z.array(sessionItemSchema),
    actions: actionsSchema,
    version: z.number().int(),
  })
  .meta({ id: 'CouncilSession' });

export const sessionList = z
  .array(
    z.object({
      id: z.uuid(),
      councilId: z.uuid(),
      councilName: z.string(),
      title: z.string(),
      meetingOn: z.string(),
      mode: z.enum(SESSION_MODES),
      status: z.enum(SESSION_STATES),
      items: z.number().int(),
      closedItems: z.number().int(),
    }),
  )
  .meta({ id: 'CouncilSessionList' });

const sheetState = z.object({
  answers: z.record(z.string(), z.number()),
  comments: z.record(z.string(), z.string()),
  total: z.number(),
  stars: z.number().int(),
  status: z.enum(COUNCIL_SHEET_STATUSES),
  revision: z.number().int(),
  lastChangeId: z.string().nullable(),
  device: z.string().nullable(),
  sentAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const mySheetSchema = z
  .object({
    itemId: z.uuid(),
    sessionId: z.uuid(),
    sessionTitle: z.string(),
    sessionStatus: z.enum(SESSION_STATES),
    itemStatus: z.enum(SESSION_ITEM_STATES),
    productName: z.string(),
    producerName: z.string(),
    rubricVersionId: z.string(),
    setNo: z.number().int(),
    facts: z.object({ knockOuts: z.array(z.string()).optional(), hasStory: z.boolean().optional() }),
    pass: z.union([z.literal(1), z.literal(2)]),
    inQuestion: z.array(z.string()),
    sheet: sheetState,
    editable: z.boolean(),
    dossier: z.object({
      id: z.uuid(),
      kind: z.enum(DOSSIER_KINDS),
      stage: z.enum(DOSSIER_STAGES),
      year: z.number().int().nullable(),
      selfAssessmentId: z.string().nullable(),
      general: form02GeneralSchema.nullable(),
      plan: form02PlanSchema.nullable(),
      form03: form03Schema.nullable(),
      reviews: z.array(reviewView),
    }),
    producerSheet: z
      .object({
        id: z.uuid(),
        answers: z.record(z.string(), z.number()),
        comments: z.record(z.string(), z.string()),
        total: z.number(),
        stars: z.number().int(),
        evidence: z.array(jsonValue),
      })
      .nullable(),
  })
  .meta({ id: 'MyCouncilSheet' });

export { sheetState as councilSheetState };
