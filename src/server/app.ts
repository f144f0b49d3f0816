// Assembles the HTTP application: middleware pipeline, API modules, OpenAPI
// document and docs page, and the built web app with its SPA fallback.
import { getConnInfo } from '@hono/node-server/conninfo';
import { secureHeaders } from 'hono/secure-headers';
import { handleError, respondError } from './http/errors.ts';
import { DEFAULT_BODY_LIMIT, jsonBody } from './http/json-body.ts';
import { createRouter } from './http/openapi.ts';
import { RateLimiter, writeRateLimit } from './http/rate-limit.ts';
import { requestContext } from './http/request-context.ts';
import { urlHygiene } from './http/url-hygiene.ts';
import { authGate, sessionMiddleware } from './http/session.ts';
import type { AppDeps } from './core/deps.ts';
import { adminUnitRoutes } from './modules/admin-units/admin-units.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { loadSession } from './modules/auth/auth.service.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { registryRoutes } from './modules/registry/registry.routes.ts';
import { registryWriteRoutes } from './modules/registry/registry-write.routes.ts';
import { publicAddressRoutes } from './modules/registry/public-address.routes.ts';
import { certificateRoutes } from './modules/certificates/certificates.routes.ts';
import { PHOTO_UPLOAD_PATH, photoRoutes } from './modules/photos/photos.routes.ts';
import { IMPORT_MAX_BYTES, IMPORT_UPLOAD_PATH, importRoutes } from './modules/imports/imports.routes.ts';
import { PHOTO_LIMITS } from './modules/photos/image-processing.ts';
import { AppError } from './core/app-error.ts';
import { bodyLimit } from 'hono/body-limit';
import { userRoutes } from './modules/users/users.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import {
  RUBRIC_IMPORT_MAX_BYTES,
  RUBRIC_IMPORT_PATH,
  rubricRoutes,
} from './modules/rubrics/rubrics.routes.ts';
import {
  EVIDENCE_UPLOAD_PATH,
  selfAssessmentRoutes,
} from './modules/self-assessment/self-assessment.routes.ts';
import { EVIDENCE_LIMITS } from './modules/self-assessment/self-assessment.evidence.ts';
import { homeRoutes } from './modules/home/home.routes.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { worklistRoutes } from './modules/registry/worklist.routes.ts';
import { procedureRoutes } from './modules/rubrics/procedures.routes.ts';
import {
  dossierRoutes,
  LAB_RESULT_MAX_BYTES,
  LAB_RESULT_UPLOAD_PATH,
  REDO_ORDER_UPLOAD_PATH,
} from './modules/dossiers/dossiers.routes.ts';
import { ideaRoutes } from './modules/ideas/ideas.routes.ts';
import { councilItemRoutes } from './modules/councils/council-items.routes.ts';
import { councilRoutes } from './modules/councils/councils.routes.ts';
import { sessionRoutes } from './modules/councils/sessions.routes.ts';
import {
  decisionRoutes,
  SIGNED_FILE_LIMIT,
  SIGNED_UPLOAD_PATH,
} from './modules/decisions/decisions.routes.ts';
import {
  lifecycleRoutes,
  REVOCATION_FILE_LIMIT,
  REVOCATION_UPLOAD_PATH,
} from './modules/certificates/lifecycle.routes.ts';
import { noticeRoutes } from './modules/notices/notices.routes.ts';
import { docsRoutes } from './http/docs.ts';
import { webRoutes } from './http/web.ts';

/** Body size limits per route: sign-in forms are tiny; everything else gets the default. */
function bodyLimitFor(path: string): number | 'skip' {
  // multipart uploads are read by their own route, within a limit checked below
  if (
    PHOTO_UPLOAD_PATH.test(path) ||
    IMPORT_UPLOAD_PATH.test(path) ||
    EVIDENCE_UPLOAD_PATH.test(path) ||
    LAB_RESULT_UPLOAD_PATH.test(path) ||
    REDO_ORDER_UPLOAD_PATH.test(path) ||
    SIGNED_UPLOAD_PATH.test(path) ||
    REVOCATION_UPLOAD_PATH.test(path)
  )
    return 'skip';
  if (RUBRIC_IMPORT_PATH.test(path)) return RUBRIC_IMPORT_MAX_BYTES;
  if (path.startsWith('/api/auth/')) return 8 * 1024;
  return DEFAULT_BODY_LIMIT;
}

