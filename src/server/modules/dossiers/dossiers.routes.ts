// Evaluation dossiers and rounds over HTTP: the lists each role works from, opening a
// dossier, saving its forms, printing them (Mẫu 01, 02, 03 as PDF), its moves (submit,
// return with reasons, Mẫu 03, accept, advisory review, to the council), the advisory
// group's entries and lab reports.
import { z } from 'zod';
import { errorSchema } from '../../../shared/contracts/common.ts';
import {
  createDossierBody,
  createRoundBody,
  dossierEventBody,
  dossierListQuery,
  dossierPage,
  dossierSchema,
  reviewView,
  roundView,
  saveDossierBody,
} from '../../../shared/contracts/dossiers.ts';
import { redoOrderFields } from '../../../shared/contracts/decisions.ts';
import { DOSSIER_REVIEW_KINDS } from '../../../shared/enums.ts';
import { createRouter, jsonBodyOf, jsonContent, route, uploadBodyOf } from '../../http/openapi.ts';
import { inlineFile, printedPdf } from '../../http/file-response.ts';
import { readUpload } from '../../http/multipart.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import * as filing from './dossier-filing.service.ts';
import { DOSSIER_FORMS, dossierFormPdf } from './dossier-forms.pdf.ts';
import * as view from './dossier-view.service.ts';
import { orderRedo } from './dossier-decision.service.ts';
import { addReview, readReviewFile, REVIEW_FILE_LIMIT } from './dossier-review.service.ts';
import { listRounds, openRounds } from './rounds.service.ts';

const tags = ['Dossiers'];
const idParam = z.object({ id: z.uuid() });
const notFound = jsonContent(errorSchema, 'Not found or outside scope');
const isoDate = z.iso.date();

const reviewBody = z
  .strictObject({
    kind: z.enum(
      DOSSIER_REVIEW_KINDS.filter((k) => k !== 'labResult' && k !== 'redoOrder') as [
        'siteVisit',
        'testRequest',
        'advisoryReport',
      ],
    ),
    on: isoDate,
    note: z.string().trim().min(5).max(4000),
  })
  .meta({ id: 'DossierReviewEntry' });
const labResultFields = z.object({
  on: isoDate,
  note: z.string().trim().min(5).max(4000),
  answers: z.uuid().meta({ description: 'the test request this result answers' }),
});

export const LAB_RESULT_UPLOAD_PATH = /^\/api\/dossiers\/[^/]+\/lab-results$/;
/** the ministry's order to redo an evaluation, uploaded with its file */
export const REDO_ORDER_UPLOAD_PATH = /^\/api\/dossiers\/[^/]+\/redo-order$/;
export const LAB_RESULT_MAX_BYTES = REVIEW_FILE_LIMIT;

