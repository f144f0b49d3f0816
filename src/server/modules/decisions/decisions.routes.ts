// Decisions over HTTP: drafts from the dossiers awaiting them, the printed draft, the
// signed copy uploaded with its number (which queues the certificates), publication;
// and a dossier's complaints.
import { z } from 'zod';
import { errorSchema } from '../../../shared/contracts/common.ts';
import {
  complaintAnswerBody,
  complaintBody,
  complaintsSchema,
  decisionEventBody,
  decisionList,
  decisionSchema,
  draftDecisionBody,
  signDecisionFields,
} from '../../../shared/contracts/decisions.ts';
import { inlineFile, printedPdf } from '../../http/file-response.ts';
import { readUpload } from '../../http/multipart.ts';
import { createRouter, jsonBodyOf, jsonContent, route, uploadBodyOf } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { answerComplaint, complaintsOf, lodgeComplaint } from './complaints.service.ts';
import { decisionPdf } from './decision-print.service.ts';
import * as decisions from './decisions.service.ts';

export { SIGNED_FILE_LIMIT } from './decisions.service.ts';

const tags = ['Decisions'];
/** the signed decision, uploaded as a PDF */
export const SIGNED_UPLOAD_PATH = /^\/api\/decisions\/[^/]+\/signed$/;
const idParam = z.object({ id: z.uuid() });
const notFound = jsonContent(errorSchema, 'Not found or outside scope');
const refused = jsonContent(errorSchema, 'Refused (the code says why)');
const pdf = {
  description: 'A PDF',
  content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
};

export function decisionRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/decisions',
      tags,
      summary: "The caller's issuing body's decisions, newest first",
      responses: { 200: jsonContent(decisionList), 403: refused },
    }),
    async (c) => c.json(await decisions.listDecisions(c.get('deps'), requireGrant(c)), 200),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/decisions',
      tags,
      summary:
        'Draft a recognition decision from dossiers awaiting it (3–4★ by a province, 5★ by the ministry)',
      request: jsonBodyOf(draftDecisionBody),
      responses: { 201: jsonContent(decisionSchema, 'Drafted'), 403: refused, 404: notFound, 409: refused },
    }),
    async (c) =>
      c.json(
        await decisions.draftDecision(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('json')),
        201,
      ),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/decisions/{id}',
      tags,
      summary: 'A decision with its products and the certificates issued from it',
      request: { params: idParam },
      responses: { 200: jsonContent(decisionSchema), 404: notFound },
    }),
    async (c) =>
      c.json(await decisions.getDecision(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/decisions/{id}/pdf',
      tags,
      summary: 'The decision printed: a draft (marked) until the signed copy is uploaded',
      request: { params: idParam },
      responses: { 200: pdf, 404: notFound },
    }),
    async (c) =>
      printedPdf(c, await decisionPdf(c.get('deps'), requireGrant(c), c.req.valid('param').id), 'inline'),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/decisions/{id}/signed',
      tags,
      summary:
        'Upload the signed decision (multipart: "number" as printed, "signedOn", "signerName", "file" a PDF): the decision counts and its certificates are issued',
      request: {
        params: idParam,
        ...uploadBodyOf(signDecisionFields),
      },
      responses: {
        200: jsonContent(decisionSchema),
        400: refused,
        404: notFound,
        409: refused,
        413: refused,
      },
    }),
    async (c) => {
      const { file, fields } = await readUpload(c, signDecisionFields);
      return c.json(
        await decisions.signDecision(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('param').id, {
          ...fields,
          file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        }),
        200,
      );
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/decisions/{id}/signed',
      tags,
      summary: 'The signed copy of a decision',
      request: { params: idParam },
      responses: { 200: pdf, 404: notFound },
    }),
    async (c) =>
      inlineFile(c, await decisions.signedCopy(c.get('deps'), requireGrant(c), c.req.valid('param').id)),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/decisions/{id}/events',
      tags,
      summary: 'Publish the results of a signed decision',
      request: { params: idParam, ...jsonBodyOf(decisionEventBody) },
      responses: { 200: jsonContent(decisionSchema), 403: refused, 404: notFound, 409: refused },
    }),
    async (c) =>
      c.json(
        await decisions.publishDecision(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
        ),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/dossiers/{id}/complaints',
      tags,
      summary: "A dossier's complaints against its result, and until when its producer may lodge one",
      request: { params: idParam },
      responses: { 200: jsonContent(complaintsSchema), 404: notFound },
    }),
    async (c) => c.json(await complaintsOf(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/dossiers/{id}/complaints',
      tags,
      summary: 'The producer complains about the result, within the procedure’s period',
      request: { params: idParam, ...jsonBodyOf(complaintBody) },
      responses: { 201: jsonContent(complaintsSchema), 403: refused, 404: notFound, 409: refused },
    }),
    async (c) =>
      c.json(
        await lodgeComplaint(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          c.req.valid('json').text,
        ),
        201,
      ),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/dossiers/{id}/complaints/{complaintId}/answer',
      tags,
      summary: "The province's answer to a complaint",
      request: {
        params: z.object({ id: z.uuid(), complaintId: z.uuid() }),
        ...jsonBodyOf(complaintAnswerBody),
      },
      responses: { 200: jsonContent(complaintsSchema), 403: refused, 404: notFound, 409: refused },
    }),
    async (c) => {
      const { id, complaintId } = c.req.valid('param');
      return c.json(
        await answerComplaint(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          id,
          complaintId,
          c.req.valid('json').answer,
        ),
        200,
      );
    },
  );
  return router;
}
