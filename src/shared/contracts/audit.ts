// The API's shapes of audit rows: an entry with its changes in words, the
// administrators' log, a record's history, the chain's verification and its
// published head. Apart from audit-events.ts (the events and their labels), which
// the web app reads at run time without zod.
import { z } from 'zod';
import { AUDIT_ACTIONS } from '../audit-events.ts';
import { AUDIT_PROBLEM_KINDS } from '../enums.ts';
import { jsonValue } from './common.ts';

const snapshotSchema = z.record(z.string(), jsonValue).nullable();
/** A snapshot as read back from the database (JSON, never undefined). */
export type StoredSnapshot = z.infer<typeof snapshotSchema>;

const wordsSchema = z.object({ vi: z.string(), en: z.string() });

/** One field of a row as people read it: "Loại hình: Hộ kinh doanh → Hợp tác xã". */
export const auditChangeSchema = z
  .object({
    field: z.string().meta({ description: 'the field of the snapshot (a criterion as answers.<code>)' }),
    label: wordsSchema.meta({ description: 'what the field is called, for people' }),
    before: wordsSchema
      .nullable()
      .meta({ description: 'the value before, in words; null where the row records none (a creation)' }),
    after: wordsSchema.nullable().meta({ description: 'the value after, in words' }),
    personal: z
      .boolean()
      .meta({ description: 'a personal field: its values are never shown, only that it changed' }),
  })
  .meta({ id: 'AuditChange' });

export type AuditChange = z.infer<typeof auditChangeSchema>;

/** A stored audit row as the API shows it; the snapshots are JSON objects, personal fields as digests. */
export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime({ offset: true }),
    actorLabel: z.string(),
    action: z.string().meta({
      description: `one of ${AUDIT_ACTIONS.join(', ')} (rows written by later versions may add others)`,
    }),
    label: z
      .object({ vi: z.string(), en: z.string() })
      .meta({ description: 'what the action is called, for people' }),
    summary: z.string(),
    before: snapshotSchema,
    after: snapshotSchema,
    changes: z
      .array(auditChangeSchema)
      .meta({ description: 'the snapshots in words: only fields whose value differs, names for ids' }),
  })
  .meta({ id: 'AuditEntry' });

export type AuditEntryView = z.infer<typeof auditEntrySchema>;

/** The administrators' audit list: the entry with where it came from and what it is about. */
export const auditLogEntrySchema = auditEntrySchema
  .extend({
    ip: z.string().nullable(),
    objectType: z.string().meta({ description: 'see the auditObjectType vocabulary' }),
    objectId: z.string().nullable(),
    objectName: z.string().nullable().meta({
      description: 'the object’s name now (product, producer, account, unit, file…); null when none',
    }),
    objectExists: z
      .boolean()
      .meta({ description: 'false when the row names an object that no longer exists (or never did)' }),
  })
  .meta({ id: 'AuditLogEntry' });

export const auditLogPageSchema = z
  .object({ items: z.array(auditLogEntrySchema), nextBefore: z.number().int().nullable() })
  .meta({ id: 'AuditLogPage' });

export const recordHistorySchema = z
  .object({ items: z.array(auditEntrySchema) })
  .meta({ id: 'RecordHistory' });

export const verifyReportSchema = z
  .object({
    ok: z.boolean(),
    rows: z.number().int(),
    lastId: z.number().int(),
    checkpoints: z.number().int(),
    redacted: z.number().int(),
    hashesChecked: z.boolean(),
    problems: z.array(
      z.object({
        id: z.number().int().nullable(),
        kind: z.enum(AUDIT_PROBLEM_KINDS).meta({ description: 'see the auditProblem vocabulary' }),
        message: z.string().meta({ description: 'the details in English, for operators' }),
      }),
    ),
  })
  .meta({ id: 'AuditVerifyReport' });

export const chainHeadSchema = z
  .object({
    lastId: z.number().int(),
    lastHash: z.string(),
    at: z.iso.datetime(),
    alg: z.literal('ed25519'),
    keyId: z.string(),
    signature: z
      .string()
      .meta({ description: 'Ed25519 over "ocop-audit-head:<lastId>:<lastHash>:<at>", base64' }),
    publicKey: z
      .string()
      .meta({ description: 'the signing key (SPKI PEM); compare its keyId with one obtained out of band' }),
  })
  .meta({ id: 'AuditChainHead' });