export function dossierRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/dossiers',
      tags,
      summary:
        'Dossiers within scope: all, a stage, the caller’s queue (queue=mine) or the commune checks past their last day (queue=overdue)',
      request: { query: dossierListQuery },
      responses: { 200: jsonContent(dossierPage) },
    }),
    async (c) => c.json(await view.listDossiers(c.get('deps'), requireGrant(c), c.req.valid('query')), 200),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/dossiers',
      tags,
      summary:
        "Open a dossier of a kind for a product (from its previous dossier and its producer's contacts); one open dossier per product",
      request: jsonBodyOf(createDossierBody),
      responses: {
        201: jsonContent(z.object({ id: z.uuid() }), 'Created'),
        409: jsonContent(errorSchema, 'An open dossier exists, or the kind does not fit the product'),
        404: notFound,
      },
    }),
    async (c) =>
      c.json(
        await filing.createDossier(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('json')),
        201,
      ),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/dossiers/{id}',
      tags,
      summary: 'A dossier with its forms, papers, gaps, deadline, returns, review and timeline',
      request: { params: idParam },
      responses: { 200: jsonContent(dossierSchema), 404: notFound },
    }),
    async (c) => c.json(await view.getDossier(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/dossiers/{id}/forms/{form}',
      tags,
      summary:
        'A form of the dossier as PDF (QĐ 26/2026 Phụ lục III): Mẫu 01, Mẫu 02 with its annex, or Mẫu 03, printed as the blank form marked "BẢN NHÁP" until the commune records its check',
      request: { params: z.object({ id: z.uuid(), form: z.enum(DOSSIER_FORMS) }) },
      responses: {
        200: {
          description: 'PDF',
          content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
        },
        404: notFound,
      },
    }),
    async (c) => {
      const { id, form } = c.req.valid('param');
      return printedPdf(c, await dossierFormPdf(c.get('deps'), requireGrant(c), id, form), 'inline');
    },
  );
  router.openapi(
    route({
      method: 'put',
      path: '/dossiers/{id}',
      tags,
      summary: "Save the producer's forms (draft or returned by the commune)",
      request: { params: idParam, ...jsonBodyOf(saveDossierBody) },
      responses: {
        200: jsonContent(dossierSchema),
        409: jsonContent(errorSchema, 'Changed meanwhile, or past the producer’s stages'),
        404: notFound,
      },
    }),
    async (c) =>
      c.json(
        await filing.saveDossier(
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
      path: '/dossiers/{id}/events',
      tags,
      summary:
        'Move the dossier: submit (422 DOSSIER_INCOMPLETE with the gaps), a return (reasons per item), checkAtCommune with Mẫu 03, accept into a round, the advisory review, to the council',
      request: { params: idParam, ...jsonBodyOf(dossierEventBody) },
      responses: {
        200: jsonContent(dossierSchema),
        400: jsonContent(errorSchema, 'Reasons missing'),
        409: jsonContent(errorSchema, 'Not possible at this stage'),
        422: jsonContent(errorSchema, 'Incomplete'),
        404: notFound,
      },
    }),
    async (c) =>
      c.json(
        await filing.actOnDossier(
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
      path: '/dossiers/{id}/reviews',
      tags,
      summary: "The advisory group's site-visit note, test request or report to the council",
      request: { params: idParam, ...jsonBodyOf(reviewBody) },
      responses: {
        201: jsonContent(z.array(reviewView), 'Recorded'),
        409: jsonContent(errorSchema),
        404: notFound,
      },
    }),
    async (c) =>
      c.json(
        await addReview(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          c.req.valid('json'),
          null,
        ),
        201,
      ),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/dossiers/{id}/lab-results',
      tags,
      summary: `A lab report answering a test request (multipart: "on", "note", "answers", "file"; PDF or image, up to ${LAB_RESULT_MAX_BYTES / 1024 / 1024} MB)`,
      request: {
        params: idParam,
        ...uploadBodyOf(labResultFields),
      },
      responses: {
        201: jsonContent(z.array(reviewView), 'Recorded'),
        400: jsonContent(errorSchema, 'Wrong type'),
        413: jsonContent(errorSchema, 'Too large'),
        404: notFound,
      },
    }),
    async (c) => {
      const { file, fields } = await readUpload(c, labResultFields);
      return c.json(
        await addReview(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          { kind: 'labResult', ...fields },
          { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        ),
        201,
      );
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/dossiers/{id}/reviews/{reviewId}/file',
      tags,
      summary: 'The file of a review entry (a lab report)',
      request: { params: z.object({ id: z.uuid(), reviewId: z.uuid() }) },
      responses: {
        200: {
          description: 'The file',
          content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
        },
        404: notFound,
      },
    }),
    async (c) => {
      const { id, reviewId } = c.req.valid('param');
      return inlineFile(c, await readReviewFile(c.get('deps'), requireGrant(c), id, reviewId));
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/rounds',
      tags,
      summary:
        "Evaluation rounds the caller works with (a province's and the centre's), with their dossier counts",
      request: { query: z.object({ year: z.coerce.number().int().min(2019).max(2100).optional() }) },
      responses: { 200: jsonContent(z.array(roundView)) },
    }),
    async (c) => c.json(await listRounds(c.get('deps'), requireGrant(c), c.req.valid('query').year), 200),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/rounds',
      tags,
      summary: "Open a year's regular rounds (the procedure's dates) or an extra round with its own dates",
      request: jsonBodyOf(createRoundBody),
      responses: {
        201: jsonContent(z.array(roundView), 'Opened'),
        409: jsonContent(errorSchema, 'Already open'),
        403: jsonContent(errorSchema),
      },
    }),
    async (c) =>
      c.json(await openRounds(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('json')), 201),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/dossiers/{id}/redo-order',
      tags,
      summary:
        'The ministry orders the province to redo a decided evaluation (QĐ 26/2026 Art. 10; multipart "on", "note", "file"): the dossier reopens at the province with the order attached',
      request: {
        params: idParam,
        ...uploadBodyOf(redoOrderFields),
      },
      responses: {
        200: jsonContent(dossierSchema),
        400: jsonContent(errorSchema, 'Wrong type'),
        403: jsonContent(errorSchema),
        404: notFound,
        409: jsonContent(errorSchema, 'Not decided'),
      },
    }),
    async (c) => {
      const { file, fields } = await readUpload(c, redoOrderFields);
      return c.json(
        await orderRedo(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('param').id, {
          ...fields,
          file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        }),
        200,
      );
    },
  );
  return router;
}