export function createApp(deps: AppDeps) {
  const app = createRouter();
  const remote = (c: Parameters<typeof getConnInfo>[0]) => {
    try {
      return getConnInfo(c).remote.address ?? null;
    } catch {
      return null; // app.request() in tests has no socket
    }
  };
  app.use('*', requestContext(deps, remote));
  app.use('*', urlHygiene());
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      // the app uses none of these; photos are picked through the file input, which needs no permission
      permissionsPolicy: {
        camera: false,
        microphone: false,
        geolocation: false,
        payment: false,
        usb: false,
        serial: false,
        bluetooth: false,
        midi: false,
        magnetometer: false,
        gyroscope: false,
        accelerometer: false,
        displayCapture: false,
        fullscreen: ['self'],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
    }),
  );
  app.use('/api/*', jsonBody(bodyLimitFor));
  // file uploads: multipart only, each within its own size limit (checked before the body is read)
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  for (const [path, maxBytes] of [
    ['/api/imports', IMPORT_MAX_BYTES],
    ['/api/products/:id/photos', PHOTO_LIMITS.maxBytes],
    ['/api/self-assessments/:id/evidence', EVIDENCE_LIMITS.maxBytes],
    ['/api/dossiers/:id/lab-results', LAB_RESULT_MAX_BYTES],
    ['/api/dossiers/:id/redo-order', LAB_RESULT_MAX_BYTES],
    ['/api/decisions/:id/signed', SIGNED_FILE_LIMIT],
    ['/api/revocations/:id/signed', REVOCATION_FILE_LIMIT],
  ] as const) {
    app.use(path, async (c, next) => {
      if (c.req.method === 'POST' && !(c.req.header('content-type') ?? '').startsWith('multipart/form-data'))
        throw new AppError('MULTIPART_REQUIRED');
      return next();
    });
    app.use(
      path,
      bodyLimit({
        maxSize: maxBytes + 64 * 1024,
        onError: () => {
          throw new AppError('FILE_TOO_LARGE', { limit: mb(maxBytes) });
        },
      }),
    );
  }
  // answers about the session (the CSRF token, who is signed in) are never kept by a browser or a proxy
  app.use('/api/auth/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', sessionMiddleware(loadSession));
  app.use('/api/*', authGate());
  app.use('/api/*', writeRateLimit(new RateLimiter(300, 60_000)));

  app.route('/api', healthRoutes());
  app.route('/api/auth', authRoutes());
  app.route('/api/admin-units', adminUnitRoutes());
  app.route('/api/users', userRoutes());
  app.route('/api/audit', auditRoutes());
  app.route('/api', registryRoutes());
  app.route('/api', registryWriteRoutes());
  app.route('/api', certificateRoutes());
  app.route('/api', photoRoutes());
  app.route('/api/imports', importRoutes());
  app.route('/api/rubrics', rubricRoutes());
  app.route('/api/procedures', procedureRoutes());
  app.route('/api/self-assessments', selfAssessmentRoutes());
  app.route('/api', homeRoutes());
  app.route('/api/calendar', calendarRoutes());
  app.route('/api', worklistRoutes());
  app.route('/api', dossierRoutes());
  app.route('/api', ideaRoutes());
  app.route('/api', councilRoutes());
  app.route('/api', sessionRoutes());
  app.route('/api', councilItemRoutes());
  app.route('/api', decisionRoutes());
  app.route('/api', lifecycleRoutes());
  app.route('/api', noticeRoutes());
  // a product's permanent public address, outside /api: no session, matched before the web app's fallback
  app.route('/', publicAddressRoutes());

  // a plain route rather than doc31(): a document that cannot be drawn is then an
  // error like any other (logged, answered with the error shape), not a bare {}
  app.get('/api/openapi.json', (c) =>
    c.json(
      app.getOpenAPI31Document({
        openapi: '3.1.0',
        info: {
          title: 'OCOP platform API',
          version: deps.version,
          description: `API của nền tảng quản lý Chương trình OCOP. Errors: {error: {code, message, details}}; messages follow Accept-Language (vi, en). Cookie-authenticated writes need the X-CSRF-Token header from GET /api/auth/me.`,
        },
        servers: [{ url: new URL(c.req.url).origin }],
      }),
    ),
  );
  app.get('/api/docs/', (c) => c.redirect('/api/docs', 301));
  app.route('/api/docs', docsRoutes());

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') {
      return respondError(c, 'ROUTE_NOT_FOUND', { method: c.req.method, path: c.req.path });
    }
    return respondError(c, 'NOT_FOUND');
  });
  app.onError(handleError);
  if (deps.webRoot) app.route('/', webRoutes(deps.webRoot));
  return app;
}
