// Self-assessment over HTTP: list, open for a year, save drafts, finalise or reopen,
// evidence per criterion (multipart), and the filled sheet as PDF.
import { z } from 'zod';
import { errorSchema, okSchema } from '../../../shared/contracts/common.ts';
import {
  assessmentListQuery,
  assessmentPage,
  assessmentSchema,
  createAssessmentBody,
  evidenceSchema,
  saveAssessmentBody,
  statusBody,
} from '../../../shared/contracts/self-assessment.ts';
import { createRouter, jsonBodyOf, jsonContent, route, uploadBodyOf } from '../../http/openapi.ts';
import { inlineFile, printedPdf } from '../../http/file-response.ts';
import { readUpload } from '../../http/multipart.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { addEvidence, EVIDENCE_LIMITS, readEvidence, removeEvidence } from './self-assessment.evidence.ts';
import { assessmentPdf } from './self-assessment.pdf.ts';
import * as service from './self-assessment.service.ts';

/** A criterion code as the rubric packs write it (1.1, 3.a, 6.a.1). */
const evidenceFields = z.object({
  criterion: z.string().regex(/^[0-9A-Za-z.]{1,20}$/, 'a criterion code such as 3.2'),
});
const tags = ['Self-assessment'];
const idParam = z.object({ id: z.uuid() });
const evidenceParam = z.object({ id: z.uuid(), evidenceId: z.uuid() });
const notFound = jsonContent(errorSchema, 'Not found or outside scope');

export const EVIDENCE_UPLOAD_PATH = /^\/api\/self-assessments\/[^/]+\/evidence$/;

export function selfAssessmentRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/',
      tags,
      summary: 'Self-assessments within scope (a producer: its own), newest first',
      request: { query: assessmentListQuery },
      responses: { 200: jsonContent(assessmentPage) },
    }),
    async (c) =>
      c.json(await service.listAssessments(c.get('deps'), requireGrant(c), c.req.valid('query')), 200),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/',
      tags,
      summary:
        "Open a product's sheet for a year, with the rubric version in force (reusing last year's answers and evidence)",
      request: jsonBodyOf(createAssessmentBody),
      responses: {
        201: jsonContent(assessmentSchema, 'Created'),
        409: jsonContent(errorSchema, 'Already exists'),
        404: notFound,
      },
    }),
    async (c) =>
      c.json(
        await service.createAssessment(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('json')),
        201,
      ),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'A sheet with its score, blocking markers and advice',
      request: { params: idParam },
      responses: { 200: jsonContent(assessmentSchema), 404: notFound },
    }),
    async (c) =>
      c.json(await service.getAssessment(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'put',
      path: '/{id}',
      tags,
      summary:
        'Save the draft (answers are checked: unknown criteria, positions out of range, two options, both cases are refused by name)',
      request: { params: idParam, ...jsonBodyOf(saveAssessmentBody) },
      responses: {
        200: jsonContent(assessmentSchema),
        400: jsonContent(errorSchema, 'Invalid answer'),
        409: jsonContent(errorSchema, 'Changed meanwhile or final'),
        404: notFound,
      },
    }),
    async (c) =>
      c.json(
        await service.saveAssessment(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/{id}/status',
      tags,
      summary:
        'Finalise or reopen (moves the sheet’s transition table does not have are 409 WORKFLOW_NO_TRANSITION)',
      request: { params: idParam, ...jsonBodyOf(statusBody) },
      responses: {
        200: jsonContent(assessmentSchema),
        409: jsonContent(errorSchema, 'Not possible from this status'),
        404: notFound,
      },
    }),
    async (c) =>
      c.json(
        await service.changeStatus(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          c.req.valid('json').status === 'final' ? 'finalise' : 'reopen',
        ),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/{id}/pdf',
      tags,
      summary: 'The filled sheet as PDF',
      request: { params: idParam },
      responses: {
        200: {
          description: 'PDF',
          content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
        },
        404: notFound,
      },
    }),
    async (c) => {
      const printed = await assessmentPdf(c.get('deps'), requireGrant(c), c.req.valid('param').id);
      return printedPdf(c, printed, 'attachment');
    },
  );
  router.openapi(
    route({
      method: 'post',
      path: '/{id}/evidence',
      tags,
      summary: `Attach evidence to a criterion (multipart: "criterion", "file"; PDF, JPEG, PNG, WebP, docx, xlsx, pptx; up to ${EVIDENCE_LIMITS.maxBytes / 1024 / 1024} MB)`,
      request: {
        params: idParam,
        ...uploadBodyOf(
          z.object({
            criterion: evidenceFields.shape.criterion,
          }),
        ),
      },
      responses: {
        201: jsonContent(evidenceSchema, 'Stored'),
        400: jsonContent(errorSchema, 'Wrong type or criterion'),
        413: jsonContent(errorSchema, 'Too large'),
        404: notFound,
      },
    }),
    async (c) => {
      const { file, fields } = await readUpload(c, evidenceFields);
      return c.json(
        await addEvidence(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          fields.criterion,
          file.name,
          new Uint8Array(await file.arrayBuffer()),
        ),
        201,
      );
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/{id}/evidence/{evidenceId}',
      tags,
      summary: 'An evidence file',
      request: { params: evidenceParam },
      responses: {
        200: {
          description: 'The file',
          content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
        },
        404: notFound,
      },
    }),
    async (c) => {
      const { id, evidenceId } = c.req.valid('param');
      return inlineFile(c, await readEvidence(c.get('deps'), requireGrant(c), id, evidenceId));
    },
  );
  router.openapi(
    route({
      method: 'delete',
      path: '/{id}/evidence/{evidenceId}',
      tags,
      summary: 'Remove an evidence file',
      request: { params: evidenceParam },
      responses: { 200: jsonContent(okSchema), 404: notFound },
    }),
    async (c) => {
      const { id, evidenceId } = c.req.valid('param');
      await removeEvidence(c.get('deps'), requireGrant(c), auditActor(c), id, evidenceId);
      return c.json({ ok: true as const }, 200);
    },
  );
  return router;
}
