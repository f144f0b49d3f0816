// Spreadsheet imports: upload (multipart), validate with a mapping, review rows,
// commit. Long steps report progress through GET /api/imports/{id}.
import { z } from 'zod';
import { errorSchema } from '../../../shared/contracts/common.ts';
import { IMPORT_KINDS, IMPORT_LIST_KINDS } from '../../../shared/enums.ts';
import {
  cancelImportBody,
  correctRowBody,
  importListQuery,
  importListSchema,
  importRowListSchema,
  importRowSchema,
  importRowsQuery,
  importSchema,
  importSheetSchema,
  startedImportSchema,
  validateImportBody,
} from '../../../shared/contracts/imports.ts';
import { safeFileName } from '../../../domain/text/file-name.ts';
import { createRouter, jsonBodyOf, jsonContent, route, uploadBodyOf } from '../../http/openapi.ts';
import { readUpload } from '../../http/multipart.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import * as service from './imports.service.ts';
import { cancelImport, commitImport } from './commit-import.ts';

const tags = ['Imports'];
const idParam = z.object({ id: z.uuid() });
export const IMPORT_UPLOAD_PATH = /^\/api\/imports$/;
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
const uploadFields = z.object({
  kind: z.enum(IMPORT_KINDS).default('products'),
  listKind: z
    .enum(IMPORT_LIST_KINDS)
    .default('recognitions')
    .meta({ description: 'what the rows whose own cells say nothing are' }),
  scopeUnitId: z
    .string()
    .regex(/^[a-z0-9-]{2,30}:[0-9]{1,10}$/, 'a unit id, e.g. vn-2tier-2025:38')
    .optional()
    .meta({ description: 'the province or commune of the list, within your territory' }),
});

export function importRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'post',
      path: '/',
      tags,
      summary:
        'Upload an .xlsx or .csv list (multipart: file, kind, listKind, scopeUnitId); returns the detected columns and the guessed mapping',
      request: {
        ...uploadBodyOf(
          z.object({
            kind: uploadFields.shape.kind,
            listKind: uploadFields.shape.listKind,
            scopeUnitId: uploadFields.shape.scopeUnitId,
          }),
        ),
      },
      responses: {
        201: jsonContent(startedImportSchema, 'Uploaded and analysed'),
        400: jsonContent(errorSchema, 'Not a readable spreadsheet'),
        413: jsonContent(errorSchema, 'Too large'),
      },
    }),
    async (c) => {
      const grant = requireGrant(c);
      const { file, fields } = await readUpload(c, uploadFields);
      const bytes = new Uint8Array(await file.arrayBuffer());
      return c.json(
        await service.startImport(c.get('deps'), grant, auditActor(c), {
          kind: fields.kind,
          listKind: fields.listKind,
          fileName: safeFileName(file.name, 'danh-sach'),
          bytes,
          scopeUnitId: fields.scopeUnitId,
        }),
        201,
      );
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/',
      tags,
      summary:
        'Past imports, newest first: an officer’s own files, every file for a system administrator; with who uploaded each and the caller’s actions',
      request: { query: importListQuery },
      responses: { 200: jsonContent(importListSchema), 403: jsonContent(errorSchema, 'Not an importer') },
    }),
    async (c) => {
      const { page, pageSize } = c.req.valid('query');
      return c.json(
        await service.listImports(c.get('deps'), requireGrant(c), auditActor(c), page, pageSize),
        200,
      );
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'One import with its counts and progress',
      request: { params: idParam },
      responses: { 200: jsonContent(importSchema), 404: jsonContent(errorSchema, 'Not found') },
    }),
    async (c) =>
      c.json(
        await service.getImport(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('param').id),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/{id}/sheet',
      tags,
      summary:
        'The file described again for the mapping step (columns, guessed pairs, first rows, fields), with the mapping now in force',
      request: { params: idParam },
      responses: {
        200: jsonContent(importSheetSchema),
        404: jsonContent(errorSchema, 'Not found'),
        400: jsonContent(errorSchema, 'The stored file cannot be read'),
      },
    }),
    async (c) =>
      c.json(
        await service.getImportSheet(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('param').id),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/{id}/validate',
      tags,
      summary: 'Apply the mapping, stage and check every row',
      request: { params: idParam, ...jsonBodyOf(validateImportBody) },
      responses: { 200: jsonContent(importSchema), 409: jsonContent(errorSchema, 'Wrong state') },
    }),
    async (c) =>
      c.json(
        await service.validateImport(
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
      method: 'get',
      path: '/{id}/rows',
      tags,
      summary: 'Staged rows with their errors (filter by status)',
      request: { params: idParam, query: importRowsQuery },
      responses: { 200: jsonContent(importRowListSchema) },
    }),
    async (c) => {
      const { status, page, pageSize } = c.req.valid('query');
      const id = c.req.valid('param').id;
      return c.json(
        await service.listRows(c.get('deps'), requireGrant(c), auditActor(c), id, status, page, pageSize),
        200,
      );
    },
  );
  router.openapi(
    route({
      method: 'patch',
      path: '/{id}/rows/{rowNo}',
      tags,
      summary: 'Correct cells of one staged row; it is checked again',
      request: {
        params: z.object({ id: z.uuid(), rowNo: z.coerce.number().int().min(1) }),
        ...jsonBodyOf(correctRowBody),
      },
      responses: { 200: jsonContent(importRowSchema), 409: jsonContent(errorSchema, 'Wrong state') },
    }),
    async (c) => {
      const { id, rowNo } = c.req.valid('param');
      const values = c.req.valid('json').values;
      return c.json(
        await service.correctRow(c.get('deps'), requireGrant(c), auditActor(c), id, rowNo, values),
        200,
      );
    },
  );
  router.openapi(
    route({
      method: 'post',
      path: '/{id}/commit',
      tags,
      summary: 'Commit every valid row in one transaction (or nothing)',
      request: { params: idParam },
      responses: { 200: jsonContent(importSchema), 409: jsonContent(errorSchema, 'Wrong state') },
    }),
    async (c) => {
      const grant = requireGrant(c);
      const id = c.req.valid('param').id;
      return c.json(await commitImport(c.get('deps'), grant, auditActor(c), id), 200);
    },
  );
  router.openapi(
    route({
      method: 'post',
      path: '/{id}/cancel',
      tags,
      summary: 'Cancel an import that is not committed (its staged rows stay for the record)',
      request: { params: idParam, ...jsonBodyOf(cancelImportBody) },
      responses: { 200: jsonContent(importSchema), 409: jsonContent(errorSchema, 'Wrong state') },
    }),
    async (c) => {
      const grant = requireGrant(c);
      const id = c.req.valid('param').id;
      return c.json(
        await cancelImport(c.get('deps'), grant, auditActor(c), id, c.req.valid('json').reason),
        200,
      );
    },
  );
  return router;
}
